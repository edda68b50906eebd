/**
 * Accumulates one nftables table the way a knftables transaction does (add chain, add rule, add set/map,
 * add element), keeping creation order, and freezes it into an immutable `NftTable` with ids. Mistakes the
 * kernel would refuse (a rule in a missing chain, an element of a missing set) throw: they are generator bugs.
 */
import type {
  NftBaseChain,
  NftChain,
  NftMap,
  NftMapElement,
  NftRule,
  NftSet,
  NftSetElement,
  NftStatement,
  NftTable,
  NftVerdict,
} from './model.ts';
import { nftObjectId } from './model.ts';

interface ChainDraft {
  readonly name: string;
  readonly base?: NftBaseChain;
  readonly comment?: string;
  readonly rules: { statements: readonly NftStatement[]; comment?: string }[];
}

interface SetDraft {
  readonly kind: 'set';
  readonly name: string;
  readonly type: readonly string[];
  readonly flags: readonly ('dynamic' | 'timeout' | 'interval')[];
  readonly timeoutSeconds?: number;
  readonly comment?: string;
  readonly elements: (readonly string[])[];
}

interface MapDraft {
  readonly kind: 'map';
  readonly name: string;
  readonly type: readonly string[];
  readonly comment?: string;
  readonly elements: { key: readonly string[]; verdict: NftVerdict; comment?: string }[];
}

/** The key parts joined as nft writes them (`10.96.0.10 . udp . 53`), used in element ids. */
export const joinKey = (key: readonly string[]): string => key.join(' . ');

export class NftTableBuilder {
  private readonly chains = new Map<string, ChainDraft>();
  private readonly sets = new Map<string, SetDraft | MapDraft>();

  constructor(
    readonly name: string,
    private readonly comment?: string,
  ) {}

  /** `add chain` (a no-op for an existing chain, as in nft). */
  addChain(name: string, opts: { base?: NftBaseChain; comment?: string } = {}): this {
    if (!this.chains.has(name)) this.chains.set(name, { name, ...opts, rules: [] });
    return this;
  }

  hasChain(name: string): boolean {
    return this.chains.has(name);
  }

  /** `add rule <chain> <statements> [comment "…"]`. */
  addRule(chain: string, statements: readonly NftStatement[], comment?: string): this {
    const draft = this.chains.get(chain);
    if (!draft) throw new Error(`nft ${this.name}: no chain ${chain}`);
    draft.rules.push(comment === undefined ? { statements } : { statements, comment });
    return this;
  }

  /** `add set` (a no-op for an existing one). */
  addSet(
    name: string,
    type: readonly string[],
    opts: { flags?: SetDraft['flags']; timeoutSeconds?: number; comment?: string } = {},
  ): this {
    if (this.sets.has(name)) return this;
    const { flags = [], ...rest } = opts;
    this.sets.set(name, { kind: 'set', name, type, flags, ...rest, elements: [] });
    return this;
  }

  /** `add map … : verdict` (a no-op for an existing one). */
  addMap(name: string, type: readonly string[], comment?: string): this {
    if (this.sets.has(name)) return this;
    this.sets.set(name, {
      kind: 'map',
      name,
      type,
      ...(comment === undefined ? {} : { comment }),
      elements: [],
    });
    return this;
  }

  /** `delete set`: kube-proxy adds then deletes nodeport-ips when NodePorts listen everywhere. */
  deleteSet(name: string): this {
    this.sets.delete(name);
    return this;
  }

  addSetElement(set: string, key: readonly string[]): this {
    const draft = this.sets.get(set);
    if (draft?.kind !== 'set') throw new Error(`nft ${this.name}: no set ${set}`);
    if (!draft.elements.some((existing) => joinKey(existing) === joinKey(key))) draft.elements.push(key);
    return this;
  }

  addMapElement(map: string, key: readonly string[], verdict: NftVerdict, comment?: string): this {
    const draft = this.sets.get(map);
    if (draft?.kind !== 'map') throw new Error(`nft ${this.name}: no map ${map}`);
    draft.elements.push(comment === undefined ? { key, verdict } : { key, verdict, comment });
    return this;
  }

  build(): NftTable {
    const table = this.name;
    const chains: NftChain[] = [...this.chains.values()].map((draft) => {
      const rules: NftRule[] = draft.rules.map((rule, index) => ({
        id: nftObjectId(table, 'chain', draft.name, String(index + 1)),
        chain: draft.name,
        position: index + 1,
        statements: rule.statements,
        ...(rule.comment === undefined ? {} : { comment: rule.comment }),
      }));
      return {
        kind: 'chain',
        id: nftObjectId(table, 'chain', draft.name),
        name: draft.name,
        ...(draft.base === undefined ? {} : { base: draft.base }),
        ...(draft.comment === undefined ? {} : { comment: draft.comment }),
        rules,
      };
    });
    const sets = [...this.sets.values()].map((draft): NftSet | NftMap => {
      const id = nftObjectId(table, draft.kind, draft.name);
      if (draft.kind === 'set') {
        const elements: NftSetElement[] = draft.elements.map((key) => ({
          id: nftObjectId(table, 'set', draft.name, joinKey(key)),
          key,
        }));
        return { ...draft, id, elements };
      }
      const elements: NftMapElement[] = draft.elements.map((element) => ({
        id: nftObjectId(table, 'map', draft.name, joinKey(element.key)),
        ...element,
      }));
      return { ...draft, id, elements };
    });
    return {
      id: nftObjectId(table, 'table'),
      family: 'ip',
      name: table,
      ...(this.comment === undefined ? {} : { comment: this.comment }),
      sets,
      chains,
    };
  }
}
