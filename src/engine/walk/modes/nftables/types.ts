/**
 * What the walker hands the nftables evaluator and what it gets back. kube-proxy's nftables mode keeps all its
 * rules in one `ip kube-proxy` table of base chains (each attached to a hook at a priority), regular chains,
 * sets and verdict maps (REFERENCE.md §3); the evaluator interprets exactly that table, the way the kernel's
 * nf_tables core does, and reports every rule and set/map element that matched, by the ids the
 * `nft list ruleset` view lines carry, so the UI can highlight them.
 */
import type { Hook } from '../../../dataplane/netfilter/model.ts';
import type { NftBaseChain, NftHook, NftObjectId } from '../../../dataplane/kubeproxy/nftables/model.ts';

/** The packet as nftables sees it at a hook (after any rewrite earlier in the walk). */
export interface NftPacket {
  readonly src: string;
  readonly dst: string;
  readonly protocol: 'tcp' | 'udp' | 'sctp' | 'icmp';
  /** Transport ports; absent for ICMP (then `th dport` matches nothing). */
  readonly sport?: number;
  readonly dport?: number;
  /** skb->mark, unsigned 32-bit. */
  readonly mark: number;
  /** conntrack's classification of this packet (`ct state new`). */
  readonly ctState: 'new' | 'established' | 'related' | 'invalid';
}

/** Node state the evaluator asks about; the walker supplies it (the evaluator never reaches outside). */
export interface NftHookContext {
  /** `fib daddr type local` / `fib saddr type local`: is the address one of this node's (a LOCAL route)? */
  isLocal(ip: string): boolean;
  /** A uniform draw in [0, 1) from the walk's seeded generator; called once per `numgen random` evaluated. */
  draw(): number;
  /**
   * Whether a dynamic set (kube-proxy's `affinity-…` sets, filled by `update @set { ip saddr }`) holds the
   * address now. The generated table has these sets empty; the walker keeps what earlier packets added
   * (from {@link NftHookResult.setUpdates}). Absent: every dynamic set is empty.
   */
  dynamicSetContains?(set: string, ip: string): boolean;
  /**
   * A NAT binding of this hook's kind (destination at prerouting/output, source at input/postrouting) already
   * exists for the connection, e.g. set up by an iptables nat table the walker ran first at this hook: the
   * kernel then consults no further nat chains (`nf_nat_inet_fn`), so `nat` base chains are skipped.
   */
  readonly natBound?: boolean;
}

/** A base chain attached at a hook, with what the walker needs to merge it with the iptables tables there. */
export interface NftBaseChainAt {
  /** The table (`kube-proxy`). */
  readonly table: string;
  readonly name: string;
  readonly id: NftObjectId;
  readonly type: NftBaseChain['type'];
  readonly hook: NftHook;
  /** The same hook in iptables spelling, for merging with `tablePriority(table, hook)`. */
  readonly iptablesHook: Hook;
  /** Numeric priority; lower runs first (nft's dstnat = -100, filter = 0, srcnat = 100). */
  readonly priority: number;
  readonly policy: NftBaseChain['policy'];
}

/** A NAT decision of a `nat` chain (nf_nat rewrites the header as soon as the nat hook returns). */
export type NftNat =
  | { readonly kind: 'dnat'; readonly address: string; readonly port: number }
  /** The source becomes the outgoing interface's primary address; the walker knows which interface. */
  | { readonly kind: 'masquerade'; readonly fullyRandom: boolean };

/** What one matching rule did. */
export type NftRuleEffect =
  /** Only side effects (mark set, set update); evaluation went on with the next rule. */
  'continue' | 'jump' | 'goto' | 'return' | 'accept' | 'drop' | 'reject' | 'dnat' | 'masquerade';

/** One rule whose matches all held (so its statements ran), in evaluation order. */
export interface NftRuleHit {
  /** The rule id the `nft list ruleset` line carries (`ip kube-proxy/chain/services/1`). */
  readonly rule: NftObjectId;
  readonly chain: string;
  /** 1-based position in its chain. */
  readonly position: number;
  /** The chain path from the base chain down to this rule's chain (`nat-prerouting → services → service-…`). */
  readonly path: readonly string[];
  /** Set / map elements the rule matched on (`ip kube-proxy/map/service-ips/10.96.0.10 . udp . 53`). */
  readonly elements: readonly NftObjectId[];
  readonly effect: NftRuleEffect;
  /** For `numgen random mod N vmap`: the number drawn (0-based) out of N. */
  readonly numgen?: { readonly index: number; readonly of: number };
  /** The rule as `nft list ruleset` prints it (without the leading tabs). */
  readonly text: string;
}

/** One base chain's run. */
export interface NftChainRun {
  readonly chain: NftBaseChainAt;
  /** How the base chain ended: an explicit verdict, or its policy (`byPolicy`). */
  readonly verdict: 'accept' | 'drop' | 'reject';
  readonly byPolicy: boolean;
  /**
   * Whether the chain was skipped: a `nat` chain sees only the first packet of a connection, and only until
   * a nat chain at the hook has bound the NAT (see {@link NftHookContext.natBound}).
   */
  readonly skipped: boolean;
  readonly hits: readonly NftRuleHit[];
}

/** A dynamic-set update the walker must remember (`update @affinity-… { ip saddr }`). */
export interface NftSetUpdate {
  readonly set: string;
  readonly address: string;
}

/**
 * The result at one hook.
 * - `accept`: a rule accepted explicitly (including NAT, which accepts); the packet goes on.
 * - `continue`: no rule decided; every base chain ran off its end into policy accept; the packet goes on.
 * - `drop`: discarded silently. `reject`: discarded with an ICMP port unreachable (nft's default `reject` for
 *   the ip family) sent back to the source.
 */
export interface NftHookResult {
  readonly hook: NftHook;
  readonly verdict: 'accept' | 'drop' | 'reject' | 'continue';
  /** The packet after the hook (dst rewritten by DNAT, mark updated). Masquerade is reported in `nat`. */
  readonly packet: NftPacket;
  readonly nat?: NftNat;
  /** The mark after the hook (same as `packet.mark`). */
  readonly mark: number;
  /** The base chains in the order they ran. */
  readonly chains: readonly NftChainRun[];
  /** Every matching rule across all base chains, in order. */
  readonly hits: readonly NftRuleHit[];
  /** The rule that decided (drop, reject, NAT or explicit accept), when one did. */
  readonly decidedBy?: NftRuleHit;
  readonly setUpdates: readonly NftSetUpdate[];
}

/** The result of one base chain, for a walker that interleaves nftables and iptables chains itself. */
export interface NftChainResult {
  readonly run: NftChainRun;
  readonly packet: NftPacket;
  readonly nat?: NftNat;
  readonly decidedBy?: NftRuleHit;
  readonly setUpdates: readonly NftSetUpdate[];
}
