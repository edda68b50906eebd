/**
 * The walk step's "what decided" for nftables: the deciding rule's text, and as refs every rule and set/map
 * element the packet matched on its way there in the same base chain (the `services` vmap line, the
 * `service-ips` element, the `numgen` line, the `dnat` line), so the `nft list ruleset` view lights up the
 * whole path, not just the last line.
 */
import type { Decider } from '../../types.ts';
import type { NftChainResult, NftHookResult, NftRuleHit } from './types.ts';

function hitsOf(result: NftHookResult | NftChainResult): readonly NftRuleHit[] {
  return 'run' in result ? result.run.hits : result.hits;
}

/** A Decider for the rule that decided, or for the last rule that matched; undefined when none matched. */
export function nftDecider(result: NftHookResult | NftChainResult): Decider | undefined {
  const hits = hitsOf(result);
  const decisive = result.decidedBy ?? hits[hits.length - 1];
  if (decisive === undefined) return undefined;
  const base = decisive.path[0];
  const refs = hits.filter((hit) => hit.path[0] === base).flatMap((hit) => [hit.rule, ...hit.elements]);
  return { text: decisive.text, view: 'nft', refs: [...new Set<string>(refs)], path: decisive.path };
}
