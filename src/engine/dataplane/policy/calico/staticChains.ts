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
 * - With an IPIP pool, cali-INPUT first accepts IPIP (`-p 4`) only from Calico hosts (`cali40all-hosts-net`) to a
 *   local address and drops any other, and cali-OUTPUT accepts IPIP to those hosts; with a VXLAN pool the same
 *   for UDP 4789 and `cali40all-vxlan-net` (felix `filterInputChain` / `filterOutputChain`). The ids of these
 *   rules and of the rules after them are pinned against public dumps in `encap.test.ts`.
 *
 * Left out: newer Felix's encap drops on `cali-fw-` ("Drop VXLAN/IPinIP encapped packets originating in
 * workloads") and `cali-cidr-block`, which the Felix of our golden dumps (GKE 2019) does not write.
 */
import { assertNever } from '../../netfilter/assertNever.ts';
import type { RulesetBuilder } from '../../netfilter/builder.ts';
import { CHAIN_FROM_WORKLOAD_DISPATCH, CHAIN_TO_WORKLOAD_DISPATCH } from './dispatch.ts';
import { fa, fm, insertFelixRules, writeFelixChain, type FelixChain, type FelixRule } from './felixRule.ts';
import { MARK_ACCEPT, MARK_PASS, MARK_SCRATCH0, MARK_SCRATCH1 } from './policyChains.ts';

export const CHAIN_FORWARD = 'cali-FORWARD';
export const CHAIN_INPUT = 'cali-INPUT';
export const CHAIN_OUTPUT = 'cali-OUTPUT';
export const CHAIN_WORKLOAD_TO_HOST = 'cali-wl-to-host';
export const CHAIN_FROM_HEP_FORWARD = 'cali-from-hep-forward';
export const CHAIN_TO_HEP_FORWARD = 'cali-to-hep-forward';
export const CHAIN_FROM_HOST_ENDPOINT = 'cali-from-host-endpoint';
export const CHAIN_TO_HOST_ENDPOINT = 'cali-to-host-endpoint';

/** Felix's ipsets of every Calico node's address (`IPSetIDAllHostNets`, `IPSetIDAllVXLANSourceNets`). */
export const IPSET_ALL_HOSTS = 'cali40all-hosts-net';
export const IPSET_ALL_VXLAN = 'cali40all-vxlan-net';

/** FELIX_VXLANPORT's default. */
export const VXLAN_PORT = 4789;

/** How the node's IP pool carries pod traffic between nodes, as far as Felix's static rules care. */
export type CalicoEncap = 'ipip' | 'vxlan' | 'none';

/** The encapsulation rules at the top of cali-INPUT (`filterInputChain`). */
function encapInputRules(encap: CalicoEncap): FelixRule[] {
  switch (encap) {
    case 'ipip':
      return [
        {
          comment: 'Allow IPIP packets from Calico hosts',
          matches: [fm.protocolNum('ipencap'), fm.ipset(IPSET_ALL_HOSTS, 'src'), fm.addrType('dst', 'LOCAL')],
          action: fa.accept(),
        },
        {
          comment: 'Drop IPIP packets from non-Calico hosts',
          matches: [fm.protocolNum('ipencap')],
          action: fa.drop(),
        },
      ];
    case 'vxlan': {
      const vxlan = [fm.protocolNum('udp'), fm.destPorts([{ first: VXLAN_PORT, last: VXLAN_PORT }])];
      return [
        {
          comment: 'Allow IPv4 VXLAN packets from allowed hosts',
          matches: [...vxlan, fm.ipset(IPSET_ALL_VXLAN, 'src'), fm.addrType('dst', 'LOCAL')],
          action: fa.accept(),
        },
        {
          comment: 'Drop IPv4 VXLAN packets from non-allowed hosts',
          matches: [...vxlan, fm.addrType('dst', 'LOCAL')],
          action: fa.drop(),
        },
      ];
    }
    case 'none':
      return [];
    default:
      return assertNever(encap);
  }
}

/** The rule in cali-OUTPUT that lets the node's own encapsulated traffic out to the other nodes. */
function encapOutputRules(encap: CalicoEncap): FelixRule[] {
  switch (encap) {
    case 'ipip':
      return [
        {
          comment: 'Allow IPIP packets to other Calico hosts',
          matches: [fm.protocolNum('ipencap'), fm.ipset(IPSET_ALL_HOSTS, 'dst'), fm.addrType('src', 'LOCAL')],
          action: fa.accept(),
        },
      ];
    case 'vxlan':
      return [
        {
          comment: 'Allow IPv4 VXLAN packets to other allowed hosts',
          matches: [
            fm.protocolNum('udp'),
            fm.destPorts([{ first: VXLAN_PORT, last: VXLAN_PORT }]),
            fm.addrType('src', 'LOCAL'),
            fm.ipset(IPSET_ALL_VXLAN, 'dst'),
          ],
          action: fa.accept(),
        },
      ];
    case 'none':
      return [];
    default:
      return assertNever(encap);
  }
}

/** Every bit Felix owns in the mark (`allCalicoMarkBits`). */
const ALL_MARK_BITS = MARK_ACCEPT | MARK_PASS | MARK_SCRATCH0 | MARK_SCRATCH1;

/** The interface wildcard for workloads (FELIX_INTERFACEPREFIX `cali` + iptables' `+`). */
const WORKLOAD_WILDCARD = 'cali+';

function staticChains(encap: CalicoEncap): readonly FelixChain[] {
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
        ...encapInputRules(encap),
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
        ...encapOutputRules(encap),
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
export function writeStaticChains(rules: RulesetBuilder, encap: CalicoEncap): void {
  for (const chain of staticChains(encap)) writeFelixChain(rules, chain);
  insertFelixRules(rules, 'INPUT', [{ matches: [], action: fa.jump(CHAIN_INPUT) }]);
  insertFelixRules(rules, 'FORWARD', [{ matches: [], action: fa.jump(CHAIN_FORWARD) }]);
  insertFelixRules(rules, 'OUTPUT', [{ matches: [], action: fa.jump(CHAIN_OUTPUT) }]);
}
