/**
 * The nf_tables core (`nft_do_chain`) over kube-proxy's table: rules in order, statements left to right; a
 * failed match (or a verdict-map miss) moves on to the next rule; `jump` pushes a return point, `goto` does
 * not; `return` or the end of a regular chain goes back to the last jump; the end of a base chain applies its
 * policy. `accept` ends only the current base chain, so the next base chain at the hook still runs; `drop`
 * and `reject` end the packet (nftables wiki, "Configuring chains": drops are instant, accepted packets go on
 * to the base chains of later priority). `dnat to` and `masquerade` set up the NAT binding and accept
 * (nft_nat's verdict); nf_nat rewrites the header when the hook function returns, so a later base chain at
 * the same hook already sees the new destination. A `nat` chain sees only the first packet of a connection:
 * later packets are translated by conntrack without a rule lookup, and once one nat chain at a hook has set
 * up a binding the following nat chains at that hook are not consulted (`nf_nat_inet_fn` runs the nat
 * lookup hooks in priority order only while `!nf_nat_initialized(ct, maniptype)`).
 */
import { assertNever } from '../../../dataplane/netfilter/assertNever.ts';
import {
  findNftChain,
  type NftChain,
  type NftHook,
  type NftTable,
} from '../../../dataplane/kubeproxy/nftables/model.ts';
import { nftRuleText } from '../../../dataplane/kubeproxy/nftables/render.ts';
import type { NodeDataplane } from '../../../dataplane/types.ts';
import { nftBaseChainsAt } from './chains.ts';
import { effectOf, runRule } from './rule.ts';
import type {
  NftBaseChainAt,
  NftChainResult,
  NftHookContext,
  NftHookResult,
  NftNat,
  NftPacket,
  NftRuleHit,
  NftSetUpdate,
} from './types.ts';

/** The kernel's `NFT_JUMP_STACK_SIZE`: deeper jumps are refused at load time, so deeper means a model bug. */
const JUMP_STACK_SIZE = 16;
/** A bound on rules visited, so a malformed table cannot loop the walker. */
const MAX_STEPS = 10_000;

interface Position {
  readonly chain: NftChain;
  readonly next: number;
  readonly path: readonly string[];
}

function tableOf(node: NodeDataplane, base: NftBaseChainAt): NftTable | undefined {
  return node.nftables?.tables.find((table) => table.name === base.table);
}

/** Resolves a chain name or entry to the base chain record (any hook). */
function resolveBase(node: NodeDataplane, chain: string | NftBaseChainAt): NftBaseChainAt | undefined {
  if (typeof chain !== 'string') return chain;
  const hooks: readonly NftHook[] = ['prerouting', 'input', 'forward', 'output', 'postrouting'];
  for (const hook of hooks) {
    const found = nftBaseChainsAt(node, hook).find((candidate) => candidate.name === chain);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Runs one base chain over the packet. Throws for a chain the node does not have (a walker bug): use
 * {@link nftBaseChainsAt} to list them.
 */
export function evaluateNftBaseChain(
  node: NodeDataplane,
  chain: string | NftBaseChainAt,
  packet: NftPacket,
  ctx: NftHookContext,
): NftChainResult {
  const base = resolveBase(node, chain);
  const table = base === undefined ? undefined : tableOf(node, base);
  const start = base === undefined || table === undefined ? undefined : findNftChain(table, base.name);
  if (base === undefined || table === undefined || start === undefined)
    throw new Error(
      `no nftables base chain ${typeof chain === 'string' ? chain : chain.name} on ${node.node}`,
    );

  if (base.type === 'nat' && (packet.ctState !== 'new' || ctx.natBound === true)) {
    const run = { chain: base, verdict: 'accept', byPolicy: false, skipped: true, hits: [] } as const;
    return { run, packet, setUpdates: [] };
  }

  const hits: NftRuleHit[] = [];
  const setUpdates: NftSetUpdate[] = [];
  const stack: Position[] = [];
  let here: Position = { chain: start, next: 0, path: [start.name] };
  let mark = packet.mark;
  const finish = (verdict: 'accept' | 'drop' | 'reject', byPolicy: boolean, nat?: NftNat): NftChainResult => {
    const after: NftPacket =
      nat?.kind === 'dnat' ? { ...packet, mark, dst: nat.address, dport: nat.port } : { ...packet, mark };
    const decidedBy = byPolicy ? undefined : hits[hits.length - 1];
    return {
      run: { chain: base, verdict, byPolicy, skipped: false, hits },
      packet: after,
      ...(nat === undefined ? {} : { nat }),
      ...(decidedBy === undefined ? {} : { decidedBy }),
      setUpdates,
    };
  };

  for (let steps = 0; steps < MAX_STEPS; steps++) {
    const rule = here.chain.rules[here.next];
    if (rule === undefined) {
      // End of chain: back to the last jump, or the base chain's policy.
      const back = stack.pop();
      if (back === undefined) return finish(base.policy, true);
      here = back;
      continue;
    }
    const run = runRule(table, here.chain, here.next, { ...packet, mark }, ctx);
    here = { ...here, next: here.next + 1 };
    if (run.outcome.kind === 'no-match') continue;
    mark = run.mark;
    setUpdates.push(...run.updates);
    hits.push({
      rule: rule.id,
      chain: rule.chain,
      position: rule.position,
      path: here.path,
      elements: run.elements,
      effect: effectOf(run.outcome),
      ...(run.numgen === undefined ? {} : { numgen: run.numgen }),
      text: nftRuleText(rule),
    });
    const outcome = run.outcome;
    if (outcome.kind === 'continue') continue;
    if (outcome.kind === 'nat') return finish('accept', false, outcome.nat);
    const verdict = outcome.verdict;
    switch (verdict.kind) {
      case 'accept':
      case 'drop':
      case 'reject':
        return finish(verdict.kind, false);
      case 'return': {
        const back = stack.pop();
        if (back === undefined) return finish(base.policy, true);
        here = back;
        break;
      }
      case 'jump':
      case 'goto': {
        const target = findNftChain(table, verdict.chain);
        if (target === undefined) throw new Error(`nft: no chain ${verdict.chain}`);
        if (verdict.kind === 'jump') {
          if (stack.length >= JUMP_STACK_SIZE) throw new Error('nft: jump stack overflow');
          stack.push(here);
        }
        here = { chain: target, next: 0, path: [...here.path, target.name] };
        break;
      }
      default:
        return assertNever(verdict);
    }
  }
  throw new Error(`nft: evaluation of ${base.name} did not terminate`);
}

/**
 * Runs every `ip kube-proxy` base chain at `hook` in priority order, threading the packet (mark, DNAT)
 * through them, and stops at the first drop or reject. Use this when no iptables table shares the hook;
 * otherwise interleave {@link evaluateNftBaseChain} with the iptables tables by priority.
 */
export function evaluateNftablesHook(
  node: NodeDataplane,
  hook: NftHook,
  packet: NftPacket,
  ctx: NftHookContext,
): NftHookResult {
  let current = packet;
  let nat: NftNat | undefined;
  let decidedBy: NftRuleHit | undefined;
  const chains: NftChainResult['run'][] = [];
  const setUpdates: NftSetUpdate[] = [];
  let explicit = false;
  let bound = ctx.natBound === true;
  for (const base of nftBaseChainsAt(node, hook)) {
    const result = evaluateNftBaseChain(node, base, current, { ...ctx, natBound: bound });
    if (result.nat !== undefined) bound = true;
    chains.push(result.run);
    setUpdates.push(...result.setUpdates);
    current = result.packet;
    if (result.nat !== undefined) nat = result.nat;
    if (result.decidedBy !== undefined) decidedBy = result.decidedBy;
    if (!result.run.byPolicy && !result.run.skipped) explicit = true;
    if (result.run.verdict !== 'accept') {
      return {
        hook,
        verdict: result.run.verdict,
        packet: current,
        ...(nat === undefined ? {} : { nat }),
        mark: current.mark,
        chains,
        hits: chains.flatMap((run) => run.hits),
        ...(decidedBy === undefined ? {} : { decidedBy }),
        setUpdates,
      };
    }
  }
  return {
    hook,
    verdict: explicit ? 'accept' : 'continue',
    packet: current,
    ...(nat === undefined ? {} : { nat }),
    mark: current.mark,
    chains,
    hits: chains.flatMap((run) => run.hits),
    ...(decidedBy === undefined ? {} : { decidedBy }),
    setUpdates,
  };
}
