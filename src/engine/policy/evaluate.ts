/**
 * The reference evaluator: NetworkPolicy semantics (REFERENCE.md §7) computed directly from the policy
 * objects, with the reason for every answer. It is the oracle the compiled dataplanes (Calico's cali-
 * chains, Cilium's policy maps) are tested against, and what `reach` explains with.
 *
 * Node traffic: ingress from the destination pod's own node is always allowed (kubelet probes) — Calico lets
 * host-originated packets skip workload policy in cali-OUTPUT, Cilium always admits `reserved:host`. Egress
 * from a pod *to* its own node is judged like any other egress: the docs say "to and from", but both CNIs
 * send pod→host traffic through the pod's egress policy (cali-wl-to-host → cali-fw-…; Cilium's egress map),
 * so a default-deny-egress pod cannot reach its node unless a rule allows it (implementation behaviour).
 */
import type { Cluster, PodModel } from '../cluster/types.ts';
import { peerSelects, resolveSubject, type PeerMatchOptions, type PeerSubject } from './peers.ts';
import { normalizePort, portAdmits, ruleHasInvalidPort } from './ports.ts';
import { directionRules, isolatingPolicies } from './spec.ts';
import type {
  AdmittingRule,
  DirectionVerdict,
  PolicyDecision,
  PolicyDirection,
  PolicyOptions,
  PolicyProtocol,
  PolicyQuery,
} from './types.ts';

interface DirectionInput {
  /** The pod whose policies are consulted (source for egress, destination for ingress). */
  readonly pod: PodModel;
  readonly direction: PolicyDirection;
  /** The other end. */
  readonly peer: PeerSubject;
  /** The pod the packet is addressed to, for named ports (undefined when it is not a pod). */
  readonly dstPod: PodModel | undefined;
  readonly protocol: PolicyProtocol;
  readonly port: number | undefined;
}

/** The first rule of the isolating policies that admits the connection, or why none does. */
function evaluateDirection(
  cluster: Cluster,
  input: DirectionInput,
  options: PeerMatchOptions,
): DirectionVerdict {
  const policies = isolatingPolicies(cluster.networkPolicies, input.pod, input.direction);
  if (policies.length === 0) return { kind: 'not-isolated', allowed: true };
  const isolatedBy = policies.map((policy) => policy.ref);
  for (const policy of policies) {
    const rules = directionRules(policy, input.direction);
    for (const [ruleIndex, rule] of rules.entries()) {
      if (ruleHasInvalidPort(rule.ports)) continue;
      const peerIndex = rule.peers.findIndex((peer) =>
        peerSelects(cluster, peer, policy.namespace, input.peer, options),
      );
      if (rule.peers.length > 0 && peerIndex < 0) continue;
      const portIndex = rule.ports.findIndex((entry) =>
        portAdmits(normalizePort(entry), input.protocol, input.port, input.dstPod),
      );
      if (rule.ports.length > 0 && portIndex < 0) continue;
      const admitting: AdmittingRule = {
        policy: policy.ref,
        direction: input.direction,
        ruleIndex,
        ...(rule.peers.length > 0 ? { peerIndex } : {}),
        ...(rule.ports.length > 0 ? { portIndex } : {}),
      };
      return { kind: 'allowed-by-rule', allowed: true, isolatedBy, rule: admitting };
    }
  }
  return { kind: 'denied', allowed: false, isolatedBy };
}

/**
 * Whether NetworkPolicy lets `query` through, and why, per direction. The query is post-DNAT: ask about the
 * backend pod and its targetPort, not the Service (§7.1.8).
 */
export function policyAllows(
  cluster: Cluster,
  query: PolicyQuery,
  options: PolicyOptions = {},
): PolicyDecision {
  const src = resolveSubject(cluster, query.src);
  const dst = resolveSubject(cluster, query.dst);
  if (!cluster.settings.enforcesNetworkPolicy) {
    const verdict: DirectionVerdict = { kind: 'not-enforced', allowed: true };
    return { allowed: true, egress: verdict, ingress: verdict };
  }
  if (src.kind === 'pod' && dst.kind === 'pod' && src.pod.ref === dst.pod.ref) {
    const verdict: DirectionVerdict = { kind: 'loopback', allowed: true };
    return { allowed: true, egress: verdict, ingress: verdict };
  }
  const peerOptions: PeerMatchOptions = {
    ipBlockMatchesClusterPeers: options.ipBlockMatchesClusterPeers ?? true,
  };
  const dstPod = dst.kind === 'pod' ? dst.pod : undefined;
  const common = { dstPod, protocol: query.protocol, port: query.port };
  const egress: DirectionVerdict =
    src.kind === 'pod'
      ? evaluateDirection(cluster, { ...common, pod: src.pod, direction: 'egress', peer: dst }, peerOptions)
      : { kind: 'not-a-pod', allowed: true };
  let ingress: DirectionVerdict;
  if (dst.kind !== 'pod') ingress = { kind: 'not-a-pod', allowed: true };
  else if (src.kind === 'node' && src.node.name === dst.pod.node)
    ingress = { kind: 'from-own-node', allowed: true };
  else
    ingress = evaluateDirection(
      cluster,
      { ...common, pod: dst.pod, direction: 'ingress', peer: src },
      peerOptions,
    );
  return { allowed: egress.allowed && ingress.allowed, egress, ingress };
}
