/**
 * The last pure step: the canvas model and its arrangement → React Flow nodes and edges, then the walk's marks
 * applied on top (which never change a position). Edge ends pick the sides of their nodes that face each
 * other, so a mirrored group's edges leave from the right side.
 */
import { UNDERLAY } from './anchors.ts';
import type { FlowEdge, FlowNode, OnPath, ServicesData, UnderlayPort } from './flowTypes.ts';
import type { Arrangement, Box } from './layoutPlan.ts';
import { itemSize } from './layoutPlan.ts';
import { allEdges, SIZES, type CanvasModel, type InnerItem } from './model.ts';
import type { WalkMarks } from './onPath.ts';

export interface Flow {
  readonly nodes: readonly FlowNode[];
  readonly edges: readonly FlowEdge[];
}

type Side = 'top' | 'bottom' | 'left' | 'right';

function innerNode(item: InnerItem, parentId: string, position: { x: number; y: number }): FlowNode {
  const common = {
    id: item.id,
    parentId,
    extent: 'parent' as const,
    position,
    style: itemSize(item),
    draggable: false,
  };
  switch (item.kind) {
    case 'pod':
      return { ...common, type: 'pod', data: item.data };
    case 'device':
      return { ...common, type: 'device', data: item.data, selectable: false };
    case 'hook':
      return { ...common, type: 'hook', data: item.data, selectable: false };
    case 'route':
      return { ...common, type: 'route', data: item.data, selectable: false };
    case 'morePods':
      return { ...common, type: 'more', data: item.data, selectable: false };
    default: {
      const never: never = item;
      throw new Error(`unknown item ${JSON.stringify(never)}`);
    }
  }
}

/** The sides two boxes face each other with: vertical when they are more above each other than beside. */
function facingSides(a: Box, b: Box): [Side, Side] {
  const dx = b.x + b.width / 2 - (a.x + a.width / 2);
  const dy = b.y + b.height / 2 - (a.y + a.height / 2);
  // The underlay bar is wide: anything above or below it meets it vertically.
  const vertical = Math.abs(dy) * 2.5 >= Math.abs(dx) || a.width > 1000 || b.width > 1000;
  if (vertical) return dy >= 0 ? ['bottom', 'top'] : ['top', 'bottom'];
  return dx >= 0 ? ['right', 'left'] : ['left', 'right'];
}

export function toFlow(model: CanvasModel, at: Arrangement, services: ServicesData | null): Flow {
  const nodes: FlowNode[] = [];
  const boxes = new Map<string, Box>();
  for (const box of model.nodes) {
    const g = at.groups.get(box.id);
    if (!g) continue;
    boxes.set(box.id, g);
    nodes.push({
      id: box.id,
      type: 'k8sNode',
      position: { x: g.x, y: g.y },
      data: box.data,
      style: { width: g.width, height: g.height },
      selectable: false,
      draggable: false,
    });
    for (const item of box.items) {
      const p = at.inner.get(item.id);
      if (!p) continue;
      nodes.push(innerNode(item, box.id, p));
      boxes.set(item.id, { x: g.x + p.x, y: g.y + p.y, ...itemSize(item) });
    }
  }
  boxes.set(UNDERLAY, at.underlay);
  for (const o of model.outer) {
    const b = at.outer.get(o.id);
    if (!b) continue;
    boxes.set(o.id, b);
    nodes.push({
      id: o.id,
      type: o.kind,
      position: { x: b.x, y: b.y },
      data: o.data,
      style: { width: b.width, height: b.height },
      selectable: false,
      draggable: false,
    });
  }
  if (at.moreNodes) {
    nodes.push({
      id: 'more:nodes',
      type: 'more',
      position: { x: at.moreNodes.x, y: at.moreNodes.y },
      data: { what: 'nodes', count: model.hiddenNodes },
      style: { width: at.moreNodes.width, height: SIZES.morePods.height },
      selectable: false,
      draggable: false,
    });
  }
  if (services) {
    nodes.push({
      id: 'services',
      type: 'services',
      position: { x: at.services.x, y: at.services.y },
      data: services,
      // Height is left to React Flow's measurement: rows grow when a Service's ports wrap.
      style: { width: at.services.width },
      selectable: false,
      draggable: false,
    });
  }
  const ports: UnderlayPort[] = [];
  const edges: FlowEdge[] = [];
  for (const e of allEdges(model)) {
    const a = boxes.get(e.source);
    const b = boxes.get(e.target);
    if (!a || !b) continue;
    let [from, to]: [string, string] = facingSides(a, b);
    if (e.target === UNDERLAY) {
      // Each wire meets the bar right below (or above) its uplink.
      const side = a.y < b.y ? 'top' : 'bottom';
      const port = { id: `p${ports.length}`, x: a.x + a.width / 2 - b.x, side } as const;
      ports.push(port);
      from = side === 'top' ? 'bottom' : 'top';
      to = port.id;
    }
    edges.push({
      id: e.id,
      type: 'path',
      source: e.source,
      target: e.target,
      sourceHandle: `s-${from}`,
      targetHandle: `t-${to}`,
      data: { role: e.role },
      selectable: false,
      focusable: false,
    });
  }
  nodes.push({
    id: UNDERLAY,
    type: 'underlay',
    position: { x: at.underlay.x, y: at.underlay.y },
    data: { ports },
    style: { width: at.underlay.width, height: at.underlay.height },
    selectable: false,
    draggable: false,
  });
  return { nodes, edges };
}

/**
 * Nodes and edges with the walk's on-path marks. Where the packet is now is not a mark here (see
 * currentAnchor.ts), so stepping never rebuilds these; nodes and edges off the path keep their objects.
 */
export function withMarks(flow: Flow, marks: WalkMarks): Flow {
  const nodes = flow.nodes.map((n): FlowNode => {
    const onPath: OnPath | undefined = marks.nodes.get(n.id);
    if (onPath === n.data.onPath) return n;
    const { onPath: _was, ...rest } = n.data;
    const data = { ...rest, ...(onPath ? { onPath } : {}) };
    return { ...n, data } as FlowNode;
  });
  const edges = flow.edges.map((e): FlowEdge => {
    const onPath = marks.edges.get(e.id);
    if (onPath === e.data?.onPath) return e;
    const role = e.data?.role ?? 'stack';
    if (onPath === undefined) {
      const { zIndex: _z, ...rest } = e;
      return { ...rest, data: { role } };
    }
    return { ...e, data: { role, onPath }, zIndex: 1 };
  });
  return { nodes, edges };
}
