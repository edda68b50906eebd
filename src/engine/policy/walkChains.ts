/**
 * A minimal netfilter interpreter for one table at one hook: start at the built-in chain, evaluate rules with
 * `matchRule`, follow jumps (RETURN comes back after the jump), gotos (RETURN goes back to whoever jumped to
 * the chain that did the goto), apply MARK and continue, stop at a terminating target, and fall back on the
 * built-in chain's policy. Enough to ask "does this packet get through the filter FORWARD chain?" — the real
 * walker adds conntrack, NAT and routing around it.
 */
import { assertNever } from '../dataplane/netfilter/assertNever.ts';
import { applyMarkTarget } from '../dataplane/netfilter/mark.ts';
import { matchRule } from '../dataplane/netfilter/match.ts';
import { indexChains, type Chain, type Hook, type Rule, type Table } from '../dataplane/netfilter/model.ts';
import type { MatchLookups, PacketView } from '../dataplane/netfilter/packet.ts';

/** How the walk ended. */
export type ChainVerdict =
  | { readonly kind: 'accept'; readonly rule: Rule }
  | { readonly kind: 'drop'; readonly rule: Rule }
  | { readonly kind: 'reject'; readonly rule: Rule }
  /** A NAT target (DNAT, SNAT, MASQUERADE): the caller applies the rewrite. */
  | { readonly kind: 'nat'; readonly rule: Rule }
  /** No rule decided; the built-in chain's policy did. */
  | { readonly kind: 'policy'; readonly policy: 'ACCEPT' | 'DROP' };

export interface ChainWalk {
  readonly verdict: ChainVerdict;
  /** Every rule whose matches all held, in order (jumps, marks, the deciding rule). */
  readonly matched: readonly Rule[];
  /** The packet mark after the walk. */
  readonly mark: number;
}

/** Whether the walk lets the packet continue (ACCEPT, an accepting policy, or a NAT rewrite). */
export function walkAccepts(walk: ChainWalk): boolean {
  const { verdict } = walk;
  return (
    verdict.kind === 'accept' ||
    verdict.kind === 'nat' ||
    (verdict.kind === 'policy' && verdict.policy === 'ACCEPT')
  );
}

interface Frame {
  readonly chain: Chain;
  index: number;
}

/** A ruleset the kernel would refuse has a loop; bound the depth rather than spin. */
const MAX_DEPTH = 64;

export interface WalkOptions {
  /** Uniform draws in [0, 1) for `statistic` matches, one per evaluation (a seeded source; default 0). */
  readonly draw?: () => number;
}

/** Walks `packet` through `table` at `hook`. Throws if the table has no such built-in chain. */
export function walkTable(
  table: Table,
  hook: Hook,
  packet: PacketView,
  lookups: MatchLookups,
  options: WalkOptions = {},
): ChainWalk {
  const chains = indexChains(table);
  const start = chains.get(hook);
  if (!start || start.kind !== 'builtin') throw new Error(`${table.name} has no ${hook} chain`);
  const matched: Rule[] = [];
  let mark = packet.mark;
  const stack: Frame[] = [{ chain: start, index: 0 }];
  const enter = (name: string): Chain => {
    const chain = chains.get(name);
    if (!chain) throw new Error(`${table.name}: no chain ${name}`);
    if (stack.length >= MAX_DEPTH) throw new Error(`${table.name}: chain depth over ${MAX_DEPTH} at ${name}`);
    return chain;
  };
  for (;;) {
    const frame = stack[stack.length - 1];
    if (!frame) return { verdict: { kind: 'policy', policy: start.policy }, matched, mark };
    const rule = frame.chain.rules[frame.index];
    if (!rule) {
      stack.pop();
      continue;
    }
    frame.index++;
    const evaluation = matchRule(rule, { packet: { ...packet, mark }, lookups, draw: options.draw?.() ?? 0 });
    if (!evaluation.matched) continue;
    matched.push(rule);
    const target = rule.target;
    switch (target.kind) {
      case 'accept':
        return { verdict: { kind: 'accept', rule }, matched, mark };
      case 'drop':
        return { verdict: { kind: 'drop', rule }, matched, mark };
      case 'reject':
        return { verdict: { kind: 'reject', rule }, matched, mark };
      case 'dnat':
      case 'snat':
      case 'masquerade':
        return { verdict: { kind: 'nat', rule }, matched, mark };
      case 'return':
        stack.pop();
        break;
      case 'jump':
        stack.push({ chain: enter(target.chain), index: 0 });
        break;
      case 'goto':
        stack[stack.length - 1] = { chain: enter(target.chain), index: 0 };
        // A goto from the built-in chain itself leaves nothing to return to but the policy.
        if (stack.length === 1) stack.unshift({ chain: { ...start, rules: [] }, index: 0 });
        break;
      case 'mark':
        mark = applyMarkTarget(mark, target);
        break;
      case 'none':
        break;
      default:
        return assertNever(target);
    }
  }
}
