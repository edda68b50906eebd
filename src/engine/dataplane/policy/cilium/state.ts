/**
 * Cilium's policy state for one node, and the lookup its eBPF program does at the tc hook of a pod's `lxc`
 * veth: from-container (the pod's egress) when the packet leaves the pod, to-container (its ingress) when it
 * is delivered. A pure function of the tables, so the walker calls it the way the datapath consults the map.
 */
import type { Cluster, ClusterNode, IPv4, PodRef, Protocol } from '../../../cluster/types.ts';
import type { PolicyDirection } from '../../../policy/types.ts';
import { allocateIdentities, buildIpcache, ciliumManaged, identityOf } from './identities.ts';
import { endpointPolicyEntries } from './policyMap.ts';
import {
  RESERVED_IDENTITY,
  type CiliumEndpointPolicy,
  type CiliumPolicyState,
  type CiliumPolicyVerdict,
  type PolicyMapEntry,
} from './types.ts';

/** Identities, ipcache and the policy map of every Cilium endpoint on `node`. */
export function buildCiliumPolicy(cluster: Cluster, node: ClusterNode): CiliumPolicyState {
  const table = allocateIdentities(cluster);
  const local = cluster.pods.filter((pod) => ciliumManaged(pod) && pod.node === node.name);
  const endpoints: CiliumEndpointPolicy[] = local.filter(ciliumManaged).map((pod) => ({
    pod: pod.ref,
    ip: pod.ip,
    identity: table.byPod.get(pod.ref) ?? RESERVED_IDENTITY.unknown,
    ...endpointPolicyEntries(cluster, table, pod),
  }));
  return {
    node: node.name,
    identities: table.identities,
    ipcache: buildIpcache(cluster, node, table),
    endpoints,
  };
}

/** The identity the node's datapath attributes to a packet from (or to) `ip`. */
export function ciliumIdentityOf(state: CiliumPolicyState, ip: IPv4): number {
  return identityOf(state.ipcache, ip);
}

/** More specific entries explain a verdict better: an exact identity, then an exact protocol, then a port. */
const specificity = (entry: PolicyMapEntry): number =>
  (entry.identity === RESERVED_IDENTITY.unknown ? 0 : 4) +
  (entry.protocol === 'ANY' ? 0 : 2) +
  (entry.port === 0 ? 0 : 1);

/**
 * The policy verdict for a packet at `endpoint` in `direction` with a peer of `peerIdentity`. Entries only
 * allow (NetworkPolicy has no deny), so the packet passes if any entry covers it; the most specific one is
 * reported. `port` is the destination port (absent for ICMP, which only protocol-ANY entries admit).
 */
export function ciliumPolicyVerdict(
  state: CiliumPolicyState,
  endpoint: PodRef,
  direction: PolicyDirection,
  peerIdentity: number,
  port: number | undefined,
  protocol: Protocol | 'ICMP',
): CiliumPolicyVerdict {
  const policy = state.endpoints.find((candidate) => candidate.pod === endpoint);
  if (!policy) throw new Error(`${endpoint} is not a Cilium endpoint on ${state.node}`);
  const covering = policy.entries.filter(
    (entry) =>
      entry.direction === direction &&
      (entry.identity === RESERVED_IDENTITY.unknown || entry.identity === peerIdentity) &&
      (entry.protocol === 'ANY' || entry.protocol === protocol) &&
      (entry.port === 0 ||
        (port !== undefined && port >= entry.port && port <= (entry.endPort ?? entry.port))),
  );
  const best = [...covering].sort((a, b) => specificity(b) - specificity(a))[0];
  return best ? { verdict: 'FORWARDED', entry: best } : { verdict: 'DROPPED', reason: 'POLICY_DENIED' };
}
