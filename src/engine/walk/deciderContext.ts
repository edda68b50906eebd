/**
 * The deciding rule in its chain, for the step inspector: a small window of the chain (the rule that decided,
 * up to {@link CONTEXT_RADIUS} rules either side) rendered as the node view renders it, so a learner sees the
 * match among its neighbours without opening a chain of thousands of rules.
 */
import type { NftTable } from '../dataplane/kubeproxy/nftables/model.ts';
import { findNftChain } from '../dataplane/kubeproxy/nftables/model.ts';
import type { IpFamily } from '../dataplane/netfilter/ip.ts';
import { indexChains, type Hook, type Table } from '../dataplane/netfilter/model.ts';
import { saveRuleLine } from '../dataplane/netfilter/renderSave.ts';
import { nftRuleText } from '../dataplane/kubeproxy/nftables/render.ts';
import type { NftChainResult } from './modes/nftables/types.ts';
import type { TableWalk } from './netfilterWalk.ts';
import type { ContextLineRole, DeciderContext } from './types.ts';

/** Rules shown either side of the focus: 3 keeps the window at 7 lines at most. */
export const CONTEXT_RADIUS = 3;

interface RuleLike {
  readonly id: string;
  readonly position: number;
}

interface WindowSpec<R extends RuleLike> {
  readonly chain: string;
  readonly policy?: string;
  readonly rules: readonly R[];
  readonly render: (rule: R) => string;
  /** The rule the window centres on and marks `decided`; undefined for a policy verdict. */
  readonly decided?: string;
  /** The rule to centre on when none decided (the last that matched in this chain); else the chain's tail. */
  readonly focus?: string;
  /** Ids of rules whose matches held on the way. */
  readonly matched: ReadonlySet<string>;
}

/** The window of `rules` around the focus (or the chain's tail), each line with its role. */
export function chainWindow<R extends RuleLike>(spec: WindowSpec<R>): DeciderContext {
  const { rules } = spec;
  const centre = spec.decided ?? spec.focus;
  const at = centre === undefined ? -1 : rules.findIndex((rule) => rule.id === centre);
  const width = 2 * CONTEXT_RADIUS + 1;
  const start = at < 0 ? Math.max(0, rules.length - width) : Math.max(0, at - CONTEXT_RADIUS);
  const end = at < 0 ? rules.length : Math.min(rules.length, at + CONTEXT_RADIUS + 1);
  const role = (rule: R): ContextLineRole =>
    rule.id === spec.decided ? 'decided' : spec.matched.has(rule.id) ? 'matched' : 'context';
  return {
    chain: spec.chain,
    ...(spec.policy === undefined ? {} : { policy: spec.policy }),
    lines: rules
      .slice(start, end)
      .map((rule) => ({ text: spec.render(rule), position: rule.position, role: role(rule), ref: rule.id })),
    omittedBefore: start,
    omittedAfter: rules.length - end,
  };
}

/**
 * The iptables context of one table walk: the chain of the rule that decided; for a policy verdict, the
 * built-in chain at the hook around the last rule there that matched (its policy applies after it).
 */
export function iptablesContext(
  table: Table,
  hook: Hook,
  walk: TableWalk,
  family: IpFamily,
): DeciderContext | undefined {
  const verdict = walk.verdict;
  const decided = verdict.kind === 'policy' ? undefined : verdict.rule;
  const chain = indexChains(table).get(decided?.chain ?? hook);
  if (chain === undefined) return undefined;
  const focus = walk.matched.filter((rule) => rule.chain === chain.name).at(-1);
  return chainWindow({
    chain: chain.name,
    ...(chain.kind === 'builtin' ? { policy: chain.policy } : {}),
    rules: chain.rules,
    render: (rule) => saveRuleLine(rule, family),
    ...(decided === undefined ? {} : { decided: decided.id }),
    ...(focus === undefined ? {} : { focus: focus.id }),
    matched: new Set(walk.matched.map((rule) => rule.id)),
  });
}

/** The nftables context of one base chain run: the chain of the rule that decided (or the last that matched). */
export function nftContext(table: NftTable | undefined, result: NftChainResult): DeciderContext | undefined {
  const hits = result.run.hits;
  const decisive = result.decidedBy ?? hits.at(-1);
  const chain =
    table === undefined || decisive === undefined ? undefined : findNftChain(table, decisive.chain);
  if (chain === undefined || decisive === undefined) return undefined;
  const policy = chain.base === undefined ? undefined : result.run.chain.policy;
  return chainWindow({
    chain: chain.name,
    ...(policy === undefined ? {} : { policy }),
    rules: chain.rules,
    render: nftRuleText,
    ...(result.decidedBy === undefined ? { focus: decisive.rule } : { decided: decisive.rule }),
    matched: new Set(hits.map((hit) => hit.rule)),
  });
}

/** Spread into a Decider: the context when there is one (exactOptionalPropertyTypes keeps absent absent). */
export function withContext(context: DeciderContext | undefined): { readonly context?: DeciderContext } {
  return context === undefined ? {} : { context };
}
