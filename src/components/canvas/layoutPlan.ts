/**
 * The pure half of the layout. Each detailed node group's inside becomes one elk graph (layered, top to
 * bottom: pods → host veths → bridge → hooks and routing → tunnel → uplink); elk runs off the main thread
 * (elkLayout.ts); {@link arrange} then places the groups in rows around the underlay bar — the lower row
 * mirrored so every uplink faces the node network — with the outside world at the bar's right end.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';
import { SIZES, type CanvasModel, type InnerItem, type NodeBox } from './model.ts';

/** Space for a group's title (name, role, dataplane button) and its addresses line. */
const GROUP_HEADER = 76;
const GROUP_PAD = 18;
const GROUP_MIN_WIDTH = 340;
const ROW_GAP = 40;
const BAR_GAP = 56;
const COLUMN_GAP = 48;
/**
 * More nodes than this in full detail: two rows around the underlay instead of one above it. The canvas sits
 * between the editor and the walk panel, so it is taller than wide: two rows read larger once fitted, and the
 * seed example reads as a story — down through one node, along the wire, up into the mirrored other.
 */
const ONE_ROW_MAX = 2;
const COMPACT_COLUMNS = 6;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A group's inside as elk (or the grid fallback) laid it out: item positions relative to the group. */
export interface InnerLayout {
  readonly width: number;
  readonly height: number;
  readonly items: Readonly<Record<string, { readonly x: number; readonly y: number }>>;
}

export interface Arrangement {
  /** Node groups, absolute, and whether drawn upside down. */
  readonly groups: ReadonlyMap<string, Box & { readonly flipped: boolean }>;
  /** Items inside groups, relative to their group (already mirrored for flipped groups). */
  readonly inner: ReadonlyMap<string, { readonly x: number; readonly y: number }>;
  readonly underlay: Box;
  readonly outer: ReadonlyMap<string, Box>;
  readonly moreNodes: Box | null;
  /** Where the Services table starts (its height is measured by React Flow). */
  readonly services: { readonly x: number; readonly y: number; readonly width: number };
}

export function itemSize(item: InnerItem): { width: number; height: number } {
  return SIZES[item.kind];
}

/** The elk graph of one node group's inside. Same box, same graph: elk is deterministic on it. */
export function elkGraphOf(box: NodeBox): ElkNode {
  return {
    id: box.id,
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.padding': `[top=${GROUP_HEADER},left=${GROUP_PAD},bottom=${GROUP_PAD},right=${GROUP_PAD}]`,
      'elk.spacing.nodeNode': '18',
      'elk.layered.spacing.nodeNodeBetweenLayers': '26',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.randomSeed': '1',
    },
    children: box.items.map((item) => ({ id: item.id, ...itemSize(item) })),
    edges: box.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
}

/** Reads elk's answer back; anything elk left out falls back to the grid. */
export function innerFromElk(box: NodeBox, laid: ElkNode): InnerLayout {
  const items: Record<string, { x: number; y: number }> = {};
  for (const child of laid.children ?? []) items[child.id] = { x: child.x ?? 0, y: child.y ?? 0 };
  if (box.items.some((i) => items[i.id] === undefined)) return gridLayout(box);
  return { width: Math.max(GROUP_MIN_WIDTH, laid.width ?? 0), height: laid.height ?? GROUP_HEADER, items };
}

/** The fallback when elk is not available or fails: items in rows of four, in model order. */
export function gridLayout(box: NodeBox): InnerLayout {
  const columns = 4;
  const cellW = SIZES.pod.width + 16;
  const items: Record<string, { x: number; y: number }> = {};
  let rowHeight = 0;
  let y = GROUP_HEADER;
  box.items.forEach((item, i) => {
    if (i > 0 && i % columns === 0) {
      y += rowHeight + 16;
      rowHeight = 0;
    }
    items[item.id] = { x: GROUP_PAD + (i % columns) * cellW, y };
    rowHeight = Math.max(rowHeight, itemSize(item).height);
  });
  const used = Math.min(columns, Math.max(1, box.items.length));
  return {
    width: Math.max(GROUP_MIN_WIDTH, GROUP_PAD * 2 + used * cellW - 16),
    height: (box.items.length === 0 ? GROUP_HEADER : y + rowHeight) + GROUP_PAD,
    items,
  };
}

const COMPACT: InnerLayout = { width: SIZES.compactNode.width, height: SIZES.compactNode.height, items: {} };

/** Mirror a group's inside top to bottom, keeping the header band at the top. */
function mirror(layout: InnerLayout, box: NodeBox): Record<string, { x: number; y: number }> {
  const out: Record<string, { x: number; y: number }> = {};
  const top = GROUP_HEADER;
  const bottom = layout.height - GROUP_PAD;
  for (const item of box.items) {
    const at = layout.items[item.id];
    if (at) out[item.id] = { x: at.x, y: top + bottom - at.y - itemSize(item).height };
  }
  return out;
}

/**
 * Groups in rows around the underlay: up to {@link ONE_ROW_MAX} detailed groups in one row above it, more in
 * two rows (the lower mirrored), compact cards in a grid below, the outside world at the bar's right end.
 */
export function arrange(model: CanvasModel, inner: ReadonlyMap<string, InnerLayout>): Arrangement {
  const layoutOf = (b: NodeBox) => (b.detailed ? (inner.get(b.id) ?? gridLayout(b)) : COMPACT);
  const detailed = model.nodes.filter((b) => b.detailed);
  const compact = model.nodes.filter((b) => !b.detailed);
  const topCount = detailed.length <= ONE_ROW_MAX ? detailed.length : Math.ceil(detailed.length / 2);
  const top = detailed.slice(0, topCount);
  const bottom = detailed.slice(topCount);
  const rowWidth = (row: readonly NodeBox[]) =>
    row.reduce((w, b, i) => w + layoutOf(b).width + (i > 0 ? COLUMN_GAP : 0), 0);
  const topHeight = Math.max(0, ...top.map((b) => layoutOf(b).height));
  const groups = new Map<string, Box & { flipped: boolean }>();
  const items = new Map<string, { x: number; y: number }>();
  const place = (row: readonly NodeBox[], y: (h: number) => number, flipped: boolean) => {
    let x = 0;
    for (const b of row) {
      const l = layoutOf(b);
      groups.set(b.id, { x, y: y(l.height), width: l.width, height: l.height, flipped });
      const at = flipped ? mirror(l, b) : l.items;
      for (const [id, p] of Object.entries(at)) items.set(id, p);
      x += l.width + COLUMN_GAP;
    }
  };
  // The top row sits on the bar; the bottom row hangs from it.
  place(top, (h) => topHeight - h, false);
  const barY = topHeight + (top.length > 0 ? BAR_GAP : 0);
  const barBottom = barY + SIZES.underlayHeight;
  place(bottom, () => barBottom + BAR_GAP, true);
  const bottomHeight = Math.max(0, ...bottom.map((b) => layoutOf(b).height));
  let y = barBottom + (bottom.length > 0 ? BAR_GAP + bottomHeight : 0) + BAR_GAP;
  const compactRows = Math.ceil(compact.length / COMPACT_COLUMNS);
  compact.forEach((b, i) => {
    const x = (i % COMPACT_COLUMNS) * (SIZES.compactNode.width + ROW_GAP);
    const cy = y + Math.floor(i / COMPACT_COLUMNS) * (SIZES.compactNode.height + ROW_GAP);
    groups.set(b.id, { x, y: cy, ...SIZES.compactNode, flipped: false });
  });
  const compactWidth =
    Math.min(compact.length, COMPACT_COLUMNS) * (SIZES.compactNode.width + ROW_GAP) - ROW_GAP;
  const width = Math.max(rowWidth(top), rowWidth(bottom), compactWidth, GROUP_MIN_WIDTH);
  y += compactRows * (SIZES.compactNode.height + ROW_GAP);
  const moreNodes = model.hiddenNodes > 0 ? { x: 0, y, ...SIZES.compactNode } : null;
  if (moreNodes) y += SIZES.compactNode.height + ROW_GAP;
  const underlay = { x: 0, y: barY, width, height: SIZES.underlayHeight };
  // The outside world in a column at the bar's right end, centred on it.
  const outer = new Map<string, Box>();
  const ext = SIZES.external;
  const columnHeight = model.outer.length * (ext.height + 16) - 16;
  model.outer.forEach((o, i) => {
    const oy = barY + SIZES.underlayHeight / 2 - columnHeight / 2 + i * (ext.height + 16);
    outer.set(o.id, { x: width + COLUMN_GAP * 2, y: oy, ...ext });
  });
  const servicesY = Math.max(y, barY + SIZES.underlayHeight / 2 + columnHeight / 2 + ROW_GAP);
  return {
    groups,
    inner: items,
    underlay,
    outer,
    moreNodes,
    services: { x: 0, y: servicesY, width: Math.max(width, 720) },
  };
}
