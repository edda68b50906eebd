/**
 * Where IPVS sits in netfilter (net/netfilter/ipvs/ip_vs_core.c, `ip_vs_ops4`; NF_IP_PRI_NAT_SRC = 100,
 * NF_IP_PRI_NAT_DST = -100), for the walker to order IPVS against the iptables tables at the same hook:
 *
 * - A request from another host or a pod arrives, routing says LOCAL (the VIP is on kube-ipvs0), filter INPUT
 *   (priority 0) runs, then `ip_vs_in_hook` at LOCAL_IN priority 99 schedules and DNATs it (Masq), before
 *   nat INPUT (100). A request from the node itself is taken at LOCAL_OUT priority -98, after nat OUTPUT
 *   (-100) and before filter OUTPUT (0).
 * - After the DNAT, `ip_vs_nat_send_or_cont` routes the packet to the real server and re-injects it with
 *   `NF_HOOK(NF_INET_LOCAL_OUT, …, dst_output)` (ip_vs_xmit.c): it passes the OUTPUT hook again (raw, mangle,
 *   nat OUTPUT, filter OUTPUT; IPVS skips it, `skb->ipvs_property` is set) and then POSTROUTING, where
 *   kube-proxy's KUBE-POSTROUTING masquerades it if KUBE-MARK-MASQ marked it. It does not pass FORWARD.
 *   When the real server is on this node itself (a local real server address) the packet is accepted in
 *   place instead (NF_ACCEPT) and continues up the local stack.
 * - Replies from the real server are un-NATed by `ip_vs_out_hook` at FORWARD 100 (when routed through the
 *   node), LOCAL_IN 98, or LOCAL_OUT -99. With `net.ipv4.vs.conntrack=1` (kube-proxy sets it) conntrack also
 *   holds the DNAT, so `conntrack -L` shows the connection.
 */
import type { Hook } from '../../../dataplane/netfilter/model.ts';

export interface IpvsHookPoint {
  readonly hook: Hook;
  readonly priority: number;
  /** The kernel function registered there. */
  readonly fn: 'ip_vs_in_hook' | 'ip_vs_out_hook' | 'ip_vs_forward_icmp';
  /** `request`: schedule + DNAT; `reply`: reverse the NAT of a reply; `icmp`: ICMP errors for IPVS flows. */
  readonly role: 'request' | 'reply' | 'icmp';
}

export const IPVS_HOOKS: readonly IpvsHookPoint[] = [
  { hook: 'INPUT', priority: 98, fn: 'ip_vs_out_hook', role: 'reply' },
  { hook: 'INPUT', priority: 99, fn: 'ip_vs_in_hook', role: 'request' },
  { hook: 'OUTPUT', priority: -99, fn: 'ip_vs_out_hook', role: 'reply' },
  { hook: 'OUTPUT', priority: -98, fn: 'ip_vs_in_hook', role: 'request' },
  { hook: 'FORWARD', priority: 99, fn: 'ip_vs_forward_icmp', role: 'icmp' },
  { hook: 'FORWARD', priority: 100, fn: 'ip_vs_out_hook', role: 'reply' },
];

/** The hooks a DNATed IPVS packet passes after `ip_vs_in_hook` sent it on (not for a local real server). */
export const IPVS_AFTER_DNAT_HOOKS: readonly Hook[] = ['OUTPUT', 'POSTROUTING'];
