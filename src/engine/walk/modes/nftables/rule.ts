/**
 * One rule of an nftables chain, statement by statement as nf_tables runs its expressions: a match that fails
 * ends the rule (NFT_BREAK), side effects (mark, dynamic-set update) apply as they are reached, and the first
 * verdict, verdict-map hit or NAT statement ends it with that outcome.
 */
import { assertNever } from '../../../dataplane/netfilter/assertNever.ts';
import {
  findNftSet,
  type NftChain,
  type NftObjectId,
  type NftTable,
  type NftVerdict,
} from '../../../dataplane/kubeproxy/nftables/model.ts';
import { evaluateMatch, vmapLookup } from './match.ts';
import type { NftHookContext, NftNat, NftPacket, NftRuleEffect, NftSetUpdate } from './types.ts';

/** What one rule's statements did. */
export type RuleOutcome =
  | { readonly kind: 'no-match' }
  | { readonly kind: 'continue' }
  | { readonly kind: 'verdict'; readonly verdict: NftVerdict }
  | { readonly kind: 'nat'; readonly nat: NftNat };

export interface RuleRun {
  outcome: RuleOutcome;
  mark: number;
  readonly elements: NftObjectId[];
  readonly updates: NftSetUpdate[];
  numgen?: { readonly index: number; readonly of: number };
}

export function runRule(
  table: NftTable,
  chain: NftChain,
  index: number,
  packet: NftPacket,
  ctx: NftHookContext,
): RuleRun {
  const rule = chain.rules[index];
  const run: RuleRun = { outcome: { kind: 'continue' }, mark: packet.mark, elements: [], updates: [] };
  if (rule === undefined) return { ...run, outcome: { kind: 'no-match' } };
  const findSet = (name: string): ReturnType<typeof findNftSet> => findNftSet(table, name);
  for (const statement of rule.statements) {
    const current: NftPacket = { ...packet, mark: run.mark };
    switch (statement.kind) {
      case 'ct-state':
      case 'ip':
      case 'ip-in-list':
      case 'ip-in-set':
      case 'l4-dport':
      case 'l4proto':
      case 'fib-local':
      case 'mark-and-zero': {
        const result = evaluateMatch(statement, current, ctx, findSet);
        if (!result.matched) return { ...run, outcome: { kind: 'no-match' } };
        if (result.element !== undefined) run.elements.push(result.element);
        break;
      }
      case 'vmap': {
        const element = vmapLookup(statement.key, findSet(statement.map), current);
        if (element === undefined) return { ...run, outcome: { kind: 'no-match' } };
        run.elements.push(element.id);
        return { ...run, outcome: { kind: 'verdict', verdict: element.verdict } };
      }
      case 'numgen-vmap': {
        const of = statement.chains.length;
        const index = Math.min(of - 1, Math.floor(ctx.draw() * of));
        const target = statement.chains[index];
        if (target === undefined) return { ...run, outcome: { kind: 'no-match' } };
        run.numgen = { index, of };
        return { ...run, outcome: { kind: 'verdict', verdict: { kind: 'goto', chain: target } } };
      }
      case 'mark-set':
        run.mark = (statement.op === 'or' ? run.mark | statement.value : run.mark ^ statement.value) >>> 0;
        break;
      case 'set-update': {
        const ip = statement.field === 'saddr' ? current.src : current.dst;
        run.updates.push({ set: statement.set, address: ip });
        break;
      }
      case 'masquerade':
        return {
          ...run,
          outcome: { kind: 'nat', nat: { kind: 'masquerade', fullyRandom: statement.fullyRandom } },
        };
      case 'dnat':
        return {
          ...run,
          outcome: { kind: 'nat', nat: { kind: 'dnat', address: statement.address, port: statement.port } },
        };
      case 'verdict':
        return { ...run, outcome: { kind: 'verdict', verdict: statement.verdict } };
      default:
        return assertNever(statement);
    }
  }
  return run;
}

export function effectOf(outcome: RuleOutcome): NftRuleEffect {
  switch (outcome.kind) {
    case 'no-match':
    case 'continue':
      return 'continue';
    case 'verdict':
      return outcome.verdict.kind;
    case 'nat':
      return outcome.nat.kind;
    default:
      return assertNever(outcome);
  }
}
