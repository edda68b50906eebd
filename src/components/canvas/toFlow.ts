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
}

export interface ExternalData extends Record<string, unknown> {
  readonly name: string;
  readonly ip: string;
}

export type NodeGroupNode = Node<NodeGroupData, 'k8sNode'>;
export type PodNode = Node<PodData, 'pod'>;
export type ServicesNode = Node<ServicesData, 'services'>;
export type ExternalNode = Node<ExternalData, 'external'>;
export type FlowNode = NodeGroupNode | PodNode | ServicesNode | ExternalNode;

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
    name: pod.name,
    namespace: pod.namespace,
    ip: pod.ip ?? '',
    hostNetwork: pod.hostNetwork,
    ready: pod.ready,
    ...(source ? { source } : {}),
  };
}

function serviceRow(svc: ServiceModel, cluster: Cluster): ServiceRow {
  const source = sourceOf(svc.provenance);
  const address = svc.headless
    ? 'None'
    : svc.type === 'ExternalName'
      ? (svc.externalName ?? '')
      : (svc.clusterIP ?? '');
  const endpoints = cluster.endpointSlices
    .filter((s) => s.service === svc.ref)
    .reduce((n, s) => n + s.endpoints.filter((e) => e.conditions.ready).length, 0);
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

function bandSize(podCount: number): { width: number; height: number } {
  const columns = Math.max(1, Math.min(PODS_PER_ROW, podCount));
  const rows = Math.max(1, Math.ceil(podCount / PODS_PER_ROW));
  return {
    width: PAD * 2 + columns * POD_WIDTH + (columns - 1) * GAP,
    height: HEADER + PAD + rows * POD_HEIGHT + (rows - 1) * GAP,
  };
}

function nodeGroup(node: ClusterNode, y: number, width: number, pods: readonly PodModel[]): FlowNode[] {
  const { height } = bandSize(pods.length);
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
  return [group, ...podNodes];
}

/** The topology of the newest cluster the engine built, laid out left to right in node order. */
export function toFlow(analysis: Analysis | null): FlowNode[] {
  if (!analysis) return [];
  const { cluster } = analysis;
  const podsOf = new Map(cluster.nodes.map((n) => [n.name, cluster.pods.filter((p) => p.node === n.name)]));
  // Every node is a band of the same width, stacked top to bottom, so a 3-node and a 10-node cluster both
  // read as a column of machines; the Services sit below them and external clients to the right.
  const width = Math.max(
    bandSize(1).width,
    ...cluster.nodes.map((n) => bandSize(podsOf.get(n.name)?.length ?? 0).width),
  );
  const nodes: FlowNode[] = [];
  let y = 0;
  for (const node of cluster.nodes) {
    const pods = podsOf.get(node.name) ?? [];
    nodes.push(...nodeGroup(node, y, width, pods));
    y += bandSize(pods.length).height + GROUP_GAP;
  }
  const services = cluster.services.map((s) => serviceRow(s, cluster));
  if (services.length > 0) {
    nodes.push({
      id: 'services',
      type: 'services',
      position: { x: 0, y },
      data: { services },
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
