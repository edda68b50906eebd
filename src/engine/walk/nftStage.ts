/**
 * kube-proxy's nftables mode: one `ip kube-proxy` base chain as a step, run by the colleague's evaluator in
 * its priority slot among the iptables tables at the hook. A `dnat` or `masquerade` verdict binds NAT in
 * conntrack exactly as an iptables nat rule does.
 */
import { evaluateNftBaseChain, nftDecider, type NftBaseChainAt, type NftChainResult } from './modes/index.ts';
import { nftContext, withContext } from './deciderContext.ts';
import { bindDnat, bindSnat, masqueradeAddress } from './nat.ts';
import { addressTypeOf } from './routing.ts';
import { kernelOf } from './sessionState.ts';
import { ctStateOf, type StageInput, type StageResult } from './stage.ts';
import { record } from './steps.ts';
import type { DropReason, PacketState } from './types.ts';

function reasonOf(result: NftChainResult): DropReason {
  const hit = result.decidedBy;
  const where = [...(hit?.path ?? []), hit?.text ?? ''].join(' ');
  if (where.includes('firewall')) return 'source-range-denied';
  if (result.run.verdict === 'reject' || where.includes('no-endpoint')) return 'no-endpoints';
  if (where.includes('local')) return 'no-local-endpoint';
  return 'rule-drop';
}

export function runNftChain(
  input: StageInput,
  base: NftBaseChainAt,
  start: PacketState,
  natBound: boolean,
): StageResult {
  const { ctx, node, ns, lookup, io } = input;
  const state = ctStateOf(input.lookup);
  // kube-proxy's `affinity-…` sets: filled by this node's datapath, kept between connections of a session.
  const sets = kernelOf(ctx.kernel, node.node).nftSets;
  const result = evaluateNftBaseChain(
    node,
    base,
    {
      src: start.src,
      dst: start.dst,
      protocol: start.protocol,
      ...(start.sport === undefined ? {} : { sport: start.sport }),
      ...(start.dport === undefined ? {} : { dport: start.dport }),
      mark: start.mark,
      ctState: state === 'ESTABLISHED' ? 'established' : 'new',
    },
    {
      isLocal: (ip) => addressTypeOf(ns, ip) === 'LOCAL',
      draw: () => ctx.draws.unit(),
      dynamicSetContains: (set, ip) => sets.get(set)?.has(ip) === true,
      natBound,
    },
  );
  for (const update of result.setUpdates) {
    const members = sets.get(update.set) ?? new Set<string>();
    members.add(update.address);
    sets.set(update.set, members);
  }
  if (result.run.skipped || (result.run.hits.length === 0 && result.run.verdict === 'accept'))
    return { packet: start };
  let packet: PacketState = { ...start, mark: result.packet.mark };
  const nat = result.nat;
  if (nat !== undefined && lookup !== undefined) {
    packet =
      nat.kind === 'dnat'
        ? bindDnat(packet, lookup.entry, nat.address, nat.port)
        : bindSnat(packet, lookup.entry, masqueradeAddress(ns, io.out, packet), nat.fullyRandom, ctx.draws);
  }
  const found = nftDecider(result);
  const table = node.nftables?.tables.find((t) => t.name === base.table);
  const decider = found === undefined ? undefined : { ...found, ...withContext(nftContext(table, result)) };
  const variant = nat?.kind ?? (result.run.byPolicy ? 'fallThrough' : result.run.verdict);
  record(ctx, {
    kind: 'nftables',
    at: { ...input.at, chain: base.name },
    packet,
    ...(decider === undefined ? {} : { decider }),
    key: `walk.nftables.${variant}`,
    params: { hook: input.hook, chain: base.name, path: decider?.path?.join(' → ') ?? base.name },
    commands: [`nft list chain ip ${base.table} ${base.name}`],
  });
  if (result.run.verdict === 'drop') return { packet, end: { verdict: 'dropped', reason: reasonOf(result) } };
  if (result.run.verdict === 'reject')
    return { packet, end: { verdict: 'rejected', reason: reasonOf(result) } };
  return { packet, ...(nat === undefined ? {} : { natBound: true }) };
}
