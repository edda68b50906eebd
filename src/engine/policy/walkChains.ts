/**
 * One table at one hook, asked the policy question "does this packet get through the filter FORWARD chain?".
 * The interpretation (jumps, gotos, RETURN, MARK, terminating targets, the built-in chain's policy) is the
 * walker's (`walk/netfilterWalk.ts`), so what the policy agreement tests check is what a trace does; this is
 * its verdict in the shape the policy tests and tools use.
 */
import type { Hook, Rule, Table } from '../dataplane/netfilter/model.ts';
import type { MatchLookups, PacketView } from '../dataplane/netfilter/packet.ts';
import { walkTable as walkTableAtHook, type TableVerdict } from '../walk/netfilterWalk.ts';

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

export interface WalkOptions {
  /** Uniform draws in [0, 1) for `statistic` matches (a seeded source; default 0). */
  readonly draw?: () => number;
}

/** The walker's verdict in the policy vocabulary: every NAT target is a `nat` the caller applies. */
function chainVerdict(verdict: TableVerdict): ChainVerdict {
  if (verdict.kind === 'policy') return verdict;
  switch (verdict.kind) {
    case 'accept':
    case 'drop':
    case 'reject':
      return { kind: verdict.kind, rule: verdict.rule };
    case 'dnat':
    case 'snat':
    case 'masquerade':
      return { kind: 'nat', rule: verdict.rule };
  }
}

/** Walks `packet` through `table` at `hook`. Throws if the table has no such built-in chain. */
export function walkTable(
  table: Table,
  hook: Hook,
  packet: PacketView,
  lookups: MatchLookups,
  options: WalkOptions = {},
): ChainWalk {
  const draw = options.draw ?? (() => 0);
  const draws = { unit: draw, int: (min: number) => min };
  const walk = walkTableAtHook(table, hook, packet, lookups, draws, () => undefined);
  if (walk === undefined) throw new Error(`${table.name} has no ${hook} chain`);
  return { verdict: chainVerdict(walk.verdict), matched: walk.matched, mark: walk.mark };
}
