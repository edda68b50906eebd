/**
 * `matchRule`: does this rule match this packet, and what did each match say? Evaluation follows the kernel:
 * the IP header tests first (ip_packet_match: -s, -d, -i, -o, -p), then the extensions in load order, stopping
 * at the first that fails. The stop matters for side effects: a `recent --set` after a failed test never runs.
 */
import { canonicalize } from './canonical.ts';
import { evaluateMatch } from './evaluate.ts';
import type { Match } from './matches.ts';
import type { Rule } from './model.ts';
import type { MatchContext, RecentUpdate } from './packet.ts';

/** What became of one match: it passed, it failed (and ended the rule), or evaluation stopped before it. */
export type MatchOutcome = 'matched' | 'not-matched' | 'not-evaluated';

export interface MatchResult {
  /** Index into `rule.matches`. */
  readonly index: number;
  readonly match: Match;
  readonly outcome: MatchOutcome;
}

export interface RuleEvaluation {
  /** All matches passed: the target applies. */
  readonly matched: boolean;
  /** One per `rule.matches` element, in the rule's (writer's) order, so the UI can mark each argument. */
  readonly results: readonly MatchResult[];
  /** `recent` updates from matches that were evaluated; they happen even if a later match fails. */
  readonly recentUpdates: readonly RecentUpdate[];
  /** Whether a statistic match consumed `ctx.draw` (the walker advances its generator only then). */
  readonly drawUsed: boolean;
}

/** Rules are immutable, so each rule's order is computed once (a memo, invisible to callers). */
const orderCache = new WeakMap<readonly Match[], readonly number[]>();

/** The indices of `matches` in the order the kernel evaluates them. */
export function evaluationOrder(matches: readonly Match[]): readonly number[] {
  const cached = orderCache.get(matches);
  if (cached) return cached;
  const { header, extensions } = canonicalize(matches);
  const order: number[] = [];
  for (const part of [
    header.source,
    header.destination,
    header.inInterface,
    header.outInterface,
    header.protocol,
  ]) {
    if (part) order.push(part.index);
  }
  for (const extension of extensions) {
    if (extension.kind === 'single') {
      order.push(extension.index);
    } else {
      if (extension.moduleIndex !== undefined) order.push(extension.moduleIndex);
      order.push(...extension.options.map((option) => option.index));
    }
  }
  orderCache.set(matches, order);
  return order;
}

/** Evaluates a rule's matches against the packet in `ctx`. Pure: side effects are returned, not applied. */
export function matchRule(rule: Pick<Rule, 'matches'>, ctx: MatchContext): RuleEvaluation {
  const outcomes: MatchOutcome[] = rule.matches.map(() => 'not-evaluated');
  const recentUpdates: RecentUpdate[] = [];
  let drawUsed = false;
  let matched = true;
  for (const index of evaluationOrder(rule.matches)) {
    const match = rule.matches[index];
    if (!match) continue;
    const verdict = evaluateMatch(match, ctx);
    if (verdict.recentUpdate) recentUpdates.push(verdict.recentUpdate);
    if (verdict.drawUsed) drawUsed = true;
    outcomes[index] = verdict.matched ? 'matched' : 'not-matched';
    if (!verdict.matched) {
      matched = false;
      break;
    }
  }
  const results = rule.matches.map((match, index) => ({
    index,
    match,
    outcome: outcomes[index] ?? 'not-evaluated',
  }));
  return { matched, results, recentUpdates, drawUsed };
}
