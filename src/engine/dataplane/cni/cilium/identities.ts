/**
 * Cilium security identities and the ipcache. An identity is a number for a set of security-relevant labels,
 * allocated cluster-wide (CRD mode: 256–65535) so every node agrees; reserved identities cover the node itself
 * (1 host), everything outside (2 world), the health endpoint (4) and other nodes (6 remote-node). Real agents
 * pick a free number at random; here the number is derived from a hash of the labels and probed for a free
 * one, so it is stable and unique for the same cluster.
 */
import { cidrContaining, type Cidr } from '../../../net/cidr.ts';
import type { IPv4 } from '../../../net/ipv4.ts';
import type { Cluster, ClusterNode, PodModel } from '../../../cluster/types.ts';
import { fastHashHex } from '../../linux/fastHash.ts';
import type { CiliumIdentity, CiliumIpcacheEntry } from './types.ts';

export const IDENTITY_HOST = 1;
export const IDENTITY_WORLD = 2;
export const IDENTITY_HEALTH = 4;
export const IDENTITY_REMOTE_NODE = 6;

const MIN_ALLOCATED = 256;
const MAX_ALLOCATED = 65535;

export const RESERVED_IDENTITIES: readonly CiliumIdentity[] = [
  { id: IDENTITY_HOST, labels: ['reserved:host'] },
  { id: IDENTITY_WORLD, labels: ['reserved:world'] },
  { id: IDENTITY_HEALTH, labels: ['reserved:health'] },
  { id: IDENTITY_REMOTE_NODE, labels: ['reserved:remote-node'] },
];

/** Label keys Cilium's default label filter leaves out of identities (they change per rollout or per node). */
const IGNORED_LABEL = [
  /^pod-template-hash$/,
  /^controller-revision-hash$/,
  /^pod-template-generation$/,
  /^statefulset\.kubernetes\.io\/pod-name$/,
];

/**
 * A pod's identity labels: its own labels, its namespace and the namespace's labels, and the cluster name.
 * Simplified: the `io.cilium.k8s.policy.serviceaccount` label is not included (the model has no service
 * accounts).
 */
export function podIdentityLabels(cluster: Cluster, pod: PodModel): readonly string[] {
  const ns = cluster.namespaces.find((n) => n.name === pod.namespace);
  const labels = [
    `k8s:io.kubernetes.pod.namespace=${pod.namespace}`,
    'k8s:io.cilium.k8s.policy.cluster=default',
    ...Object.entries(ns?.labels ?? {}).map(([k, v]) => `k8s:io.cilium.k8s.namespace.labels.${k}=${v}`),
    ...Object.entries(pod.labels)
      .filter(([k]) => !IGNORED_LABEL.some((re) => re.test(k)))
      .map(([k, v]) => `k8s:${k}=${v}`),
  ];
  return [...new Set(labels)].sort();
}

export interface IdentityTable {
  readonly identities: readonly CiliumIdentity[];
  /** Pod ref → identity number, for pods with an address of their own. */
  readonly byPod: ReadonlyMap<string, number>;
}

/**
 * Identity tables already allocated, per cluster value. Clusters are immutable, so a table computed once is
 * valid for as long as the cluster lives; every node's agent (and the policy generator) asks for the same one.
 */
const allocated = new WeakMap<Cluster, IdentityTable>();

/**
 * Allocates identities for every distinct label set of the cluster's (non-hostNetwork) pods — once per
 * cluster value, however many nodes ask.
 */
export function allocateIdentities(cluster: Cluster): IdentityTable {
  const known = allocated.get(cluster);
  if (known !== undefined) return known;
  const table = computeIdentities(cluster);
  allocated.set(cluster, table);
  return table;
}

function computeIdentities(cluster: Cluster): IdentityTable {
  const sets = new Map<string, readonly string[]>();
  const keyOf = new Map<string, string>();
  for (const pod of cluster.pods) {
    if (pod.hostNetwork) continue;
    const labels = podIdentityLabels(cluster, pod);
    const key = labels.join(';');
    sets.set(key, labels);
    keyOf.set(pod.ref, key);
  }
  const taken = new Set<number>();
  const ids = new Map<string, number>();
  for (const key of [...sets.keys()].sort()) {
    const span = MAX_ALLOCATED - MIN_ALLOCATED + 1;
    let id = MIN_ALLOCATED + (parseInt(fastHashHex(`identity/${key}`, 8), 16) % span);
    while (taken.has(id)) id = id === MAX_ALLOCATED ? MIN_ALLOCATED : id + 1;
    taken.add(id);
    ids.set(key, id);
  }
  const identities = [
    ...RESERVED_IDENTITIES,
    ...[...ids.entries()]
      .map(([key, id]) => ({ id, labels: sets.get(key) ?? [] }))
      .sort((a, b) => a.id - b.id),
  ];
  const byPod = new Map<string, number>();
  for (const [ref, key] of keyOf) byPod.set(ref, ids.get(key) ?? IDENTITY_WORLD);
  return { identities, byPod };
}

function host32(ip: IPv4): Cidr {
  return cidrContaining(ip, 32) as Cidr;
}

/** The node part of one node's ipcache: `0.0.0.0/0` as world, node and router IPs as host (own) or remote-node. */
export function nodeIpcache(
  cluster: Cluster,
  own: ClusterNode,
  tunnel: boolean,
): readonly CiliumIpcacheEntry[] {
  const entries: CiliumIpcacheEntry[] = [{ prefix: '0.0.0.0/0' as Cidr, identity: IDENTITY_WORLD }];
  for (const node of cluster.nodes) {
    const identity = node.name === own.name ? IDENTITY_HOST : IDENTITY_REMOTE_NODE;
    entries.push({ prefix: host32(node.internalIP), identity });
    const router = node.cniAddresses.router;
    if (router !== undefined) {
      entries.push({
        prefix: host32(router),
        identity,
        ...(tunnel && node.name !== own.name ? { tunnelEndpoint: node.internalIP } : {}),
      });
    }
  }
  return entries;
}

/**
 * The pod part of the ipcache, the same on every node (so it is built once and shared): every pod IP with its
 * identity and, in tunnel mode, its node's IP as tunnel endpoint. On the pod's own node that endpoint is the
 * node itself, which means "local, no encapsulation" (a real agent stores no tunnel endpoint there).
 */
export function podIpcache(
  cluster: Cluster,
  table: IdentityTable,
  tunnel: boolean,
): readonly CiliumIpcacheEntry[] {
  const nodeIP = new Map(cluster.nodes.map((n) => [n.name as string, n.internalIP]));
  return cluster.pods.flatMap((pod) => {
    const identity = table.byPod.get(pod.ref);
    if (pod.ip === undefined || identity === undefined || pod.node === undefined) return [];
    const endpoint = nodeIP.get(pod.node);
    return [
      {
        prefix: host32(pod.ip),
        identity,
        ...(tunnel && endpoint !== undefined ? { tunnelEndpoint: endpoint } : {}),
      },
    ];
  });
}
