/**
 * The one way to make a `Ruleset`. Generators describe what each component does on a node, in the order it
 * does it (kubelet, then kube-proxy, then the CNI), and get back an immutable value with stable rule ids:
 *
 *   const b = createRulesetBuilder('ipv4');
 *   b.table('nat').declareChain('KUBE-SERVICES', { installedBy: 'kube-proxy', installedVia: 'restore' });
 *   b.table('nat').chain('PREROUTING').prepend({ matches: [m.comment('kubernetes service portals')], target: t.jump('KUBE-SERVICES') });
 *   const ruleset = b.build();
 *
 * Mistakes a real iptables would refuse (unknown chain, two `-s`, `--dport` without `-p`) throw here: they are
 * generator bugs, and failing loudly in tests beats rendering rules no node could hold.
 */
import { canonicalize } from './canonical.ts';
import type { IpFamily } from './ip.ts';
import type { Match } from './matches.ts';
import {
  BUILTIN_CHAINS,
  TABLE_ORDER,
  ruleId,
  type Chain,
  type ChainPolicy,
  type Hook,
  type InstallMethod,
  type Installer,
  type Rule,
  type Ruleset,
  type TableName,
} from './model.ts';
import { isValidProbability } from './probability.ts';
import { saveRuleArguments } from './renderSave.ts';
import type { Target } from './targets.ts';

/** What a generator hands the builder for one rule; id, position and sequence are assigned by the builder. */
export interface RuleSpec {
  readonly matches: readonly Match[];
  readonly target: Target;
  readonly installedBy?: Installer;
}

/** Who created a user chain and how (kube-proxy's restore batch vs. a single `iptables -N`). */
export interface ChainProvenance {
  readonly installedBy?: Installer;
  readonly installedVia?: InstallMethod;
}

interface Draft {
  readonly spec: RuleSpec;
  readonly seq: number;
}

interface ChainState {
  readonly name: string;
  readonly builtin: boolean;
  policy: ChainPolicy;
  readonly provenance: ChainProvenance;
  readonly drafts: Draft[];
}

/** The rule as given, with the chain's installer filled in when the rule names none. */
function withInstaller(spec: RuleSpec, state: ChainState): RuleSpec {
  const installedBy = spec.installedBy ?? state.provenance.installedBy;
  return installedBy === undefined ? spec : { ...spec, installedBy };
}

const L4_PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

/** The checks iptables itself makes when a rule is added. */
function validateRule(table: TableName, chain: string, spec: RuleSpec): void {
  const where = `${table}/${chain}`;
  const { header } = canonicalize(spec.matches);
  const protocol = header.protocol?.match;
  const protocolIs = (name: string): boolean =>
    protocol !== undefined && !protocol.negated && protocol.protocol === name;
  for (const match of spec.matches) {
    if ((match.kind === 'port-module' || match.kind === 'port') && !protocolIs(match.protocol)) {
      throw new Error(`${where}: the ${match.protocol} match needs -p ${match.protocol}`);
    }
    if (
      match.kind === 'multiport' &&
      !(protocol && !protocol.negated && L4_PROTOCOLS.has(protocol.protocol))
    ) {
      throw new Error(`${where}: multiport needs -p tcp, udp or sctp`);
    }
    if (match.kind === 'statistic' && !isValidProbability(match.probability)) {
      throw new Error(`${where}: bad probability ${match.probability}`);
    }
  }
}

export class ChainBuilder {
  constructor(
    private readonly state: ChainState,
    private readonly table: TableName,
    private readonly family: IpFamily,
    private readonly nextSeq: () => number,
  ) {}

  /** `-A`: add at the end. */
  append(spec: RuleSpec): this {
    validateRule(this.table, this.state.name, spec);
    this.state.drafts.push({ spec: withInstaller(spec, this.state), seq: this.nextSeq() });
    return this;
  }

  /** `-I` at position 1; of several prepends the last ends up first. */
  prepend(spec: RuleSpec): this {
    validateRule(this.table, this.state.name, spec);
    this.state.drafts.unshift({ spec: withInstaller(spec, this.state), seq: this.nextSeq() });
    return this;
  }

  /**
   * EnsureRule: `iptables -C`, then `-I`/`-A` only if no identical rule exists. Identity is what the kernel
   * stores (the canonical save text), so `--dst 127.0.0.0/8` from kubelet equals `-d 127.0.0.0/8` from
   * kube-proxy. kube-proxy installs its jump rules with EnsureRule(Prepend).
   */
  ensure(spec: RuleSpec, position: 'prepend' | 'append'): this {
    const wanted = saveRuleArguments(spec, this.family);
    if (this.state.drafts.some((draft) => saveRuleArguments(draft.spec, this.family) === wanted)) return this;
    return position === 'prepend' ? this.prepend(spec) : this.append(spec);
  }

  /** `-P`: the built-in chain's policy. */
  policy(policy: ChainPolicy): this {
    if (!this.state.builtin)
      throw new Error(`${this.table}/${this.state.name}: only built-in chains have a policy`);
    this.state.policy = policy;
    return this;
  }
}

export class TableBuilder {
  readonly chains = new Map<string, ChainState>();

  constructor(
    readonly name: TableName,
    private readonly family: IpFamily,
    private readonly nextSeq: () => number,
  ) {
    for (const hook of BUILTIN_CHAINS[name]) {
      this.chains.set(hook, { name: hook, builtin: true, policy: 'ACCEPT', provenance: {}, drafts: [] });
    }
  }

  /**
   * Creates a user chain and returns it. With `installedVia: 'command'` (or none) it is EnsureChain: an existing
   * chain is left alone. With `installedVia: 'restore'` it is a `:CHAIN - [0:0]` line of `iptables-restore
   * --noflush`, which flushes an existing chain; the chain then takes the new provenance and moves to the end of
   * the declaration order, which is the order the restore renderer writes.
   */
  declareChain(name: string, provenance: ChainProvenance = {}): ChainBuilder {
    const existing = this.chains.get(name);
    if (existing?.builtin) throw new Error(`${this.name}: ${name} is a built-in chain`);
    if (!existing || provenance.installedVia === 'restore') {
      this.chains.delete(name);
      this.chains.set(name, { name, builtin: false, policy: 'ACCEPT', provenance, drafts: [] });
    }
    return this.chain(name);
  }

  /** An existing chain: a built-in of this table or one declared before. */
  chain(name: string): ChainBuilder {
    const state = this.chains.get(name);
    if (!state) throw new Error(`${this.name}: no chain ${name} (declare it first)`);
    return new ChainBuilder(state, this.name, this.family, this.nextSeq);
  }

  hasChain(name: string): boolean {
    return this.chains.has(name);
  }
}

export class RulesetBuilder {
  private readonly tables = new Map<TableName, TableBuilder>();
  private seq = 0;

  constructor(readonly family: IpFamily) {}

  /** The table, created (with its built-in chains, all ACCEPT) the first time it is touched. */
  table(name: TableName): TableBuilder {
    let table = this.tables.get(name);
    if (!table) {
      table = new TableBuilder(name, this.family, () => ++this.seq);
      this.tables.set(name, table);
    }
    return table;
  }

  /** Freezes the current state into a `Ruleset`; jump and goto targets must name user chains of the same table. */
  build(): Ruleset {
    const tables = TABLE_ORDER.flatMap((name) => {
      const table = this.tables.get(name);
      return table
        ? [{ name, chains: [...table.chains.values()].map((state) => freezeChain(table, state)) }]
        : [];
    });
    return { family: this.family, tables };
  }
}

function freezeChain(table: TableBuilder, state: ChainState): Chain {
  const rules: Rule[] = state.drafts.map(({ spec, seq }, index) => {
    if (spec.target.kind === 'jump' || spec.target.kind === 'goto') {
      const target = table.chains.get(spec.target.chain);
      if (!target || target.builtin) {
        throw new Error(
          `${table.name}/${state.name}: ${spec.target.kind} to missing chain ${spec.target.chain}`,
        );
      }
    }
    return {
      id: ruleId(table.name, state.name, index + 1),
      table: table.name,
      chain: state.name,
      position: index + 1,
      seq,
      matches: [...spec.matches],
      target: spec.target,
      ...(spec.installedBy === undefined ? {} : { installedBy: spec.installedBy }),
    };
  });
  if (state.builtin) return { kind: 'builtin', name: state.name as Hook, policy: state.policy, rules };
  return { kind: 'user', name: state.name, ...state.provenance, rules };
}

/** A fresh builder for one address family (iptables or ip6tables). */
export function createRulesetBuilder(family: IpFamily = 'ipv4'): RulesetBuilder {
  return new RulesetBuilder(family);
}
