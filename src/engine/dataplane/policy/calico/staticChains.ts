/**
 * Felix's fixed filter-table chains (felix/rules/static.go) and its jumps from the kernel chains, as the public
 * Felix v3.x iptables dumps show them (every `cali:` id here recomputes to the one in those dumps):
 *
 * - FORWARD → `cali-FORWARD`: egress policy of the pod a packet comes from (`-i cali+`), ingress policy of
 *   the pod it goes to (`-o cali+`), ACCEPT once a policy or profile set the accept mark.
 * - INPUT → `cali-INPUT`: a pod talking to its own node goes through the pod's egress policy
 *   (`cali-wl-to-host` → `cali-from-wl-dispatch`), then DefaultEndpointToHostAction (ACCEPT, as calico.yaml
 *   sets it).
 * - OUTPUT → `cali-OUTPUT`: host-originated packets to a local pod RETURN before any workload chain — Felix does
 *   not police host → workload traffic ("useful to be able to contact any local workload from the host"),
 *   which is how kubelet probes get through.
 *
 * Left out, because the rule model cannot express them yet: the IPIP allow/drop rules on cali-INPUT/OUTPUT
 * (`-p ipencap`, `-p 4`), and newer Felix's VXLAN/IPIP encap drops on `cali-fw-` and `cali-cidr-block`.
 */
import type { RulesetBuilder } from '../../netfilter/builder.ts';
import { CHAIN_FROM_WORKLOAD_DISPATCH, CHAIN_TO_WORKLOAD_DISPATCH } from './dispatch.ts';
import { fa, fm, insertFelixRules, writeFelixChain, type FelixChain } from './felixRule.ts';
import { MARK_ACCEPT, MARK_PASS, MARK_SCRATCH0, MARK_SCRATCH1 } from './policyChains.ts';

export const CHAIN_FORWARD = 'cali-FORWARD';
export const CHAIN_INPUT = 'cali-INPUT';
export const CHAIN_OUTPUT = 'cali-OUTPUT';
export const CHAIN_WORKLOAD_TO_HOST = 'cali-wl-to-host';
export const CHAIN_FROM_HEP_FORWARD = 'cali-from-hep-forward';
export const CHAIN_TO_HEP_FORWARD = 'cali-to-hep-forward';
export const CHAIN_FROM_HOST_ENDPOINT = 'cali-from-host-endpoint';
export const CHAIN_TO_HOST_ENDPOINT = 'cali-to-host-endpoint';

/** Every bit Felix owns in the mark (`allCalicoMarkBits`). */
const ALL_MARK_BITS = MARK_ACCEPT | MARK_PASS | MARK_SCRATCH0 | MARK_SCRATCH1;

/** The interface wildcard for workloads (FELIX_INTERFACEPREFIX `cali` + iptables' `+`). */
const WORKLOAD_WILDCARD = 'cali+';

function staticChains(): readonly FelixChain[] {
  const policyAccepted = {
    comment: 'Policy explicitly accepted packet.',
    matches: [fm.markSet(MARK_ACCEPT)],
    action: fa.accept(),
  };
  const hostAccepted = {
    comment: 'Host endpoint policy accepted packet.',
    matches: [fm.markSet(MARK_ACCEPT)],
    action: fa.accept(),
  };
  return [
    {
      name: CHAIN_FORWARD,
      rules: [
        // The accept bit is kept: the raw and mangle (pre-DNAT) chains may have set it.
        { matches: [], action: fa.clearMark(ALL_MARK_BITS & ~MARK_ACCEPT) },
        { matches: [fm.markClear(MARK_ACCEPT)], action: fa.jump(CHAIN_FROM_HEP_FORWARD) },
        { matches: [fm.inInterface(WORKLOAD_WILDCARD)], action: fa.jump(CHAIN_FROM_WORKLOAD_DISPATCH) },
        { matches: [fm.outInterface(WORKLOAD_WILDCARD)], action: fa.jump(CHAIN_TO_WORKLOAD_DISPATCH) },
        { matches: [], action: fa.jump(CHAIN_TO_HEP_FORWARD) },
        policyAccepted,
      ],
    },
    {
      name: CHAIN_INPUT,
      rules: [
        { matches: [fm.inInterface(WORKLOAD_WILDCARD)], action: fa.goto(CHAIN_WORKLOAD_TO_HOST) },
        { matches: [fm.markSet(MARK_ACCEPT)], action: fa.accept() },
        { matches: [], action: fa.clearMark(ALL_MARK_BITS) },
        { matches: [], action: fa.jump(CHAIN_FROM_HOST_ENDPOINT) },
        hostAccepted,
      ],
    },
    {
      name: CHAIN_OUTPUT,
      rules: [
        { matches: [fm.markSet(MARK_ACCEPT)], action: fa.accept() },
        { matches: [fm.outInterface(WORKLOAD_WILDCARD)], action: fa.return() },
        { matches: [], action: fa.clearMark(ALL_MARK_BITS) },
        { matches: [fm.conntrack(['DNAT'], true)], action: fa.jump(CHAIN_TO_HOST_ENDPOINT) },
        hostAccepted,
      ],
    },
    {
      name: CHAIN_WORKLOAD_TO_HOST,
      rules: [
        { matches: [], action: fa.jump(CHAIN_FROM_WORKLOAD_DISPATCH) },
        { comment: 'Configured DefaultEndpointToHostAction', matches: [], action: fa.accept() },
      ],
    },
    // No host endpoints are modelled, so their dispatch chains exist (they are jumped to) but are empty.
    { name: CHAIN_FROM_HEP_FORWARD, rules: [] },
    { name: CHAIN_TO_HEP_FORWARD, rules: [] },
    { name: CHAIN_FROM_HOST_ENDPOINT, rules: [] },
    { name: CHAIN_TO_HOST_ENDPOINT, rules: [] },
  ];
}

/** Writes the static chains and inserts the jumps at the top of INPUT, FORWARD and OUTPUT. */
export function writeStaticChains(rules: RulesetBuilder): void {
  for (const chain of staticChains()) writeFelixChain(rules, chain);
  insertFelixRules(rules, 'INPUT', [{ matches: [], action: fa.jump(CHAIN_INPUT) }]);
  insertFelixRules(rules, 'FORWARD', [{ matches: [], action: fa.jump(CHAIN_FORWARD) }]);
  insertFelixRules(rules, 'OUTPUT', [{ matches: [], action: fa.jump(CHAIN_OUTPUT) }]);
}
