/**
 * Who is on the other end of a connection, and whether a NetworkPolicy peer (`from`/`to` element) selects
 * them (§7.1.4–5): podSelector alone = pods of the policy's namespace; namespaceSelector alone = every pod of
 * matching namespaces; both in one element = AND; ipBlock = `cidr` minus `except`.
 */
import { matchesSelector } from '../cluster/labels.ts';
import type { Cluster, ClusterNode, IPv4, Labels, PodModel } from '../cluster/types.ts';
import { cidrContains, parseCidr } from '../net/cidr.ts';
import type { PolicyPeer } from './spec.ts';
import type { PolicyEndpointRef } from './types.ts';

/** One end of a connection, classified. */
export type PeerSubject =
  /** A pod with its own network namespace (hostNetwork pods are `node`). */
  | { readonly kind: 'pod'; readonly pod: PodModel; readonly ip: IPv4 | undefined }
  /** One of a node's addresses (its InternalIP, ExternalIP, or an address the CNI gave it). */
  | { readonly kind: 'node'; readonly node: ClusterNode; readonly ip: IPv4 }
  /** Anything else: an external client, the internet, an address nobody has. */
  | { readonly kind: 'external'; readonly ip: IPv4 };

/** Every address that belongs to a node, as its host network namespace would source traffic from. */
export function nodeAddresses(node: ClusterNode): readonly IPv4[] {
  const { bridge, tunnel, router } = node.cniAddresses;
  return [node.internalIP, node.externalIP, bridge, tunnel, router].filter(
    (ip): ip is IPv4 => ip !== undefined,
  );
}

/** Classifies an address: a pod that owns it, else a node, else external. */
export function subjectForIP(cluster: Cluster, ip: IPv4): PeerSubject {
  const pod = cluster.pods.find((candidate) => !candidate.hostNetwork && candidate.ip === ip);
  if (pod) return { kind: 'pod', pod, ip };
  const node = cluster.nodes.find((candidate) => nodeAddresses(candidate).includes(ip));
  return node ? { kind: 'node', node, ip } : { kind: 'external', ip };
}

/** Resolves a query end; a hostNetwork pod is its node. Throws for a pod reference the cluster lacks. */
export function resolveSubject(cluster: Cluster, ref: PolicyEndpointRef): PeerSubject {
  if ('ip' in ref) return subjectForIP(cluster, ref.ip);
  const pod = cluster.pods.find((candidate) => candidate.ref === ref.pod);
  if (!pod) throw new Error(`no pod ${ref.pod}`);
  if (pod.hostNetwork) {
    const node = cluster.nodes.find((candidate) => candidate.name === pod.node);
    if (node) return { kind: 'node', node, ip: pod.ip ?? node.internalIP };
  }
  return { kind: 'pod', pod, ip: pod.ip };
}

/** A namespace's labels; every namespace carries `kubernetes.io/metadata.name` (§7.1.4). */
export function namespaceLabels(cluster: Cluster, name: string): Labels {
  const namespace = cluster.namespaces.find((candidate) => candidate.name === name);
  return namespace?.labels ?? { 'kubernetes.io/metadata.name': name };
}

/** `cidr` minus `except`, with host bits masked the way Go's ParseCIDR (and so Calico) reads them. */
export function ipBlockContains(block: NonNullable<PolicyPeer['ipBlock']>, ip: IPv4): boolean {
  const range = parseCidr(block.cidr, 'mask');
  if (range === undefined || !cidrContains(range, ip)) return false;
  return !(block.except ?? []).some((text) => {
    const excluded = parseCidr(text, 'mask');
    return excluded !== undefined && cidrContains(excluded, ip);
  });
}

export interface PeerMatchOptions {
  readonly ipBlockMatchesClusterPeers: boolean;
}

/**
 * Whether `peer`, written in a policy of `policyNamespace`, selects `subject`. An element with ipBlock is
 * judged on it alone (the API forbids mixing); an element with no field at all is invalid, and is read the
 * way Calico's converter reads it — an empty podSelector (every pod of the policy's namespace).
 */
export function peerSelects(
  cluster: Cluster,
  peer: PolicyPeer,
  policyNamespace: string,
  subject: PeerSubject,
  options: PeerMatchOptions,
): boolean {
  if (peer.ipBlock) {
    if (subject.kind !== 'external' && !options.ipBlockMatchesClusterPeers) return false;
    return subject.ip !== undefined && ipBlockContains(peer.ipBlock, subject.ip);
  }
  if (subject.kind !== 'pod') return false;
  const { pod } = subject;
  const inNamespace =
    peer.namespaceSelector === undefined
      ? pod.namespace === policyNamespace
      : matchesSelector(namespaceLabels(cluster, pod.namespace), peer.namespaceSelector);
  return inNamespace && (peer.podSelector === undefined || matchesSelector(pod.labels, peer.podSelector));
}
