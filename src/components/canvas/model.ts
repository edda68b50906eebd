/**
 * What the canvas draws, before any position: engine results (the cluster, each node's device topology) and the
 * set of nodes and pods the walk touches → node groups with their insides, the things outside the nodes, and
 * the edges between them. Pure and deterministic: the layout (elkLayout.ts) and the React Flow conversion
 * (toFlow.ts) read only this. Nothing here depends on the step on show, so playing a walk never moves anything.
 */
import type { Cluster, ClusterNode, PodModel } from '../../engine/cluster/types.ts';
import type { Hook } from '../../engine/dataplane/netfilter/model.ts';
import type { NodeTopology, TopologyDevice } from '../../engine/topology/types.ts';
import {
  CLOUD_LB,
  UNDERLAY,
  UPSTREAM_DNS,
  deviceId,
  externalId,
  hookId,
  nodeId,
  podId,
  routeId,
} from './anchors.ts';
import type {
  DeviceData,
  ExternalData,
  HookData,
  MoreData,
  NodeGroupData,
  PodData,
  RouteData,
  SourceLink,
} from './flowTypes.ts';

/** Nodes drawn with their insides; the rest of the first {@link MAX_NODES} are compact cards. */
export const MAX_DETAILED_NODES = 12;
/** Nodes drawn at all; beyond, one "+N more" card. */
export const MAX_NODES = 40;
/** Pods drawn per node besides the ones the walk touches; the rest are counted on a "+N pods" card. */
export const MAX_PODS_PER_NODE = 6;

export const SIZES = {
  pod: { width: 184, height: 84 },
  device: { width: 156, height: 50 },
  hook: { width: 132, height: 32 },
  route: { width: 132, height: 32 },
  morePods: { width: 184, height: 44 },
  compactNode: { width: 260, height: 104 },
  external: { width: 200, height: 60 },
  underlayHeight: 48,
} as const;

/** One thing drawn inside a node group. */
export type InnerItem =
  | { readonly kind: 'pod'; readonly id: string; readonly data: PodData }
  | { readonly kind: 'device'; readonly id: string; readonly data: DeviceData }
  | { readonly kind: 'hook'; readonly id: string; readonly data: HookData }
  | { readonly kind: 'route'; readonly id: string; readonly data: RouteData }
  | { readonly kind: 'morePods'; readonly id: string; readonly data: MoreData };

/** What an edge stands for: the legend of the picture and the class it is drawn with. */
export type EdgeRole = 'veth-pair' | 'bridge-port' | 'stack' | 'tunnel' | 'wire';

export interface ModelEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly role: EdgeRole;
}

export interface NodeBox {
  readonly id: string;
  readonly name: string;
  /** Drawn with its insides, or as a compact card. */
  readonly detailed: boolean;
  readonly data: NodeGroupData;
  readonly items: readonly InnerItem[];
  /** Edges between this node's items (laid out with them). */
  readonly edges: readonly ModelEdge[];
  /** What connects the node to the underlay: its uplink device when drawn, else the group itself. */
  readonly uplink: string;
}

export interface OuterItem {
  readonly id: string;
  readonly kind: 'external' | 'cloudLb' | 'upstreamDns';
  readonly data: ExternalData;
}

export interface CanvasModel {
  readonly nodes: readonly NodeBox[];
  /** Nodes not drawn at all (beyond {@link MAX_NODES}). */
  readonly hiddenNodes: number;
  readonly outer: readonly OuterItem[];
  /** Edges that leave a node group: uplinks to the underlay, the underlay to the outside world. */
  readonly edges: readonly ModelEdge[];
}

/** Every edge of the picture: each group's inner edges (group by group), then those that leave a group. */
export function allEdges(model: CanvasModel): ModelEdge[] {
  return [...model.nodes.flatMap((b) => b.edges), ...model.edges];
}

/** What the walk touches, so those nodes and pods are drawn in full even in a large cluster. */
export interface Touched {
  readonly nodes: ReadonlySet<string>;
  readonly pods: ReadonlySet<string>;
}

export const NOTHING_TOUCHED: Touched = { nodes: new Set(), pods: new Set() };

const HOOK_ORDER: readonly Hook[] = ['PREROUTING', 'OUTPUT', 'INPUT', 'FORWARD', 'POSTROUTING'];

export function sourceOf(provenance: PodModel['provenance']): SourceLink | undefined {
  if (provenance.from === 'system') return undefined;
  const { file, line, column } = provenance.origin;
  return { file, line, column };
}

function podData(pod: PodModel, topo: NodeTopology | undefined): PodData {
  const source = sourceOf(pod.provenance);
  const eth0 = topo?.pods.find((p) => p.ref === pod.ref);
  return {
    ref: pod.ref,
    name: pod.name,
    namespace: pod.namespace,
    ip: pod.ip ?? '',
    hostNetwork: pod.hostNetwork,
    ready: pod.ready,
    containers: pod.containers.map((c) => c.name),
    device: eth0?.device ?? 'eth0',
    ...(source ? { source } : {}),
  };
}

function deviceData(node: string, device: TopologyDevice): DeviceData {
  return {
    node,
    name: device.name,
    role: device.role,
    addresses: device.role === 'ipvs' ? [] : device.addresses.slice(0, 2),
    heldAddresses: device.role === 'ipvs' ? device.addresses.length : 0,
    ...(device.tunnel
      ? { tunnel: device.tunnel.kind, vni: device.tunnel.vni, port: device.tunnel.port }
      : {}),
    ...(device.pod ? { pod: device.pod } : {}),
  };
}

/** Nodes in drawing order: those the walk touches first (in cluster order), then the others. */
function nodeOrder(cluster: Cluster, touched: Touched): readonly ClusterNode[] {
  const first = cluster.nodes.filter((n) => touched.nodes.has(n.name));
  return [...first, ...cluster.nodes.filter((n) => !touched.nodes.has(n.name))];
}

function podsByNode(cluster: Cluster): ReadonlyMap<string, PodModel[]> {
  const byNode = new Map<string, PodModel[]>();
  for (const pod of cluster.pods) {
    if (pod.node === undefined) continue;
    const list = byNode.get(pod.node);
    if (list) list.push(pod);
    else byNode.set(pod.node, [pod]);
  }
  return byNode;
}

/** The pods drawn on a node: the walk's first, then the others up to the limit, in cluster order. */
function drawnPods(pods: readonly PodModel[], touched: Touched): { shown: PodModel[]; hidden: number } {
  let room = MAX_PODS_PER_NODE;
  const shown = pods.filter((p) => {
    if (touched.pods.has(p.ref)) return true;
    if (room <= 0) return false;
    room -= 1;
    return true;
  });
  return { shown, hidden: pods.length - shown.length };
}

function edge(source: string, target: string, role: EdgeRole): ModelEdge {
  return { id: `e:${source}>${target}`, source, target, role };
}

/** The inside of a node drawn in full: pods, their veth pairs, bridge, hooks, routing, tunnel, uplink. */
function detailedItems(
  node: ClusterNode,
  pods: readonly PodModel[],
  topo: NodeTopology | undefined,
  touched: Touched,
): { items: InnerItem[]; edges: ModelEdge[]; uplink: string | undefined } {
  const name = node.name;
  const { shown, hidden } = drawnPods(pods, touched);
  const shownRefs = new Set<string>(shown.map((p) => p.ref));
  const items: InnerItem[] = shown.map((p) => ({ kind: 'pod', id: podId(p.ref), data: podData(p, topo) }));
  if (hidden > 0) items.push({ kind: 'morePods', id: `more:${name}`, data: { what: 'pods', count: hidden } });
  const edges: ModelEdge[] = [];
  // Host veth ends of pods not drawn are left out with their pods.
  const devices = (topo?.devices ?? []).filter(
    (d) => d.role !== 'veth' || d.pod === undefined || shownRefs.has(d.pod),
  );
  const drawn = new Set(devices.map((d) => d.name));
  for (const d of devices)
    items.push({ kind: 'device', id: deviceId(name, d.name), data: deviceData(name, d) });
  for (const hook of HOOK_ORDER)
    items.push({ kind: 'hook', id: hookId(name, hook), data: { node: name, hook } });
  items.push({ kind: 'route', id: routeId(name), data: { node: name } });

  const hook = (h: Hook) => hookId(name, h);
  const dev = (d: string) => deviceId(name, d);
  for (const p of topo?.pods ?? []) {
    if (shownRefs.has(p.ref) && p.hostVeth !== undefined && drawn.has(p.hostVeth)) {
      edges.push(edge(podId(p.ref), dev(p.hostVeth), 'veth-pair'));
    }
  }
  const tunnels = devices.filter((d) => d.role === 'tunnel');
  const uplink = devices.find((d) => d.role === 'uplink');
  for (const d of devices) {
    if (d.master !== undefined && drawn.has(d.master))
      edges.push(edge(dev(d.name), dev(d.master), 'bridge-port'));
    else if (d.role === 'veth' || d.role === 'bridge' || d.role === 'other') {
      // Where the CNI routes instead of bridging (Calico's cali*, Cilium's lxc*), the host veth end is where
      // a pod's packets enter the host's stack.
      edges.push(edge(dev(d.name), hook('PREROUTING'), 'stack'));
    } else if (d.role === 'ipvs') edges.push(edge(dev(d.name), hook('INPUT'), 'stack'));
  }
  edges.push(
    edge(hook('PREROUTING'), routeId(name), 'stack'),
    edge(routeId(name), hook('INPUT'), 'stack'),
    edge(routeId(name), hook('FORWARD'), 'stack'),
    edge(hook('OUTPUT'), routeId(name), 'stack'),
    edge(hook('FORWARD'), hook('POSTROUTING'), 'stack'),
    edge(hook('OUTPUT'), hook('POSTROUTING'), 'stack'),
  );
  for (const t of tunnels) {
    edges.push(edge(hook('POSTROUTING'), dev(t.name), 'stack'));
    if (uplink) edges.push(edge(dev(t.name), dev(uplink.name), 'tunnel'));
  }
  if (uplink && tunnels.length === 0) edges.push(edge(hook('POSTROUTING'), dev(uplink.name), 'stack'));
  return { items, edges, uplink: uplink ? dev(uplink.name) : undefined };
}

function groupData(node: ClusterNode, podCount: number, detailed: boolean): NodeGroupData {
  const source = sourceOf(node.provenance);
  return {
    name: node.name,
    ip: node.internalIP,
    podCIDR: node.podCIDRs.join(', '),
    role: node.role,
    detailed,
    podCount,
    ...(source ? { source } : {}),
  };
}

/**
 * The picture of a cluster. `topology` may lack nodes (not built yet): those are drawn from the cluster alone
 * (pods, hooks, routing) and gain their devices when it arrives — never a blank group.
 */
export function buildModel(
  cluster: Cluster,
  topology: Readonly<Record<string, NodeTopology>>,
  touched: Touched = NOTHING_TOUCHED,
): CanvasModel {
  const podsOf = podsByNode(cluster);
  const ordered = nodeOrder(cluster, touched).slice(0, MAX_NODES);
  // Drawing order decides which nodes get detail, but the picture keeps cluster order, so nodes do not swap
  // places when a walk starts touching another one.
  const detailedNames = new Set(ordered.slice(0, MAX_DETAILED_NODES).map((n) => n.name));
  const drawnNames = new Set(ordered.map((n) => n.name));
  const nodes: NodeBox[] = [];
  const edges: ModelEdge[] = [];
  for (const node of cluster.nodes) {
    if (!drawnNames.has(node.name)) continue;
    const pods = podsOf.get(node.name) ?? [];
    const detailed = detailedNames.has(node.name);
    const inside = detailed
      ? detailedItems(node, pods, topology[node.name], touched)
      : { items: [], edges: [], uplink: undefined };
    const box: NodeBox = {
      id: nodeId(node.name),
      name: node.name,
      detailed,
      data: groupData(node, pods.length, detailed),
      items: inside.items,
      edges: inside.edges,
      uplink: inside.uplink ?? nodeId(node.name),
    };
    nodes.push(box);
    // Compact cards sit in a grid below the rows: wires from them would cross the drawn nodes. The walk never
    // passes one (the nodes it touches are drawn in full).
    if (detailed) edges.push(edge(box.uplink, UNDERLAY, 'wire'));
  }
  const outer: OuterItem[] = cluster.settings.externalClients.map((c) => ({
    id: externalId(c.name),
    kind: 'external',
    data: { name: c.name, ip: c.ip },
  }));
  if (cluster.services.some((s) => s.type === 'LoadBalancer')) {
    const ip = cluster.loadBalancers.flatMap((l) => l.ips).join(', ');
    outer.push({ id: CLOUD_LB, kind: 'cloudLb', data: { name: 'cloud-lb', ip } });
  }
  outer.push({
    id: UPSTREAM_DNS,
    kind: 'upstreamDns',
    data: { name: 'upstream', ip: cluster.settings.upstreamDNS },
  });
  for (const o of outer) edges.push(edge(UNDERLAY, o.id, 'wire'));
  return { nodes, hiddenNodes: cluster.nodes.length - ordered.length, outer, edges };
}
