/**
 * How a NetworkPolicy spec reads once the API server has defaulted it: which directions it affects, which
 * pods it selects, and its rules per direction. Shared by the reference evaluator and the CNI compilers so
 * they agree on the parts the API itself decides.
 */
import { matchesSelector } from '../cluster/labels.ts';
import type { NetworkPolicyModel, PodModel } from '../cluster/types.ts';
import type { PolicyDirection } from './types.ts';

type Spec = NetworkPolicyModel['spec'];
export type PolicyRule = NonNullable<Spec['ingress']>[number] | NonNullable<Spec['egress']>[number];
export type PolicyPeer = NonNullable<NonNullable<Spec['ingress']>[number]['from']>[number];
export type PolicyPort = NonNullable<NonNullable<Spec['ingress']>[number]['ports']>[number];

/**
 * `policyTypes` as the API server defaults it (`SetDefaults_NetworkPolicy` in pkg/apis/networking/v1/defaults.go, REFERENCE §7.2): when absent
 * or empty, Ingress always, plus Egress when the policy has at least one egress rule.
 */
export function effectivePolicyTypes(spec: Spec): readonly PolicyDirection[] {
  const given = spec.policyTypes ?? [];
  if (given.length > 0) {
    const types: PolicyDirection[] = [];
    if (given.includes('Ingress')) types.push('ingress');
    if (given.includes('Egress')) types.push('egress');
    return types;
  }
  return (spec.egress ?? []).length > 0 ? ['ingress', 'egress'] : ['ingress'];
}

/** Whether the policy affects this direction at all. */
export function affects(policy: NetworkPolicyModel, direction: PolicyDirection): boolean {
  return effectivePolicyTypes(policy.spec).includes(direction);
}

/**
 * Whether a policy selects the pod: same namespace and `spec.podSelector` matches. hostNetwork pods are
 * never selected — they share the node's network namespace, and no CNI attaches policy to them.
 */
export function policySelectsPod(policy: NetworkPolicyModel, pod: PodModel): boolean {
  return (
    !pod.hostNetwork &&
    policy.namespace === pod.namespace &&
    matchesSelector(pod.labels, policy.spec.podSelector)
  );
}

/** The policies that isolate `pod` in `direction`, sorted by `<namespace>/<name>` for stable output. */
export function isolatingPolicies(
  policies: readonly NetworkPolicyModel[],
  pod: PodModel,
  direction: PolicyDirection,
): readonly NetworkPolicyModel[] {
  return policies
    .filter((policy) => affects(policy, direction) && policySelectsPod(policy, pod))
    .sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
}

/** The rules of one direction, with the peers under their direction-neutral name. */
export interface DirectionRule {
  /** `from` (ingress) or `to` (egress); an absent or empty list means every peer. */
  readonly peers: readonly PolicyPeer[];
  /** An absent or empty list means every port and protocol. */
  readonly ports: readonly PolicyPort[];
}

export function directionRules(
  policy: NetworkPolicyModel,
  direction: PolicyDirection,
): readonly DirectionRule[] {
  if (direction === 'ingress') {
    return (policy.spec.ingress ?? []).map((rule) => ({ peers: rule.from ?? [], ports: rule.ports ?? [] }));
  }
  return (policy.spec.egress ?? []).map((rule) => ({ peers: rule.to ?? [], ports: rule.ports ?? [] }));
}
