/**
 * The one pure function that turns engine results into React Flow nodes. No networking is computed here: it
 * lays out what the engine built — one group per Kubernetes node holding its pods, and the Services as what
 * they really are, virtual addresses that rules on every node answer for, not boxes packets pass through.
 */
import type { Node } from '@xyflow/react';
import type { Analysis } from '../../engine/index.ts';
import type { Cluster, ClusterNode, PodModel, Provenance, ServiceModel } from '../../engine/cluster/types.ts';

/** Where a drawn object's YAML is, so a click can show it in the editor. */
export interface SourceLink {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface NodeGroupData extends Record<string, unknown> {
  readonly name: string;
  readonly ip: string;
  readonly podCIDR: string;
  readonly role: 'control-plane' | 'worker';
  readonly source?: SourceLink;
}

export interface PodData extends Record<string, unknown> {
  /** `<namespace>/<name>`: the pod's network namespace is `pod:<ref>` in the dataplane and the walk. */
  readonly ref: string;
  readonly name: string;
  readonly namespace: string;
  readonly ip: string;
  readonly hostNetwork: boolean;
  readonly ready: boolean;
  readonly source?: SourceLink;
}

export interface ServiceRow {
  readonly id: string;
  readonly name: string;
  readonly namespace: string;
  readonly type: string;
  readonly address: string;
  readonly ports: string;
  readonly endpoints: number;
  readonly source?: SourceLink;
}

export interface ServicesData extends Record<string, unknown> {
  readonly services: readonly ServiceRow[];
  /** Services left out of the table so the canvas stays light. */
  readonly hidden: number;
}

/** A card standing in for what is not drawn: pods of one node, or whole nodes. */
export interface MoreData extends Record<string, unknown> {
  readonly what: 'pods' | 'nodes';
  readonly count: number;
}

export interface ExternalData extends Record<string, unknown> {
  readonly name: string;
  readonly ip: string;
}

export type NodeGroupNode = Node<NodeGroupData, 'k8sNode'>;
export type PodNode = Node<PodData, 'pod'>;
export type ServicesNode = Node<ServicesData, 'services'>;
export type ExternalNode = Node<ExternalData, 'external'>;
export type MoreNode = Node<MoreData, 'more'>;
export type FlowNode = NodeGroupNode | PodNode | ServicesNode | ExternalNode | MoreNode;

export const POD_WIDTH = 220;
export const POD_HEIGHT = 58;
const GAP = 10;
const PAD = 14;
const HEADER = 58;
const GROUP_GAP = 28;

function sourceOf(provenance: Provenance): SourceLink | undefined {
  if (provenance.from === 'system') return undefined;
  const { file, line, column } = provenance.origin;
  return { file, line, column };
}

function podData(pod: PodModel): PodData {
  const source = sourceOf(pod.provenance);
  return {
    ref: pod.ref,
    name: pod.name,
    namespace: pod.namespace,
    ip: pod.ip ?? '',
    hostNetwork: pod.hostNetwork,
    ready: pod.ready,
    ...(source ? { source } : {}),
  };
}

/** Ready endpoints per Service, in one pass over the EndpointSlices. */
function readyEndpointCounts(cluster: Cluster): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const slice of cluster.endpointSlices) {
    const ready = slice.endpoints.filter((e) => e.conditions.ready).length;
    counts.set(slice.service, (counts.get(slice.service) ?? 0) + ready);
  }
  return counts;
}

function serviceRow(svc: ServiceModel, readyEndpoints: ReadonlyMap<string, number>): ServiceRow {
  const source = sourceOf(svc.provenance);
  const address = svc.headless
    ? 'None'
    : svc.type === 'ExternalName'
      ? (svc.externalName ?? '')
      : (svc.clusterIP ?? '');
  const endpoints = readyEndpoints.get(svc.ref) ?? 0;
  return {
    id: svc.ref,
    name: svc.name,
    namespace: svc.namespace,
    type: svc.headless ? 'Headless' : svc.type,
    address,
    ports: svc.ports
      .map((p) => `${p.port}${p.nodePort === undefined ? '' : `:${p.nodePort}`}/${p.protocol}`)
      .join(', '),
    endpoints,
    ...(source ? { source } : {}),
  };
}

/** Pods per row inside a node's band. */
const PODS_PER_ROW = 4;

/**
 * How much the canvas draws at most. A pasted cluster can hold 100,000 pods; React Flow (and the person
 * looking) needs far fewer. What is left out is counted on a card, and the panel and CLI still see it all.
 */
export const MAX_PODS_PER_NODE = 8;
export const MAX_NODES = 40;
export const MAX_SERVICE_ROWS = 60;

function bandSize(podCount: number): { width: number; height: number } {
  const columns = Math.max(1, Math.min(PODS_PER_ROW, podCount));
  const rows = Math.max(1, Math.ceil(podCount / PODS_PER_ROW));
  return {
    width: PAD * 2 + columns * POD_WIDTH + (columns - 1) * GAP,
    height: HEADER + PAD + rows * POD_HEIGHT + (rows - 1) * GAP,
  };
}

function nodeGroup(node: ClusterNode, y: number, width: number, allPods: readonly PodModel[]): FlowNode[] {
  const hidden = allPods.length > MAX_PODS_PER_NODE ? allPods.length - (MAX_PODS_PER_NODE - 1) : 0;
  const pods = hidden > 0 ? allPods.slice(0, MAX_PODS_PER_NODE - 1) : allPods;
  const { height } = bandSize(pods.length + (hidden > 0 ? 1 : 0));
  const id = `node:${node.name}`;
  const source = sourceOf(node.provenance);
  const group: NodeGroupNode = {
    id,
    type: 'k8sNode',
    position: { x: 0, y },
    data: {
      name: node.name,
      ip: node.internalIP,
      podCIDR: node.podCIDRs.join(', '),
      role: node.role,
      ...(source ? { source } : {}),
    },
    style: { width, height },
    selectable: false,
  };
  const podNodes: PodNode[] = pods.map((pod, i) => ({
    id: `pod:${pod.ref}`,
    type: 'pod',
    parentId: id,
    extent: 'parent',
    position: {
      x: PAD + (i % PODS_PER_ROW) * (POD_WIDTH + GAP),
      y: HEADER + Math.floor(i / PODS_PER_ROW) * (POD_HEIGHT + GAP),
    },
    data: podData(pod),
    style: { width: POD_WIDTH, height: POD_HEIGHT },
    draggable: false,
  }));
  const more: MoreNode[] =
    hidden === 0
      ? []
      : [
          {
            id: `more:${node.name}`,
            type: 'more',
            parentId: id,
            extent: 'parent',
            position: {
              x: PAD + (pods.length % PODS_PER_ROW) * (POD_WIDTH + GAP),
              y: HEADER + Math.floor(pods.length / PODS_PER_ROW) * (POD_HEIGHT + GAP),
            },
            data: { what: 'pods', count: hidden },
            style: { width: POD_WIDTH, height: POD_HEIGHT },
            draggable: false,
          },
        ];
  return [group, ...podNodes, ...more];
}

/** Pods by node name, in one pass over the pods. */
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

/** The topology of the newest cluster the engine built, laid out left to right in node order. */
export function toFlow(analysis: Analysis | null): FlowNode[] {
  if (!analysis) return [];
  const { cluster } = analysis;
  const podsOf = podsByNode(cluster);
  const drawnNodes = cluster.nodes.slice(0, MAX_NODES);
  const drawnPods = (name: string) => Math.min(podsOf.get(name)?.length ?? 0, MAX_PODS_PER_NODE);
  // Every node is a band of the same width, stacked top to bottom, so a 3-node and a 10-node cluster both
  // read as a column of machines; the Services sit below them and external clients to the right.
  const width = Math.max(bandSize(1).width, ...drawnNodes.map((n) => bandSize(drawnPods(n.name)).width));
  const nodes: FlowNode[] = [];
  let y = 0;
  for (const node of drawnNodes) {
    nodes.push(...nodeGroup(node, y, width, podsOf.get(node.name) ?? []));
    y += bandSize(drawnPods(node.name)).height + GROUP_GAP;
  }
  if (cluster.nodes.length > drawnNodes.length) {
    nodes.push({
      id: 'more:nodes',
      type: 'more',
      position: { x: 0, y },
      data: { what: 'nodes', count: cluster.nodes.length - drawnNodes.length },
      style: { width, height: POD_HEIGHT },
      draggable: false,
    });
    y += POD_HEIGHT + GROUP_GAP;
  }
  const readyEndpoints = readyEndpointCounts(cluster);
  const services = cluster.services.slice(0, MAX_SERVICE_ROWS).map((s) => serviceRow(s, readyEndpoints));
  if (services.length > 0) {
    nodes.push({
      id: 'services',
      type: 'services',
      position: { x: 0, y },
      data: { services, hidden: cluster.services.length - services.length },
      // Height is left to React Flow's measurement: rows grow when a Service's ports wrap.
      style: { width: Math.max(width, 640) },
      selectable: false,
      draggable: false,
    });
  }
  cluster.settings.externalClients.forEach((client, i) => {
    nodes.push({
      id: `external:${client.name}`,
      type: 'external',
      position: { x: width + GROUP_GAP, y: i * (POD_HEIGHT + GAP) },
      data: { name: client.name, ip: client.ip },
      style: { width: 180, height: POD_HEIGHT },
      draggable: false,
    });
  });
  return nodes;
}
