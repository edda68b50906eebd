/**
 * One table at one hook, evaluated as the kernel does: from the built-in chain, rule by rule with
 * `matchRule`; jumps come back after the jump on RETURN, gotos return to whoever jumped to the chain that
 * did the goto; MARK rewrites and continues; the first terminating target decides; falling off the built-in
 * chain applies its policy. The walk records every rule that matched and the chain path to the decision.
 */
import { applyMarkTarget } from '../dataplane/netfilter/mark.ts';
import { matchRule } from '../dataplane/netfilter/match.ts';
import { indexChains, type Chain, type Hook, type Rule, type Table } from '../dataplane/netfilter/model.ts';
import type { MatchLookups, PacketView } from '../dataplane/netfilter/packet.ts';
import type { Draws } from './random.ts';

export type TableVerdict =
  | { readonly kind: 'accept' | 'drop' | 'reject' | 'dnat' | 'snat' | 'masquerade'; readonly rule: Rule }
  | { readonly kind: 'policy'; readonly policy: 'ACCEPT' | 'DROP' };

export interface TableWalk {
  readonly verdict: TableVerdict;
  /** Every rule whose matches held, in order (jumps, marks, the deciding rule). */
  readonly matched: readonly Rule[];
  /** The chains entered, from the built-in chain to the one that decided. */
  readonly path: readonly string[];
  readonly mark: number;
}

interface Frame {
  chain: Chain;
  index: number;
}

/** A ruleset the kernel would refuse has a loop; bound the work rather than spin. */
const MAX_DEPTH = 64;
const MAX_RULES = 20000;

export function walkTable(
  table: Table,
  hook: Hook,
  packet: PacketView,
  lookups: MatchLookups,
  draws: Draws,
  onRecent: (list: string, address: string, op: 'set' | 'remove') => void,
): TableWalk | undefined {
  const chains = indexChains(table);
  const start = chains.get(hook);
  if (start === undefined || start.kind !== 'builtin') return undefined;
  const matched: Rule[] = [];
  let mark = packet.mark;
  let draw = draws.unit();
  const stack: Frame[] = [{ chain: start, index: 0 }];
  const path = (): string[] => stack.map((frame) => frame.chain.name);
  const policy = (): TableWalk => ({
    verdict: { kind: 'policy', policy: start.policy },
    matched,
    path: [hook],
    mark,
  });
  for (let evaluated = 0; evaluated < MAX_RULES; evaluated++) {
    const frame = stack[stack.length - 1];
    if (frame === undefined) return policy();
    const rule = frame.chain.rules[frame.index];
    if (rule === undefined) {
      stack.pop();
      continue;
    }
    frame.index++;
    const evaluation = matchRule(rule, { packet: { ...packet, mark }, lookups, draw });
    if (evaluation.drawUsed) draw = draws.unit();
    for (const update of evaluation.recentUpdates) onRecent(update.list, update.address.text, update.op);
    if (!evaluation.matched) continue;
    matched.push(rule);
    const target = rule.target;
    switch (target.kind) {
      case 'accept':
      case 'drop':
      case 'reject':
      case 'dnat':
      case 'snat':
      case 'masquerade':
        return { verdict: { kind: target.kind, rule }, matched, path: path(), mark };
      case 'return':
        stack.pop();
        break;
      case 'jump':
      case 'goto': {
        const next = chains.get(target.chain);
        if (next === undefined || stack.length >= MAX_DEPTH) break;
        if (target.kind === 'jump') {
          stack.push({ chain: next, index: 0 });
        } else if (stack.length === 1) {
          // A goto from the built-in chain: when the target returns, only the policy is left.
          frame.index = frame.chain.rules.length;
          stack.push({ chain: next, index: 0 });
        } else {
          stack[stack.length - 1] = { chain: next, index: 0 };
        }
        break;
      }
      case 'mark':
        mark = applyMarkTarget(mark, target);
        break;
      case 'none':
        break;
    }
  }
  return policy();
}
