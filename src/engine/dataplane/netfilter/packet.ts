/**
 * What the matcher needs to know about a packet at one rule, and the node state it may consult. The walker
 * builds these; the matcher never reaches outside them, so evaluation is pure and reproducible.
 */
import type { IpAddress } from './ip.ts';
import type { AddressType, IpProtocol, IpvsMethod, SetFlag } from './matches.ts';

/** The conntrack state the packet was classified with (one of these, before SNAT/DNAT bits are added). */
export type PacketCtState = 'INVALID' | 'NEW' | 'RELATED' | 'ESTABLISHED' | 'UNTRACKED';

/** The packet's conntrack entry as the matcher sees it. */
export interface PacketConntrack {
  readonly state: PacketCtState;
  /** The connection has source NAT (IPS_SRC_NAT): matches the virtual state SNAT. */
  readonly snat: boolean;
  /** The connection has destination NAT (IPS_DST_NAT), e.g. a Service DNAT: matches the virtual state DNAT. */
  readonly dnat: boolean;
}

/** Bridge-port facts br_netfilter records for a packet crossing a Linux bridge. */
export interface PacketBridge {
  /** The bridge port it came in on (e.g. the pod's veth), when known. */
  readonly physIn?: string;
  /** The bridge port it will leave by; only known once the bridge has decided (FORWARD, POSTROUTING). */
  readonly physOut?: string;
}

/**
 * The IPVS connection a packet belongs to (the kernel sets `skb->ipvs_property` once IPVS has handled it and
 * xt_ipvs finds the connection with `conn_out_get`): its virtual service and which way the packet goes.
 */
export interface PacketIpvs {
  readonly vaddr: IpAddress;
  readonly vport: number;
  readonly direction: 'ORIGINAL' | 'REPLY';
  readonly method: IpvsMethod;
}

/** The packet as it is at this rule (after any rewrite earlier in the walk). */
export interface PacketView {
  readonly src: IpAddress;
  readonly dst: IpAddress;
  readonly protocol: IpProtocol;
  /** Transport ports; absent for protocols without ports (ICMP). */
  readonly sport?: number;
  readonly dport?: number;
  /** Absent where the hook has no input device (OUTPUT, POSTROUTING of local traffic). */
  readonly inInterface?: string;
  /** Absent where routing has not chosen one yet (PREROUTING, INPUT). */
  readonly outInterface?: string;
  /** skb->mark, unsigned 32-bit. */
  readonly mark: number;
  readonly conntrack: PacketConntrack;
  /** Present only for bridged packets (br_netfilter). */
  readonly bridge?: PacketBridge;
  /** Present only for packets of an IPVS connection (kube-proxy IPVS mode, after IPVS has scheduled it). */
  readonly ipvs?: PacketIpvs;
}

/** A `recent` list update the walker must apply if it continues past this rule (the matcher itself is pure). */
export interface RecentUpdate {
  readonly list: string;
  readonly address: IpAddress;
  readonly op: 'set' | 'remove';
}

/** Node state the matcher asks about, supplied by the caller. */
export interface MatchLookups {
  /**
   * The kernel's route type of `address` in this network namespace (`inet_dev_addr_type`): LOCAL for the
   * node's own addresses, UNICAST for routable others, BROADCAST/MULTICAST/... With `device`, only that
   * device's addresses count as LOCAL (addrtype `--limit-iface-in/out`).
   */
  addressType(address: IpAddress, device?: string): AddressType;
  /** Whether the packet's tuple, picked by `flags` (e.g. dst,dst = daddr and dport), is in ipset `name`. */
  ipsetContains(name: string, flags: readonly SetFlag[], packet: PacketView): boolean;
  /** Seconds since `address` was last recorded in `recent` list `list`, or undefined if it is not there. */
  recentLastSeen(list: string, address: IpAddress): number | undefined;
}

/** Everything one rule evaluation needs. */
export interface MatchContext {
  readonly packet: PacketView;
  readonly lookups: MatchLookups;
  /**
   * A uniform draw in [0, 1) for this rule's `statistic` match, from the caller's seeded generator (the kernel
   * draws afresh at every statistic rule, so draw once per rule evaluated).
   */
  readonly draw: number;
}
