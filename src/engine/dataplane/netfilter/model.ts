/**
 * The netfilter rule model: tables, their built-in chains and hooks, user chains, rules, and a whole node's
 * `Ruleset`. Values are immutable; `builder.ts` is the only way to make one, so ids and positions are consistent.
 */
import { assertNever } from './assertNever.ts';
import type { IpFamily } from './ip.ts';
import type { Match } from './matches.ts';
import type { Target } from './targets.ts';

/** The iptables tables the Kubernetes dataplanes use (security is left out: nothing we simulate writes it). */
export type TableName = 'raw' | 'mangle' | 'nat' | 'filter';

/** The five netfilter hooks, named as their built-in chains are. */
export type Hook = 'PREROUTING' | 'INPUT' | 'FORWARD' | 'OUTPUT' | 'POSTROUTING';

/**
 * The order iptables-nft (1.8.6+, so 1.8.10) lists tables in: its `enum nft_table_type` is mangle, security,
 * raw, filter, nat, "to match the order in which iptables-legacy-save prints them" (Phil Sutter, "nft: Reorder
 * enum nft_table_type", 2020). Real kube-proxy dumps accordingly show *mangle, *filter, *nat.
 */
export const TABLE_ORDER: readonly TableName[] = ['mangle', 'raw', 'filter', 'nat'];

/** The kernel's hook numbering (NF_INET_PRE_ROUTING = 0 …), which is also the order built-in chains print in. */
export const HOOKS: readonly Hook[] = ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'];

/** Which hooks each table registers (iptables-nft's `xtables_ipv4` table), in hook order. */
export const BUILTIN_CHAINS: Readonly<Record<TableName, readonly Hook[]>> = {
  raw: ['PREROUTING', 'OUTPUT'],
  mangle: ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'],
  nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
  filter: ['INPUT', 'FORWARD', 'OUTPUT'],
};

/**
 * Hook priorities (NF_IP_PRI_*): at one hook, lower runs first. nat is split: destination NAT at -100 in
 * PREROUTING/OUTPUT, source NAT at +100 in INPUT/POSTROUTING. Conntrack (-200) runs between raw and mangle.
 */
export const CONNTRACK_PRIORITY = -200;

export function tablePriority(table: TableName, hook: Hook): number {
  switch (table) {
    case 'raw':
      return -300;
    case 'mangle':
      return -150;
    case 'nat':
      return hook === 'PREROUTING' || hook === 'OUTPUT' ? -100 : 100;
    case 'filter':
      return 0;
    default:
      return assertNever(table);
  }
}

/** The tables a packet traverses at `hook`, in the order the kernel runs them (for the walker). */
export function tablesAtHook(hook: Hook): readonly TableName[] {
  const tables: TableName[] = ['raw', 'mangle', 'nat', 'filter'];
  return tables
    .filter((table) => BUILTIN_CHAINS[table].includes(hook))
    .sort((a, b) => tablePriority(a, hook) - tablePriority(b, hook));
}

/** What a built-in chain does with a packet that falls off its end. */
export type ChainPolicy = 'ACCEPT' | 'DROP';

/** Who installed a chain or rule: shown to the learner, and used to pick what a component's restore input holds. */
export type Installer = 'kube-proxy' | 'kubelet' | 'flannel' | 'calico' | 'cilium' | 'weave' | 'system';

/**
 * How it was installed: in one `iptables-restore --noflush` batch (kube-proxy's per-sync rules), or by single
 * `iptables` commands (EnsureChain / EnsureRule: kube-proxy's jump rules, kubelet, flannel).
 */
export type InstallMethod = 'restore' | 'command';

declare const ruleIdBrand: unique symbol;

/** `<table>/<chain>/<1-based position>`, e.g. `filter/KUBE-FORWARD/2` (the `iptables -L --line-numbers` index). */
export type RuleId = string & { readonly [ruleIdBrand]: true };

export function ruleId(table: TableName, chain: string, position: number): RuleId {
  return `${table}/${chain}/${position}` as RuleId;
}

/** One rule: matches in the order their writer gave them, and a target. */
export interface Rule {
  readonly id: RuleId;
  readonly table: TableName;
  readonly chain: string;
  /** 1-based position in the chain. */
  readonly position: number;
  /** When it was written, across the node: the restore renderer replays rules in this order. */
  readonly seq: number;
  readonly matches: readonly Match[];
  readonly target: Target;
  readonly installedBy?: Installer;
}

/** A chain attached to a hook; the policy applies when no rule decides. */
export interface BuiltinChain {
  readonly kind: 'builtin';
  readonly name: Hook;
  readonly policy: ChainPolicy;
  readonly rules: readonly Rule[];
}

/** A chain reached only by jump/goto. */
export interface UserChain {
  readonly kind: 'user';
  readonly name: string;
  readonly installedBy?: Installer;
  readonly installedVia?: InstallMethod;
  readonly rules: readonly Rule[];
}

export type Chain = BuiltinChain | UserChain;

/** One table: built-in chains in hook order, then user chains in the order they were declared. */
export interface Table {
  readonly name: TableName;
  readonly chains: readonly Chain[];
}

/** A node's iptables (or ip6tables) state: the tables that exist, in iptables-nft's order. */
export interface Ruleset {
  readonly family: IpFamily;
  readonly tables: readonly Table[];
}

/** The table, if it exists on this node. */
export function findTable(ruleset: Ruleset, name: TableName): Table | undefined {
  return ruleset.tables.find((table) => table.name === name);
}

/** A chain by name (linear; a walker over a large ruleset should build its own index with `indexChains`). */
export function findChain(ruleset: Ruleset, table: TableName, name: string): Chain | undefined {
  return findTable(ruleset, table)?.chains.find((chain) => chain.name === name);
}

/** A name → chain map for one table. */
export function indexChains(table: Table): ReadonlyMap<string, Chain> {
  return new Map(table.chains.map((chain) => [chain.name, chain]));
}

/** A rule by its id, e.g. to highlight the rule a rendered line links to. */
export function findRule(ruleset: Ruleset, id: RuleId): Rule | undefined {
  const [table, ...rest] = id.split('/');
  const position = Number(rest.pop());
  const chain = findChain(ruleset, table as TableName, rest.join('/'));
  return chain?.rules[position - 1];
}
