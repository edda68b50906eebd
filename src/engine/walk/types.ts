/**
 * The walk: one packet from a source to a destination, interpreted hop by hop from the dataplane the nodes
 * hold (DESIGN.md "The trace"). Every step says where the packet is, what it looks like after the step, what
 * changed, what decided (with a link into the node views), why (a message key), and the commands that would
 * show it on a real node. Vocabulary after cilium's flow API: verdicts, observation points, drop reasons.
 */
import type { Hook, TableName } from '../dataplane/netfilter/model.ts';
import type { NetnsId } from '../dataplane/types.ts';
import type { MessageParams } from '../diagnostics.ts';

export type L4Protocol = 'tcp' | 'udp' | 'icmp';

/** An outer header while the packet is encapsulated (VXLAN, Geneve: UDP; IPIP: protocol 4). */
export interface OuterHeader {
  readonly srcMac?: string;
  readonly dstMac?: string;
  readonly src: string;
  readonly dst: string;
  readonly protocol: 'udp' | 'ipip';
  readonly sport?: number;
  readonly dport?: number;
  /** VXLAN/Geneve network identifier (flannel.1: 1, vxlan.calico: 4096). */
  readonly vni?: number;
}

/** What the application put in the packet, where it matters for the lesson. */
export type Payload =
  | { readonly kind: 'dns-query'; readonly id: number; readonly name: string; readonly type: 'A' | 'AAAA' }
  | {
      readonly kind: 'dns-answer';
      readonly id: number;
      readonly name: string;
      readonly type: 'A' | 'AAAA';
      readonly rcode: 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL';
      readonly answers: readonly string[];
    }
  | { readonly kind: 'http'; readonly method: string; readonly host: string; readonly path: string }
  | { readonly kind: 'http-response'; readonly status: number }
  /**
   * An ICMP error (port unreachable) quotes the head of the packet that caused it: conntrack finds the
   * connection by that quoted header (RELATED), and NAT rewrites it along with the outer one.
   */
  | {
      readonly kind: 'icmp-error';
      readonly type: 'port-unreachable';
      readonly quoted: {
        readonly protocol: L4Protocol;
        readonly src: string;
        readonly dst: string;
        readonly sport?: number;
        readonly dport?: number;
      };
    };

/** The packet after a step: L2, L3, L4, the outer header while encapsulated, the mark, conntrack state. */
export interface PacketState {
  readonly srcMac?: string;
  readonly dstMac?: string;
  readonly src: string;
  readonly dst: string;
  readonly protocol: L4Protocol;
  readonly sport?: number;
  readonly dport?: number;
  readonly ttl: number;
  /** TCP flags as tcpdump prints them (`S`, `S.`, `.`, `R.`); ICMP type for ICMP (`echo-request`). */
  readonly flags?: string;
  /** The skb mark (`0x4000` after KUBE-MARK-MASQ). */
  readonly mark: number;
  /** conntrack's view (NEW, ESTABLISHED, ... and DNAT/SNAT when NATed), once the packet has been tracked. */
  readonly ctState?: string;
  readonly outer?: OuterHeader;
  readonly payload?: Payload;
}

/** Fields of {@link PacketState} (and `outer.*`) a step rewrote, for the "what changed" highlight. */
export type PacketField =
  'srcMac' | 'dstMac' | 'src' | 'dst' | 'sport' | 'dport' | 'ttl' | 'mark' | 'ctState' | 'outer' | 'payload';

/** Where a step happens. */
export interface StepLocation {
  /** The Kubernetes node, or undefined outside any node (external client, underlay, cloud load balancer). */
  readonly node?: string;
  readonly netns?: NetnsId;
  readonly device?: string;
  readonly hook?: Hook;
  readonly table?: TableName;
  readonly chain?: string;
  /** The position of the deciding rule in its chain (1-based, as `iptables -L --line-numbers`). */
  readonly ruleIndex?: number;
}

/** What decided a step, linked into the node views (`NodeViewLine.refs`). */
export interface Decider {
  /** The rendered rule / route / entry text, as the node view shows it. */
  readonly text: string;
  /** The node view it lives in and the ids its lines carry (`filter/KUBE-FORWARD/2`, `route:host:3`). */
  readonly view: 'iptables-save' | 'nft' | 'ipvsadm' | 'ipset' | 'routes' | 'cilium' | 'system';
  readonly refs: readonly string[];
  /** For netfilter: the jump path that led here (KUBE-SERVICES → KUBE-SVC-… → KUBE-SEP-…). */
  readonly path?: readonly string[];
  /** For netfilter and nftables: the deciding rule among its neighbours in the chain that decided. */
  readonly context?: DeciderContext;
}

/** How a rule shown in a {@link DeciderContext} took part in the walk. */
export type ContextLineRole =
  /** The rule that decided the step (its verdict, NAT or jump that ended in the verdict). */
  | 'decided'
  /** A rule whose matches held on the way (a jump, a MARK) but that did not decide. */
  | 'matched'
  /** A neighbouring rule the packet did not match, shown so the decision reads in place. */
  | 'context';

export interface DeciderContextLine {
  /** The rule as the node view renders it (`-A KUBE-SVC-… -j KUBE-SEP-…`, or the nft statement text). */
  readonly text: string;
  /** 1-based position in the chain, as `iptables -L --line-numbers` and `nft -a` count. */
  readonly position: number;
  readonly role: ContextLineRole;
  /** The node-view line id the rule carries (same ids as {@link Decider.refs}). */
  readonly ref: string;
}

/**
 * A window of the deciding chain around the rule that decided: at most a few rules either side, so a
 * KUBE-SERVICES with thousands of rules stays small. When no rule decided (the chain's policy did), the
 * window is the chain's last rules and `policy` says what applied.
 */
export interface DeciderContext {
  readonly chain: string;
  /** The built-in chain's policy (ACCEPT, DROP, or nft's accept/drop); undefined for user chains. */
  readonly policy?: string;
  readonly lines: readonly DeciderContextLine[];
  /** Rules of the chain before the first line and after the last one that the window leaves out. */
  readonly omittedBefore: number;
  readonly omittedAfter: number;
}

/**
 * Where a step happens in the packet's life, as a closed union. Each kind has its own explanation text
 * (`walk.<kind>` in the catalogues) and its own commands.
 */
export type StepKind =
  /** The application's socket sends (connect/sendto): the route lookup picks the source address. */
  | 'socket-send'
  /** Cilium socket-LB rewrote the destination at connect(): the packet leaves already addressed to a backend. */
  | 'socket-lb'
  /** A routing decision (`ip route get`): local delivery, forward, or no route. */
  | 'route'
  /** ARP/neighbour resolution (including proxy ARP for Calico's 169.254.1.1). */
  | 'neighbour'
  /** A packet crossing a veth pair from one namespace to the other. */
  | 'veth'
  /** A Linux bridge forwarding the frame by its FDB. */
  | 'bridge'
  /** A netfilter hook: the tables' chains at that hook, evaluated rule by rule. */
  | 'netfilter'
  /** kube-proxy nftables: the `ip kube-proxy` table's chains and verdict maps. */
  | 'nftables'
  /** IPVS: a virtual server lookup on kube-ipvs0 and the scheduler's choice of real server. */
  | 'ipvs'
  /** An eBPF program (Cilium tc on lxc*, or the service map). */
  | 'ebpf'
  /** conntrack: a new entry (with its NAT), or an existing entry matched and reversed. */
  | 'conntrack'
  /** Encapsulation into VXLAN/Geneve/IPIP. */
  | 'encap'
  /** Decapsulation on the receiving node. */
  | 'decap'
  /** The wire between nodes, and from external clients or the cloud load balancer to a node. */
  | 'underlay'
  /** The cloud load balancer picks a node (health checks under externalTrafficPolicy Local). */
  | 'load-balancer'
  /** A listening socket receives the packet in the destination netns. */
  | 'deliver'
  /** The walk ends here without delivery: see the trace's verdict and reason. */
  | 'drop'
  /** A DNS server (CoreDNS or the upstream resolver) answers a query. */
  | 'dns-answer'
  /** An L7 proxy (the Ingress controller) picks a backend and opens its own connection. */
  | 'proxy';

export interface Step {
  readonly kind: StepKind;
  readonly at: StepLocation;
  /** The packet after this step. */
  readonly packet: PacketState;
  readonly changed: readonly PacketField[];
  readonly decider?: Decider;
  /** Message key and parameters: `walk.<kind>.<variant>` in the catalogues. */
  readonly explain: { readonly key: string; readonly params: MessageParams };
  /** What to run on a real node to see this (`iptables -t nat -L KUBE-SVC-… -n -v`, `ip route get …`). */
  readonly commands: readonly string[];
}

/** How a walk ended. */
export type Verdict =
  /** A socket in the destination accepted the packet. */
  | 'delivered'
  /** Silently discarded (policy, a DROP rule, no local endpoint, blackhole). */
  | 'dropped'
  /** Rejected with an ICMP error (kube-proxy's "has no endpoints" REJECT). */
  | 'rejected'
  /** Reached the destination, but nothing listens there (TCP RST / ICMP port unreachable). */
  | 'refused'
  /** No route to the destination. */
  | 'no-route'
  /** The name did not resolve. */
  | 'dns-failure'
  /** The TTL ran out (a routing loop). */
  | 'ttl-exceeded';

/** Why a walk that was not delivered ended (cilium's drop reasons where they apply). */
export type DropReason =
  | 'policy-denied'
  | 'rule-drop'
  | 'no-endpoints'
  | 'no-local-endpoint'
  | 'source-range-denied'
  | 'invalid-ct-state'
  | 'blackhole-route'
  | 'no-route'
  | 'no-listener'
  | 'nxdomain'
  | 'ttl-exceeded'
  | 'no-ingress-route'
  | 'unsupported';

export interface ConntrackEntry {
  readonly protocol: L4Protocol;
  readonly node: string;
  readonly original: {
    readonly src: string;
    readonly dst: string;
    readonly sport?: number;
    readonly dport?: number;
  };
  readonly reply: {
    readonly src: string;
    readonly dst: string;
    readonly sport?: number;
    readonly dport?: number;
  };
  readonly state: string;
  readonly nat: readonly ('DNAT' | 'SNAT')[];
  readonly mark: number;
  /** As `conntrack -L` prints it. */
  readonly text: string;
}

/** One DNS query the resolver sent, in order. */
export interface DnsQuery {
  readonly name: string;
  readonly type: 'A' | 'AAAA';
  readonly rcode: 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL';
  readonly answers: readonly string[];
  /** The server the query went to (the kube-dns ClusterIP) and the CoreDNS pod that answered it. */
  readonly server: string;
  readonly answeredBy?: string;
  /** The walk of the query itself (the UDP packet to kube-dns and back). */
  readonly steps: readonly Step[];
}

/** The connection's far end as the destination sees it. */
export interface TraceDestination {
  readonly pod?: string;
  readonly ip: string;
  readonly port?: number;
}

export interface Walk {
  readonly steps: readonly Step[];
  readonly verdict: Verdict;
  readonly reason?: DropReason;
}

export interface Trace {
  readonly request: TraceRequest;
  readonly verdict: Verdict;
  readonly reason?: DropReason;
  /** Message key and parameters for the one-line summary of the outcome. */
  readonly summary: { readonly key: string; readonly params: MessageParams };
  readonly destination: TraceDestination | null;
  readonly dns: readonly DnsQuery[];
  readonly steps: readonly Step[];
  /** The reply walk back through conntrack (SYN-ACK, echo reply, DNS answer), when the forward walk delivered. */
  readonly reply: Walk | null;
  readonly conntrack: readonly ConntrackEntry[];
  /** For an Ingress URL: the second connection, from the controller pod to the backend. */
  readonly upstream?: Trace;
}

/**
 * What to walk (DESIGN.md, command line): `from` is `pod/<ns>/<name>`, `<ns>/<name>`, `<name>` (a pod, or a
 * Deployment/StatefulSet/DaemonSet meaning its first pod by name), `node/<name>`, `external` or
 * `external/<ip>`; `to` is `<ip>:<port>`, `<dns-name>:<port>`, `svc/<ns>/<name>:<port>`, or an
 * `http://host[:port]/path` URL through the Ingress controller.
 */
export interface TraceRequest {
  readonly from: string;
  readonly to: string;
  readonly protocol: L4Protocol;
  /** Seeds every random choice (statistic, numgen, IPVS rr start, source ports): same seed, same walk. */
  readonly seed: number;
}
