/**
 * The one pure function that turns engine results into React Flow nodes and edges. No networking is computed
 * here: it only lays out what the engine produced.
 */
import type { Node } from '@xyflow/react';
import type { Analysis } from '../../engine/index.ts';
import type { LoadedObject } from '../../engine/manifest/types.ts';

export interface GroupData extends Record<string, unknown> {
  readonly title: string;
  readonly subtitle: string;
}

export interface ObjectData extends Record<string, unknown> {
  readonly kind: string;
  readonly name: string;
  readonly detail: string;
  readonly simulated: boolean;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export type GroupNode = Node<GroupData, 'scope'>;
export type ObjectNode = Node<ObjectData, 'object'>;
export type FlowNode = GroupNode | ObjectNode;

export const ITEM_WIDTH = 210;
export const ITEM_HEIGHT = 64;
const GAP = 12;
const PAD = 16;
const HEADER = 44;
const COLUMNS = 2;

const KIND_ORDER = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'Service'];
function kindRank(kind: string): number {
  const i = KIND_ORDER.indexOf(kind);
  return i === -1 ? KIND_ORDER.length : i;
}

function detailOf(o: LoadedObject): string {
  if (!o.simulated) return '';
  switch (o.kind) {
    case 'Service': {
      const spec = o.data.spec;
      const ports = (spec?.ports ?? []).map((p) => `${p.port}/${p.protocol ?? 'TCP'}`).join(', ');
      return [spec?.type ?? 'ClusterIP', spec?.clusterIP, ports].filter(Boolean).join(' · ');
    }
    case 'Deployment':
    case 'StatefulSet':
    case 'ReplicaSet':
      return `replicas: ${o.data.spec?.replicas ?? 1}`;
    case 'Pod':
      return [o.data.status?.podIP, o.data.spec?.nodeName].filter(Boolean).join(' · ');
    default:
      return '';
  }
}

/** Objects that live in a namespace, grouped by it; cluster-scoped ones are not drawn here. */
export function toFlow(analysis: Analysis | null): FlowNode[] {
  if (!analysis) return [];
  const byNamespace = new Map<string, LoadedObject[]>();
  for (const o of analysis.load.objects) {
    if (
      o.namespace === undefined ||
      o.kind === 'ConfigMap' ||
      o.kind === 'EndpointSlice' ||
      o.kind === 'Endpoints'
    )
      continue;
    const list = byNamespace.get(o.namespace) ?? [];
    list.push(o);
    byNamespace.set(o.namespace, list);
  }
  const nodes: FlowNode[] = [];
  let x = 0;
  for (const namespace of [...byNamespace.keys()].sort()) {
    const objects = (byNamespace.get(namespace) ?? []).sort(
      (a, b) => kindRank(a.kind) - kindRank(b.kind) || a.name.localeCompare(b.name),
    );
    const columns = Math.min(COLUMNS, objects.length);
    const rows = Math.ceil(objects.length / columns);
    const width = PAD * 2 + columns * ITEM_WIDTH + (columns - 1) * GAP;
    const height = HEADER + PAD + rows * ITEM_HEIGHT + (rows - 1) * GAP;
    const groupId = `ns:${namespace}`;
    nodes.push({
      id: groupId,
      type: 'scope',
      position: { x, y: 0 },
      data: { title: namespace, subtitle: 'namespace' },
      style: { width, height },
      selectable: false,
    });
    objects.forEach((o, i) => {
      nodes.push({
        id: `obj:${o.id}`,
        type: 'object',
        parentId: groupId,
        extent: 'parent',
        position: {
          x: PAD + (i % columns) * (ITEM_WIDTH + GAP),
          y: HEADER + Math.floor(i / columns) * (ITEM_HEIGHT + GAP),
        },
        data: {
          kind: o.kind,
          name: o.name,
          detail: detailOf(o),
          simulated: o.simulated,
          file: o.origin.file,
          line: o.origin.line,
          column: o.origin.column,
        },
        style: { width: ITEM_WIDTH, height: ITEM_HEIGHT },
        draggable: false,
      });
    });
    x += width + 40;
  }
  return nodes;
}
