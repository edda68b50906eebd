/**
 * The per-mode evaluators the walker calls where a node's dataplane is not iptables: kube-proxy's nftables
 * table, IPVS, and Cilium's eBPF service map, policy map and ipcache. Each is a pure function of the node's
 * generated dataplane (never of the Service model), the packet, and the walk's seeded draw.
 *
 * Where each runs (see each module's doc for sources):
 * - nftables: at every hook, `nftBaseChainsAt(node, hook)` lists the `ip kube-proxy` base chains with their
 *   priorities; merge them with the iptables tables at the same hook by `tablePriority(table, hook)` (lower
 *   runs first: netfilter calls every hook function in increasing priority order) and run each with
 *   `evaluateNftBaseChain`, or all of them with `evaluateNftablesHook` when no iptables table has rules there.
 *   An `accept` ends only that base chain; `drop`/`reject` end the packet. Equal priorities (nft nat-prerouting
 *   and iptables nat PREROUTING are both -100; nat-postrouting and nat POSTROUTING both 100): the kernel
 *   puts the hook registered last first (`nf_hook_entries_grow` inserts before equal priorities), which a
 *   walker cannot know; it rarely matters, because all nat-type chains at a hook run in one nat hook only
 *   until one binds a NAT (`nf_nat_inet_fn`): pass `natBound: true` once an iptables nat chain has NATed.
 *   nat chains see only a connection's first packet (`ctState: 'new'`); conntrack NATs the rest.
 * - IPVS: at LOCAL_IN (after filter INPUT, priority 99) for packets routed LOCAL to a VIP on kube-ipvs0, and at
 *   LOCAL_OUT (priority -98, after nat OUTPUT) for the node's own connections. After `ipvsLookup` DNATs, the
 *   packet is re-sent through LOCAL_OUT (OUTPUT chains again) and POSTROUTING (KUBE-POSTROUTING masquerade).
 * - Cilium: `ciliumSocketLb` at connect() in the source pod (kube-proxy replacement), `ciliumPerPacketLb` at
 *   the source `lxc` tc hook otherwise, `ciliumNodePortLb` on the node's external device, `ciliumTcEgress` /
 *   `ciliumTcIngress` at the `lxc` veths, `ciliumLocate` for the tunnel decision.
 */
export type * from './nftables/types.ts';
export { nftBaseChainsAt, nftHookOf } from './nftables/chains.ts';
export { evaluateNftBaseChain, evaluateNftablesHook } from './nftables/evaluate.ts';
export { nftDecider } from './nftables/decider.ts';
export { toNftPacket, applyNftPacket } from './nftables/packet.ts';

export type * from './ipvs/types.ts';
export { ipvsLookup, ipvsAnswersIcmp, ipvsVirtualServerFor, emptyIpvsState } from './ipvs/lookup.ts';
export { IPVS_HOOKS, IPVS_AFTER_DNAT_HOOKS, type IpvsHookPoint } from './ipvs/hooks.ts';
export { ipvsDecider } from './ipvs/decider.ts';

export type * from './cilium/types.ts';
export {
  ciliumSocketLb,
  ciliumPerPacketLb,
  ciliumNodePortLb,
  ciliumServiceDecider,
} from './cilium/services.ts';
export { ciliumTcEgress, ciliumTcIngress, ciliumPolicyDecider } from './cilium/policy.ts';
export { ciliumLocate } from './cilium/tunnel.ts';
