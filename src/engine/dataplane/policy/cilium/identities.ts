/**
 * Cilium security identities and the ipcache. Every pod gets the identity of its security-relevant label set
 * (pods with the same labels share one); nodes are `host` (this node) or `remote-node`; addresses outside the
 * cluster are `world`, or the local identity of the most specific ipBlock prefix that contains them — which is
 * why an ipBlock never matches a pod or a node in Cilium (REFERENCE §7.1.5; cilium/cilium#9209).
 *
 * Pod identity numbers are the Cilium agent model's (`cni/cilium/identities.ts`: stable, hash-derived; real
 * agents pick free numbers at random). CIDR identities are local ones, `1<<24 | n` in prefix order.
 */
import type { Cluster, ClusterNode, IPv4, Labels, PodModel } from '../../../cluster/types.ts';
import { cidrContains, cidrPrefix, compareCidr, parseCidr, type Cidr } from '../../../net/cidr.ts';
import { allocateIdentities as allocatePodIdentities } from '../../cni/cilium/identities.ts';
import { nodeAddresses } from '../../../policy/peers.ts';
import { LOCAL_IDENTITY_FLAG, RESERVED_IDENTITY, type CiliumIdentity, type IpcacheEntry } from './types.ts';

const NAMESPACE_LABEL = 'io.kubernetes.pod.namespace';
const NAMESPACE_LABELS_PREFIX = 'io.cilium.k8s.namespace.labels.';
const SERVICE_ACCOUNT_LABEL = 'io.cilium.k8s.policy.serviceaccount';
const CLUSTER_LABEL = 'io.cilium.k8s.policy.cluster';

/** What selectors see of an identity: its pod labels, namespace, and namespace labels. */
export interface IdentitySubject {
  readonly podLabels: Labels;
  readonly namespace: string | undefined;
  readonly namespaceLabels: Labels;
}

export function identitySubject(identity: CiliumIdentity): IdentitySubject {
  const podLabels: Record<string, string> = {};
  const nsLabels: Record<string, string> = {};
  let namespace: string | undefined;
  for (const label of identity.labels) {
    if (!label.startsWith('k8s:')) continue;
    const [key = '', ...rest] = label.slice(4).split('=');
    const value = rest.join('=');
    if (key === NAMESPACE_LABEL) namespace = value;
    else if (key.startsWith(NAMESPACE_LABELS_PREFIX))
      nsLabels[key.slice(NAMESPACE_LABELS_PREFIX.length)] = value;
    else if (key !== SERVICE_ACCOUNT_LABEL && key !== CLUSTER_LABEL) podLabels[key] = value;
  }
  return { podLabels, namespace, namespaceLabels: nsLabels };
}

/** The pods Cilium manages as endpoints (not hostNetwork, scheduled, with an address). */
export function ciliumManaged(pod: PodModel): pod is PodModel & { readonly ip: IPv4 } {
  return !pod.hostNetwork && pod.node !== undefined && pod.ip !== undefined;
}

export interface IdentityTable {
  readonly identities: readonly CiliumIdentity[];
  /** Pod ref → identity id. */
  readonly byPod: ReadonlyMap<string, number>;
  /** CIDR prefix → local identity id. */
  readonly byCidr: ReadonlyMap<string, number>;
}

/**
 * Pod identities come from the Cilium agent model (`cni/cilium/identities.ts`), so the numbers in the policy
 * maps are the ones its endpoints and ipcache carry; the policy adds a local identity for every ipBlock prefix
 * (cidr and except) of any policy, as Cilium's CIDR selectors do.
 */
export function allocateIdentities(cluster: Cluster): IdentityTable {
  const pods = allocatePodIdentities(cluster);
  const identities: CiliumIdentity[] = [...pods.identities];
  const byPod = pods.byPod;
  const prefixes = new Set<Cidr>();
  for (const policy of cluster.networkPolicies) {
    for (const rule of [
      ...(policy.spec.ingress ?? []).map((r) => r.from ?? []),
      ...(policy.spec.egress ?? []).map((r) => r.to ?? []),
    ]) {
      for (const peer of rule) {
        if (!peer.ipBlock) continue;
        for (const text of [peer.ipBlock.cidr, ...(peer.ipBlock.except ?? [])]) {
          const cidr = parseCidr(text, 'mask');
          if (cidr) prefixes.add(cidr);
        }
      }
    }
  }
  const sortedPrefixes = [...prefixes].sort(compareCidr);
  const byCidr = new Map<string, number>();
  sortedPrefixes.forEach((prefix, index) => {
    const id = (LOCAL_IDENTITY_FLAG | (index + 1)) >>> 0;
    byCidr.set(prefix, id);
    const containing = sortedPrefixes.filter(
      (other) => cidrPrefix(other) <= cidrPrefix(prefix) && cidrContains(other, prefix.split('/')[0] as IPv4),
    );
    identities.push({
      id,
      labels: [...containing.map((other) => `cidr:${other}`), 'reserved:world'].sort(),
      cidr: prefix,
    });
  });
  identities.sort((a, b) => a.id - b.id);
  return { identities, byPod, byCidr };
}

/** The node's ipcache: pods (/32), this node (`host`), other nodes (`remote-node`), then the policy prefixes. */
export function buildIpcache(
  cluster: Cluster,
  node: ClusterNode,
  table: IdentityTable,
): readonly IpcacheEntry[] {
  const entries: IpcacheEntry[] = [];
  for (const pod of cluster.pods.filter(ciliumManaged)) {
    entries.push({ prefix: `${pod.ip}/32`, identity: table.byPod.get(pod.ref) ?? RESERVED_IDENTITY.unknown });
  }
  for (const other of cluster.nodes) {
    const identity = other.name === node.name ? RESERVED_IDENTITY.host : RESERVED_IDENTITY['remote-node'];
    for (const address of nodeAddresses(other)) entries.push({ prefix: `${address}/32`, identity });
  }
  for (const [prefix, identity] of table.byCidr) entries.push({ prefix, identity });
  return entries;
}

/** Longest-prefix match in the ipcache; `world` when nothing matches. */
export function identityOf(ipcache: readonly IpcacheEntry[], ip: IPv4): number {
  let best: { readonly prefix: number; readonly identity: number } | undefined;
  for (const entry of ipcache) {
    const cidr = parseCidr(entry.prefix, 'mask');
    if (!cidr || !cidrContains(cidr, ip)) continue;
    const prefix = cidrPrefix(cidr);
    if (!best || prefix > best.prefix) best = { prefix, identity: entry.identity };
  }
  return best?.identity ?? RESERVED_IDENTITY.world;
}
