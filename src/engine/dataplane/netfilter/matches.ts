/**
 * Every match a rule can carry, as a closed union. A rule's `matches` are stored in the order their writer put
 * the arguments (kube-proxy writes `-m tcp -p tcp -d 10.96.0.10 --dport 53`), so the restore renderer can replay
 * them; the save renderer and the matcher regroup them the way iptables does (see `canonical.ts`).
 */
import type { Cidr, IpAddress } from './ip.ts';

/** Transport protocols with ports, the ones `-m tcp|udp|sctp` and `multiport` understand. */
export type L4Protocol = 'tcp' | 'udp' | 'sctp';

/**
 * Protocols `-p` can name in our rules. `ipencap` is IP protocol 4 (IP-in-IP, Calico's IPIP), named as
 * Debian/Ubuntu's `/etc/protocols` (netbase) names it; see `protocols.ts` for how each is written and saved.
 */
export type IpProtocol = L4Protocol | 'icmp' | 'icmpv6' | 'ipencap';

/** An inclusive port range; a single port has `first === last`. */
export interface PortRange {
  readonly first: number;
  readonly last: number;
}

/** `[!] -s addr[/prefix]`: the source address is (not) inside the range. */
export interface SourceMatch {
  readonly kind: 'source';
  readonly cidr: Cidr;
  readonly negated: boolean;
}

/** `[!] -d addr[/prefix]`: the destination address is (not) inside the range. */
export interface DestinationMatch {
  readonly kind: 'destination';
  readonly cidr: Cidr;
  readonly negated: boolean;
}

/**
 * `[!] -p proto`: the IP protocol is (not) this one. `numeric` records that the writer gave the number
 * (Felix writes `-p 4`, "because the name is not guaranteed to be known"), which only the restore text shows:
 * the kernel stores the number either way.
 */
export interface ProtocolMatch {
  readonly kind: 'protocol';
  readonly protocol: IpProtocol;
  readonly negated: boolean;
  readonly numeric?: boolean;
}

/** `[!] -i name`: the packet came in on this interface; a trailing `+` matches any name with that prefix. */
export interface InInterfaceMatch {
  readonly kind: 'in-interface';
  readonly name: string;
  readonly negated: boolean;
}

/** `[!] -o name`: the packet leaves by this interface; a trailing `+` is a prefix wildcard. */
export interface OutInterfaceMatch {
  readonly kind: 'out-interface';
  readonly name: string;
  readonly negated: boolean;
}

/**
 * `-m tcp|udp|sctp` on its own: loads the protocol match. With no port option it matches any (non-fragment)
 * packet of the protocol; the port options that follow attach to it, wherever they appear in the arguments.
 */
export interface PortModuleMatch {
  readonly kind: 'port-module';
  readonly protocol: L4Protocol;
}

/**
 * `[!] --sport|--dport port[:port]`: an option of the tcp/udp/sctp match. Kept as its own element because
 * writers interleave it with other arguments; without a preceding `-m <proto>` iptables loads the match
 * implicitly at this position (`-p tcp --dport 53` saves as `-p tcp -m tcp --dport 53`).
 */
export interface PortMatch {
  readonly kind: 'port';
  readonly protocol: L4Protocol;
  readonly side: 'source' | 'destination';
  readonly range: PortRange;
  readonly negated: boolean;
}

/** `-m multiport [!] --sports|--dports|--ports p1,p2:p3`: up to 15 ports or ranges; `either` is `--ports`. */
export interface MultiportMatch {
  readonly kind: 'multiport';
  readonly side: 'source' | 'destination' | 'either';
  readonly ports: readonly PortRange[];
  readonly negated: boolean;
}

/** The kernel's route types (RTN_*), in their numeric order, which is the order iptables-save prints them in. */
export const ADDRESS_TYPES = [
  'UNSPEC',
  'UNICAST',
  'LOCAL',
  'BROADCAST',
  'ANYCAST',
  'MULTICAST',
  'BLACKHOLE',
  'UNREACHABLE',
  'PROHIBIT',
  'THROW',
  'NAT',
  'XRESOLVE',
] as const;

export type AddressType = (typeof ADDRESS_TYPES)[number];

/** One side of an addrtype match: the address's type is (not) one of `types`. */
export interface AddressTypeTest {
  readonly types: readonly AddressType[];
  readonly negated: boolean;
}

/**
 * `-m addrtype [[!] --src-type T,...] [[!] --dst-type T,...] [--limit-iface-in|--limit-iface-out]`. The type
 * comes from a route lookup; with a limit, only the in/out device's addresses count as LOCAL.
 */
export interface AddrtypeMatch {
  readonly kind: 'addrtype';
  readonly src?: AddressTypeTest;
  readonly dst?: AddressTypeTest;
  readonly limitIface?: 'in' | 'out';
}

/**
 * `-m mark [!] --mark value[/mask]`: `(skb->mark & mask) == value`, mask defaulting to 0xffffffff.
 * `hexWidth` only shapes the restore text: kube-proxy formats marks with Go `%#08x` (`0x00004000`).
 */
export interface MarkMatch {
  readonly kind: 'mark';
  readonly value: number;
  readonly mask?: number;
  readonly negated: boolean;
  readonly hexWidth?: number;
}

/** Conntrack states, in the bit order iptables-save prints them; SNAT/DNAT are "the connection was NATed". */
export const CT_STATES = ['INVALID', 'NEW', 'RELATED', 'ESTABLISHED', 'UNTRACKED', 'SNAT', 'DNAT'] as const;

export type CtState = (typeof CT_STATES)[number];

/** `-m conntrack [!] --ctstate S1,S2`: the packet's state bits intersect (or, negated, miss) the set. */
export interface ConntrackMatch {
  readonly kind: 'conntrack';
  readonly states: readonly CtState[];
  readonly negated: boolean;
}

/**
 * `-m statistic --mode random [!] --probability p`. `probability` is the string the writer used (kube-proxy:
 * `%0.10f` of 1/n); the kernel keeps `lround(2^31 p)` and that is what decides and what iptables-save prints.
 */
export interface StatisticMatch {
  readonly kind: 'statistic';
  readonly probability: string;
  readonly negated: boolean;
}

/** What a `recent` match does with its list. */
export type RecentMode = 'set' | 'rcheck' | 'update' | 'remove';

/**
 * `-m recent [!] --set|--rcheck|--update|--remove [--seconds n] [--reap] --name list [--mask m] [--rsource|--rdest]`.
 * Optional fields are the ones the writer may leave to defaults (mask all-ones, side rsource); iptables-save
 * prints them filled in.
 */
export interface RecentMatch {
  readonly kind: 'recent';
  readonly name: string;
  readonly mode: RecentMode;
  readonly seconds?: number;
  readonly reap: boolean;
  readonly mask?: IpAddress;
  readonly side?: 'rsource' | 'rdest';
  readonly negated: boolean;
}

/** The states the legacy `state` match knows (no SNAT/DNAT), in the order libxt_state prints them. */
export const STATE_STATES = ['INVALID', 'NEW', 'RELATED', 'ESTABLISHED', 'UNTRACKED'] as const;

export type StateState = (typeof STATE_STATES)[number];

/**
 * `-m state [!] --state S1,S2`: the older spelling of `conntrack --ctstate` (libxt_state, an alias the kernel
 * serves with xt_conntrack), still written by weave-npc and weaver (`-m state --state NEW`).
 */
export interface StateMatch {
  readonly kind: 'state';
  readonly states: readonly StateState[];
  readonly negated: boolean;
}

/** IPVS forwarding methods (IP_VS_CONN_F_*), as libxt_ipvs names them. */
export type IpvsMethod = 'GATE' | 'IPIP' | 'MASQ';

/** One negatable option of the ipvs match. */
export interface IpvsTest<T> {
  readonly value: T;
  readonly negated: boolean;
}

/**
 * `-m ipvs [[!] --ipvs] [[!] --vproto p] [[!] --vaddr a[/m]] [[!] --vport n] [--vdir ORIGINAL|REPLY]
 * [[!] --vmethod M]` (xt_ipvs): whether the packet belongs to an IPVS connection, and facts about its virtual
 * service. Any option other than `--ipvs` implies it (libxt_ipvs `ipvs_mt_check`), so `ipvs` is only kept
 * when it is the sole option. kube-proxy writes `-m ipvs --vaddr LB --vproto tcp --vport 80` in
 * KUBE-IPVS-OUT-FILTER; kube-router `--ipvs --vdir ORIGINAL --vmethod MASQ`.
 */
export interface IpvsMatch {
  readonly kind: 'ipvs';
  readonly ipvs?: IpvsTest<true>;
  readonly vproto?: IpvsTest<L4Protocol>;
  readonly vaddr?: IpvsTest<Cidr>;
  readonly vport?: IpvsTest<number>;
  /** ORIGINAL: the packet goes client → virtual service; REPLY: the way back (conntrack direction). */
  readonly vdir?: 'ORIGINAL' | 'REPLY';
  readonly vmethod?: IpvsTest<IpvsMethod>;
}

/** `-m comment --comment text`: always matches; it is how kube-proxy labels every rule. */
export interface CommentMatch {
  readonly kind: 'comment';
  readonly text: string;
}

/** Which packet field each dimension of an ipset lookup takes. */
export type SetFlag = 'src' | 'dst';

/** `-m set [!] --match-set name dst,dst`: the packet's (address, port, ...) tuple is (not) in the ipset. */
export interface SetMatch {
  readonly kind: 'set';
  readonly name: string;
  readonly flags: readonly SetFlag[];
  readonly negated: boolean;
}

/** One negatable physdev flag. */
export interface PhysdevTest {
  readonly negated: boolean;
}

/** One negatable physdev port name (`+` wildcard allowed). */
export interface PhysdevPortTest {
  readonly name: string;
  readonly negated: boolean;
}

/**
 * `-m physdev [!] --physdev-in n [!] --physdev-out n [!] --physdev-is-in [!] --physdev-is-out [!] --physdev-is-bridged`:
 * bridge-port facts that br_netfilter attaches to packets crossing a Linux bridge (cni0, docker0).
 */
export interface PhysdevMatch {
  readonly kind: 'physdev';
  readonly physdevIn?: PhysdevPortTest;
  readonly physdevOut?: PhysdevPortTest;
  readonly isIn?: PhysdevTest;
  readonly isOut?: PhysdevTest;
  readonly isBridged?: PhysdevTest;
}

/** `-m nfacct --nfacct-name name`: always matches, counting into an accounting object. */
export interface NfacctMatch {
  readonly kind: 'nfacct';
  readonly name: string;
}

/** The IP-header tests iptables keeps outside the match list and always prints first. */
export type HeaderMatch =
  SourceMatch | DestinationMatch | ProtocolMatch | InInterfaceMatch | OutInterfaceMatch;

/** The `-m` extensions. */
export type ExtensionMatch =
  | PortModuleMatch
  | PortMatch
  | MultiportMatch
  | AddrtypeMatch
  | MarkMatch
  | ConntrackMatch
  | StateMatch
  | IpvsMatch
  | StatisticMatch
  | RecentMatch
  | CommentMatch
  | SetMatch
  | PhysdevMatch
  | NfacctMatch;

export type Match = HeaderMatch | ExtensionMatch;

/** Whether a match is one of the IP-header tests. */
export function isHeaderMatch(match: Match): match is HeaderMatch {
  return (
    match.kind === 'source' ||
    match.kind === 'destination' ||
    match.kind === 'protocol' ||
    match.kind === 'in-interface' ||
    match.kind === 'out-interface'
  );
}
