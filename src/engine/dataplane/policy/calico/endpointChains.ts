/**
 * The per-workload chains (felix/rules/endpoints.go `endpointIptablesChain`, in the Felix v3.x form of the
 * public dumps in REFERENCE §5): `cali-tw-<iface>` for traffic *to* the pod (its ingress) and `cali-fw-<iface>`
 * for traffic *from* it (its egress). Each accepts established flows first (stateful replies), then runs the
 * policies that select the pod for that direction; only when none does is the namespace profile — which
 * allows everything — reached, which is how "not isolated" looks in iptables.
 */
import type { PolicyDirection } from '../../../policy/types.ts';
import { fa, fm, type FelixChain, type FelixRule } from './felixRule.ts';
import { lengthLimitedId, MAX_CHAIN_NAME_LENGTH } from './ids.ts';
import { MARK_ACCEPT, MARK_PASS } from './policyChains.ts';

export const WORKLOAD_TO_ENDPOINT_PREFIX = 'cali-tw-';
export const WORKLOAD_FROM_ENDPOINT_PREFIX = 'cali-fw-';
export const POLICY_INBOUND_PREFIX = 'cali-pi-';
export const POLICY_OUTBOUND_PREFIX = 'cali-po-';
export const PROFILE_INBOUND_PREFIX = 'cali-pri-';
export const PROFILE_OUTBOUND_PREFIX = 'cali-pro-';

/** `EndpointChainName`: `cali-tw-cali95aa86cbb2a`. */
export function endpointChainName(direction: PolicyDirection, iface: string): string {
  const prefix = direction === 'ingress' ? WORKLOAD_TO_ENDPOINT_PREFIX : WORKLOAD_FROM_ENDPOINT_PREFIX;
  return lengthLimitedId(prefix, iface, MAX_CHAIN_NAME_LENGTH);
}

/** `PolicyChainName`: `cali-pi-` + the policy id, hashed when too long (`cali-pi-_tTE-E7yY40ogArNVgKt`). */
export function policyChainName(direction: PolicyDirection, policyId: string): string {
  const prefix = direction === 'ingress' ? POLICY_INBOUND_PREFIX : POLICY_OUTBOUND_PREFIX;
  return lengthLimitedId(prefix, policyId, MAX_CHAIN_NAME_LENGTH);
}

/** `ProfileChainName`: `cali-pri-kns.default`, hashed when too long. */
export function profileChainName(direction: PolicyDirection, profileId: string): string {
  const prefix = direction === 'ingress' ? PROFILE_INBOUND_PREFIX : PROFILE_OUTBOUND_PREFIX;
  return lengthLimitedId(prefix, profileId, MAX_CHAIN_NAME_LENGTH);
}

/**
 * One direction's endpoint chain. `policyIds` are the ids (`<ns>/knp.default.<name>`) of the policies that
 * select the pod for this direction, already in Felix's order (order 1000 for all, then by name).
 */
export function endpointChain(
  direction: PolicyDirection,
  iface: string,
  policyIds: readonly string[],
  profileIds: readonly string[],
): FelixChain {
  const rules: FelixRule[] = [
    { matches: [fm.conntrack(['RELATED', 'ESTABLISHED'])], action: fa.accept() },
    { matches: [fm.conntrack(['INVALID'])], action: fa.drop() },
    { matches: [], action: fa.clearMark(MARK_ACCEPT) },
  ];
  if (policyIds.length > 0) {
    rules.push({ comment: 'Start of policies', matches: [], action: fa.clearMark(MARK_PASS) });
    for (const policyId of policyIds) {
      rules.push(
        { matches: [fm.markClear(MARK_PASS)], action: fa.jump(policyChainName(direction, policyId)) },
        { comment: 'Return if policy accepted', matches: [fm.markSet(MARK_ACCEPT)], action: fa.return() },
      );
    }
    rules.push({
      comment: 'Drop if no policies passed packet',
      matches: [fm.markClear(MARK_PASS)],
      action: fa.drop(),
    });
  }
  for (const profileId of profileIds) {
    rules.push(
      { matches: [], action: fa.jump(profileChainName(direction, profileId)) },
      { comment: 'Return if profile accepted', matches: [fm.markSet(MARK_ACCEPT)], action: fa.return() },
    );
  }
  rules.push({ comment: 'Drop if no profiles matched', matches: [], action: fa.drop() });
  return { name: endpointChainName(direction, iface), rules };
}

/**
 * A profile's chain. The namespace profile (`kns.<ns>`) allows everything (`NamespaceToProfile`: ingress and
 * egress `[{action: Allow}]`); the service-account profile (`ksa.<ns>.<sa>`) only carries labels, so its
 * chain is empty.
 */
export function profileChain(direction: PolicyDirection, profileId: string): FelixChain {
  const allows = profileId.startsWith('kns.');
  const rules: FelixRule[] = allows
    ? [
        { matches: [], action: fa.setMark(MARK_ACCEPT) },
        { matches: [fm.markSet(MARK_ACCEPT)], action: fa.return() },
      ]
    : [];
  return { name: profileChainName(direction, profileId), rules };
}
