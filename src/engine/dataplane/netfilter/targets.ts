/**
 * What a rule does when it matches, as a closed union. Only the targets the Kubernetes dataplanes use are
 * modelled; each carries exactly the options iptables-save can print for it.
 */
import type { IpAddress } from './ip.ts';
import type { PortRange } from './matches.ts';

/** Stop traversing this table's hook: the packet goes on. */
export interface AcceptTarget {
  readonly kind: 'accept';
}

/** Silently discard the packet. */
export interface DropTarget {
  readonly kind: 'drop';
}

/** Leave this chain: back to the rule after the jump, or the built-in chain's policy. */
export interface ReturnTarget {
  readonly kind: 'return';
}

/** `-j CHAIN`: traverse a user chain, coming back here if it returns. */
export interface JumpTarget {
  readonly kind: 'jump';
  readonly chain: string;
}

/** `-g CHAIN`: traverse a user chain; its RETURN goes back to whoever jumped to the current chain. */
export interface GotoTarget {
  readonly kind: 'goto';
  readonly chain: string;
}

/** The ICMP (or TCP RST) answers REJECT can send. */
export type RejectWith =
  | 'icmp-net-unreachable'
  | 'icmp-host-unreachable'
  | 'icmp-port-unreachable'
  | 'icmp-proto-unreachable'
  | 'icmp-net-prohibited'
  | 'icmp-host-prohibited'
  | 'icmp-admin-prohibited'
  | 'tcp-reset'
  | 'icmp6-no-route'
  | 'icmp6-adm-prohibited'
  | 'icmp6-addr-unreachable'
  | 'icmp6-port-unreachable';

/**
 * `-j REJECT [--reject-with type]`: drop and answer. `with` is absent when the writer left the default
 * (kube-proxy does); the answer is then port-unreachable, and iptables-save prints it explicitly.
 */
export interface RejectTarget {
  readonly kind: 'reject';
  readonly with?: RejectWith;
}

/** An address with an optional port range, as `--to-destination` / `--to-source` take it. */
export interface NatAddress {
  readonly address: IpAddress;
  readonly ports?: PortRange;
}

/** `-j DNAT --to-destination ip[:port]`: rewrite the destination (nat PREROUTING/OUTPUT). */
export interface DnatTarget {
  readonly kind: 'dnat';
  readonly to: NatAddress;
}

/** `-j SNAT --to-source ip[:port] [--random-fully]`: rewrite the source to a fixed address. */
export interface SnatTarget {
  readonly kind: 'snat';
  readonly to: NatAddress;
  readonly random: boolean;
  readonly randomFully: boolean;
}

/** `-j MASQUERADE [--to-ports p] [--random] [--random-fully]`: SNAT to the outgoing interface's address. */
export interface MasqueradeTarget {
  readonly kind: 'masquerade';
  readonly toPorts?: PortRange;
  readonly random: boolean;
  readonly randomFully: boolean;
}

/**
 * How a MARK target was written. The kernel only knows `--set-xmark value/mask`
 * (`mark = (mark & ~mask) ^ value`); the others are spellings iptables converts (see `mark.ts`).
 */
export type MarkOp = 'set-xmark' | 'set-mark' | 'or-mark' | 'xor-mark' | 'and-mark';

/**
 * `-j MARK --<op> value[/mask]`: rewrite the packet mark and continue with the next rule (non-terminating).
 * `hexWidth` only shapes the restore text (kube-proxy: Go `%#08x`).
 */
export interface MarkTarget {
  readonly kind: 'mark';
  readonly op: MarkOp;
  readonly value: number;
  readonly mask?: number;
  readonly hexWidth?: number;
}

/**
 * `-j NFLOG [--nflog-prefix text] [--nflog-group n]` (xt_NFLOG): hand a copy of the packet to nfnetlink_log
 * group `group` (weave-npc's ulogd reads group 86 to log blocked connections) and continue with the next rule.
 */
export interface NflogOptions {
  readonly group: number;
  readonly prefix?: string;
}

/**
 * No verdict: the rule only counts (kube-proxy's comment-only last rule of a KUBE-FW chain) or, with `nflog`,
 * is an NFLOG rule. NFLOG is kept in this member rather than a union member of its own because, for
 * traversal, it is exactly a rule without a verdict — every walker's `case 'none'` (continue with the next
 * rule) is already right for it.
 */
export interface NoTarget {
  readonly kind: 'none';
  readonly nflog?: NflogOptions;
}

export type Target =
  | AcceptTarget
  | DropTarget
  | ReturnTarget
  | JumpTarget
  | GotoTarget
  | RejectTarget
  | DnatTarget
  | SnatTarget
  | MasqueradeTarget
  | MarkTarget
  | NoTarget;
