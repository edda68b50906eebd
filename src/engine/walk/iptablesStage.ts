/**
 * One iptables table at one hook as a step: the chain walk, the NAT it binds (recorded in conntrack), the
 * rule that decided with the jump path that led to it, and the end of the walk on DROP or REJECT.
 */
import { parseIp } from '../dataplane/netfilter/ip.ts';
import type { IpProtocol } from '../dataplane/netfilter/matches.ts';
import type { Rule, Table, TableName } from '../dataplane/netfilter/model.ts';
import type { MatchLookups, PacketView } from '../dataplane/netfilter/packet.ts';
import { saveRuleLine } from '../dataplane/netfilter/renderSave.ts';
import { ipsetMembership } from '../policy/ipsetLookup.ts';
import type { WalkContext, WalkEnd } from './context.ts';
import { applyNatRule } from './nat.ts';
import { walkTable, type TableWalk } from './netfilterWalk.ts';
import { dropReasonOf, isPolicyChain } from './reasons.ts';
import { addressTypeOf } from './routing.ts';
import { ctStateOf, type HookIo, type StageInput, type StageResult } from './stage.ts';
import { inNetns, record } from './steps.ts';
import type { PacketState } from './types.ts';

function view(packet: PacketState, io: HookIo, input: StageInput): PacketView | undefined {
  const src = parseIp(packet.src);
  const dst = parseIp(packet.dst);
  if (src === undefined || dst === undefined) return undefined;
  const protocol: IpProtocol = packet.protocol;
  const physical =
    io.physIn === undefined && io.physOut === undefined
      ? {}
      : {
          bridge: {
            ...(io.physIn === undefined ? {} : { physIn: io.physIn }),
            ...(io.physOut === undefined ? {} : { physOut: io.physOut }),
          },
        };
  return {
    src,
    dst,
    protocol,
    ...(packet.sport === undefined ? {} : { sport: packet.sport }),
    ...(packet.dport === undefined ? {} : { dport: packet.dport }),
    ...(io.in === undefined ? {} : { inInterface: io.in }),
    ...(io.out === undefined ? {} : { outInterface: io.out }),
    mark: packet.mark,
    conntrack: {
      state: ctStateOf(input.lookup),
      snat: input.lookup?.entry.nat.includes('SNAT') ?? false,
      dnat: input.lookup?.entry.nat.includes('DNAT') ?? false,
    },
    ...physical,
  };
}

function lookupsFor(input: StageInput): MatchLookups {
  const { ctx, node, ns } = input;
  return {
    addressType: (address, device) => addressTypeOf(ns, address.text, device),
    ipsetContains: ipsetMembership(node.ipsets),
    recentLastSeen: (list, address) => (ctx.recent.get(list)?.has(address.text) === true ? 0 : undefined),
  };
}

function onRecent(ctx: WalkContext): (list: string, address: string, op: 'set' | 'remove') => void {
  return (list, address, op) => {
    const set = ctx.recent.get(list) ?? new Set<string>();
    if (op === 'set') set.add(address);
    else set.delete(address);
    ctx.recent.set(list, set);
  };
}

function deciding(walk: TableWalk): Rule | undefined {
  return walk.verdict.kind === 'policy' ? walk.matched[walk.matched.length - 1] : walk.verdict.rule;
}

/** The chains the walk jumped into (including those that returned without deciding). */
function enteredChains(walk: TableWalk): readonly string[] {
  return walk.matched.flatMap((r) =>
    r.target.kind === 'jump' || r.target.kind === 'goto' ? [r.target.chain] : [],
  );
}

function endOf(walk: TableWalk): WalkEnd | undefined {
  const verdict = walk.verdict;
  switch (verdict.kind) {
    case 'drop':
      return { verdict: 'dropped', reason: dropReasonOf(verdict.rule, walk.path, enteredChains(walk)) };
    case 'reject':
      return { verdict: 'rejected', reason: dropReasonOf(verdict.rule, walk.path) };
    case 'policy':
      return verdict.policy === 'DROP' ? { verdict: 'dropped', reason: 'rule-drop' } : undefined;
    case 'accept':
    case 'dnat':
    case 'snat':
    case 'masquerade':
      return undefined;
  }
}

/** Whether the table's built-in chain at this hook has anything to say (rules, or a DROP policy). */
export function tableActive(table: Table, hook: string): boolean {
  const chain = table.chains.find((c) => c.name === hook);
  return (
    chain !== undefined && (chain.rules.length > 0 || (chain.kind === 'builtin' && chain.policy !== 'ACCEPT'))
  );
}

export function runIptablesTable(input: StageInput, table: Table, start: PacketState): StageResult {
  const { ctx, ns, hook, io, lookup } = input;
  const tableName: TableName = table.name;
  const packetView = view(start, io, input);
  if (packetView === undefined) return { packet: start, end: { verdict: 'dropped', reason: 'unsupported' } };
  const walk = walkTable(table, hook, packetView, lookupsFor(input), ctx.draws, onRecent(ctx));
  if (walk === undefined) return { packet: start };
  let packet: PacketState = { ...start, mark: walk.mark };
  if (lookup !== undefined) lookup.entry.mark = walk.mark;
  const verdict = walk.verdict;
  const binds = verdict.kind === 'dnat' || verdict.kind === 'snat' || verdict.kind === 'masquerade';
  if (tableName === 'nat' && lookup !== undefined && binds) {
    packet = applyNatRule(packet, verdict.rule, lookup.entry, ns, io.out, ctx.draws);
  }
  const rule = deciding(walk);
  const family = ns.id === 'host' ? input.node.ruleset.family : (ns.ruleset?.family ?? 'ipv4');
  const text =
    rule === undefined
      ? `:${hook} ${walk.verdict.kind === 'policy' ? walk.verdict.policy : ''}`
      : saveRuleLine(rule, family);
  const variant =
    verdict.kind === 'policy' ? (verdict.policy === 'DROP' ? 'policyDrop' : 'fallThrough') : verdict.kind;
  const policyNote =
    hook === 'FORWARD' &&
    tableName === 'filter' &&
    !ctx.cluster.settings.enforcesNetworkPolicy &&
    ctx.cluster.networkPolicies.length > 0;
  const chain = rule?.chain ?? hook;
  // A DROP after a policy chain returned without accepting: say which policy chain left it to the DROP.
  const end = endOf(walk);
  const policyChain =
    end?.reason === 'policy-denied' && !walk.path.some(isPolicyChain)
      ? enteredChains(walk).filter(isPolicyChain).at(-1)
      : undefined;
  const key = policyNote
    ? 'walk.netfilter.policyNotEnforced'
    : policyChain !== undefined
      ? 'walk.netfilter.policyDefaultDrop'
      : `walk.netfilter.${variant}`;
  record(ctx, {
    kind: 'netfilter',
    at: { ...input.at, table: tableName, chain, ...(rule === undefined ? {} : { ruleIndex: rule.position }) },
    packet,
    decider: { text, view: 'iptables-save', refs: walk.matched.map((r) => r.id), path: walk.path },
    key,
    params: {
      policyChain: policyChain ?? '',
      hook,
      table: tableName,
      chain,
      path: walk.path.join(' → '),
      cni: ctx.cluster.settings.cni.plugin,
    },
    commands: [inNetns(ns.id, `iptables -t ${tableName} -L ${chain} -n -v --line-numbers`)],
  });
  return {
    packet,
    ...(end === undefined ? {} : { end }),
    ...(tableName === 'nat' && binds ? { natBound: true } : {}),
  };
}
