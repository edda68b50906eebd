/**
 * An nftables ruleset as kube-proxy's nftables mode writes it (REFERENCE.md §3): tables holding sets, verdict
 * maps and chains, each object and rule with a stable id so the renderer can link every `nft list ruleset` line
 * back to it and a walker can report the rule a packet matched. Statements are a closed union of exactly the
 * expressions kube-proxy uses, structured so they can be evaluated, not just printed.
 */

declare const nftIdBrand: unique symbol;

/**
 * `<family> <table>/<kind>/<name>[/<position or element key>]`, e.g. `ip kube-proxy/chain/services/2` or
 * `ip kube-proxy/map/service-ips/10.96.0.10 . udp . 53`.
 */
export type NftObjectId = string & { readonly [nftIdBrand]: true };

export function nftObjectId(
  table: string,
  kind: 'table' | 'chain' | 'set' | 'map',
  ...rest: string[]
): NftObjectId {
  return [`ip ${table}`, kind, ...rest].join('/') as NftObjectId;
}

/** The netfilter hooks an `ip` family base chain can attach to. */
export type NftHook = 'prerouting' | 'input' | 'forward' | 'output' | 'postrouting';

/** A base chain's attachment: `type filter hook prerouting priority dstnat - 10; policy accept;`. */
export interface NftBaseChain {
  readonly type: 'filter' | 'nat';
  readonly hook: NftHook;
  /** The numeric priority (`dstnat - 10` is -110); lower runs first at a hook. */
  readonly priority: number;
  readonly policy: 'accept' | 'drop';
}

/** Where a verdict sends the packet. */
export type NftVerdict =
  | { readonly kind: 'accept' }
  | { readonly kind: 'drop' }
  | { readonly kind: 'reject' }
  | { readonly kind: 'return' }
  /** Run the chain, then continue here. */
  | { readonly kind: 'jump'; readonly chain: string }
  /** Run the chain; its end returns to whoever jumped to this one. */
  | { readonly kind: 'goto'; readonly chain: string };

/** The packet fields kube-proxy concatenates into a map key, in `ip daddr . meta l4proto . th dport` order. */
export type NftKeyField = 'ip daddr' | 'meta l4proto' | 'th dport';

export type NftAddressField = 'saddr' | 'daddr';

/** One statement of a rule, evaluated left to right: matches first, then at most one terminal action. */
export type NftStatement =
  /** `ct state new`: the packet starts a connection. */
  | { readonly kind: 'ct-state'; readonly states: readonly ('new' | 'established' | 'related' | 'invalid')[] }
  /** `ip daddr [!=] 10.96.0.10` or a prefix `10.244.0.0/16`. */
  | {
      readonly kind: 'ip';
      readonly field: NftAddressField;
      readonly negated: boolean;
      readonly value: string;
    }
  /** `ip saddr [!=] { a, b }`: an anonymous set of addresses/prefixes. */
  | {
      readonly kind: 'ip-in-list';
      readonly field: NftAddressField;
      readonly negated: boolean;
      readonly values: readonly string[];
    }
  /** `ip daddr @cluster-ips`: the address is in a named set. */
  | { readonly kind: 'ip-in-set'; readonly field: NftAddressField; readonly set: string }
  /** `tcp dport 80`. */
  | { readonly kind: 'l4-dport'; readonly protocol: 'tcp' | 'udp' | 'sctp'; readonly port: number }
  /** `meta l4proto tcp`. */
  | { readonly kind: 'l4proto'; readonly protocol: 'tcp' | 'udp' | 'sctp' }
  /** `fib daddr type local`: a route lookup says the address is this host's. */
  | { readonly kind: 'fib-local'; readonly field: NftAddressField }
  /** `meta mark & 0x00004000 == 0x00000000`. */
  | { readonly kind: 'mark-and-zero'; readonly mask: number }
  /** `ip daddr . meta l4proto . th dport vmap @service-ips`: look the key up, apply the verdict found. */
  | { readonly kind: 'vmap'; readonly key: readonly NftKeyField[]; readonly map: string }
  /** `numgen random mod 2 vmap { 0 : goto a, 1 : goto b }`: pick a chain uniformly at random. */
  | { readonly kind: 'numgen-vmap'; readonly chains: readonly string[] }
  /** `meta mark set meta mark | 0x00004000` (or `^` to clear). */
  | { readonly kind: 'mark-set'; readonly op: 'or' | 'xor'; readonly value: number }
  /** `masquerade fully-random`. */
  | { readonly kind: 'masquerade'; readonly fullyRandom: boolean }
  /** `dnat to 10.244.0.2:53`. */
  | { readonly kind: 'dnat'; readonly address: string; readonly port: number }
  /** `update @affinity-… { ip saddr }`: remember the client for session affinity. */
  | { readonly kind: 'set-update'; readonly set: string; readonly field: NftAddressField }
  /** A terminal (or jump) verdict. */
  | { readonly kind: 'verdict'; readonly verdict: NftVerdict };

export interface NftRule {
  readonly id: NftObjectId;
  readonly chain: string;
  /** 1-based position in the chain. */
  readonly position: number;
  readonly statements: readonly NftStatement[];
  readonly comment?: string;
}

export interface NftChain {
  readonly kind: 'chain';
  readonly id: NftObjectId;
  readonly name: string;
  readonly base?: NftBaseChain;
  readonly comment?: string;
  readonly rules: readonly NftRule[];
}

/** An element of a plain set: its key parts (`10.96.0.1`). */
export interface NftSetElement {
  readonly id: NftObjectId;
  readonly key: readonly string[];
}

/** An element of a verdict map: key parts, an optional comment, the verdict. */
export interface NftMapElement {
  readonly id: NftObjectId;
  readonly key: readonly string[];
  readonly comment?: string;
  readonly verdict: NftVerdict;
}

export interface NftSet {
  readonly kind: 'set';
  readonly id: NftObjectId;
  readonly name: string;
  /** Key types joined by ` . ` when printed (`ipv4_addr`). */
  readonly type: readonly string[];
  readonly flags: readonly ('dynamic' | 'timeout' | 'interval')[];
  readonly timeoutSeconds?: number;
  readonly comment?: string;
  readonly elements: readonly NftSetElement[];
}

export interface NftMap {
  readonly kind: 'map';
  readonly id: NftObjectId;
  readonly name: string;
  readonly type: readonly string[];
  readonly comment?: string;
  readonly elements: readonly NftMapElement[];
}

/** One table; sets and maps in creation order, chains in creation order (the kernel's handle order). */
export interface NftTable {
  readonly id: NftObjectId;
  readonly family: 'ip';
  readonly name: string;
  readonly comment?: string;
  readonly sets: readonly (NftSet | NftMap)[];
  readonly chains: readonly NftChain[];
}

export interface NftRuleset {
  readonly tables: readonly NftTable[];
}

/** A chain by name. */
export function findNftChain(table: NftTable, name: string): NftChain | undefined {
  return table.chains.find((chain) => chain.name === name);
}

/** A set or map by name. */
export function findNftSet(table: NftTable, name: string): NftSet | NftMap | undefined {
  return table.sets.find((set) => set.name === name);
}
