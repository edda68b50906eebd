/**
 * One iptables table at one hook as a step: the chain walk, the NAT it binds (recorded in conntrack), the
 * rule that decided with the jump path that led to it, and the end of the walk on DROP or REJECT.
 */
import { parseIp } from '../dataplane/netfilter/ip.ts';
import type { IpProtocol } from '../dataplane/netfilter/matches.ts';
import type { Rule, Table, TableName } from '../dataplane/netfilter/model.ts';
import type { MatchLookups, PacketIpvs, PacketView } from '../dataplane/netfilter/packet.ts';
import { saveRuleLine } from '../dataplane/netfilter/renderSave.ts';
import { ipsetMembership } from '../policy/ipsetLookup.ts';
import { tupleOf, type Tuple } from './conntrack.ts';
import { iptablesContext, withContext } from './deciderContext.ts';
import type { WalkEnd } from './context.ts';
import { applyNatRule } from './nat.ts';
import { walkTable, type TableWalk } from './netfilterWalk.ts';
import { dropReasonOf, isPolicyChain } from './reasons.ts';
import { addressTypeOf } from './routing.ts';
import { kernelOf, SESSION_NOW } from './sessionState.ts';
import { ctStateOf, type HookIo, type StageInput, type StageResult } from './stage.ts';
import { inNetns, record } from './steps.ts';
import type { PacketState } from './types.ts';

/** The header the tables see: the packet's own, or its outer header while it crosses the hooks encapsulated. */
function header(packet: PacketState, input: StageInput): Tuple & { readonly protocol: IpProtocol } {
  const outer = input.outer === undefined ? undefined : packet.outer;
  if (outer === undefined) return { ...tupleOf(packet), protocol: packet.protocol };
  return {
    src: outer.src,
    dst: outer.dst,
    ...(outer.sport === undefined ? {} : { sport: outer.sport }),
    ...(outer.dport === undefined ? {} : { dport: outer.dport }),
    protocol: outer.protocol === 'ipip' ? 'ipencap' : 'udp',
  };
}

/** xt_ipvs's view of a connection IPVS scheduled (kube-proxy IPVS mode, Masq forwarding). */
function ipvsOf(input: StageInput): PacketIpvs | undefined {
  const ipvs = input.outer === undefined ? input.lookup?.entry.ipvs : undefined;
  const vaddr = ipvs === undefined ? undefined : parseIp(ipvs.vaddr);
  if (ipvs === undefined || vaddr === undefined || input.lookup === undefined) return undefined;
  const direction = input.lookup.direction === 'reply' ? 'REPLY' : 'ORIGINAL';
  return { vaddr, vport: ipvs.vport, direction, method: 'MASQ' };
}

function view(packet: PacketState, io: HookIo, input: StageInput): PacketView | undefined {
  const seen = header(packet, input);
  const src = parseIp(seen.src);
  const dst = parseIp(seen.dst);
  if (src === undefined || dst === undefined) return undefined;
  const protocol = seen.protocol;
  const ipvs = ipvsOf(input);
  // An ICMP error conntrack tied to the connection it quotes (errorReply.ts).
  const related =
    packet.payload?.kind === 'icmp-error' && input.lookup !== undefined && input.lookup.direction !== 'new';
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
    ...(seen.sport === undefined ? {} : { sport: seen.sport }),
    ...(seen.dport === undefined ? {} : { dport: seen.dport }),
    ...(io.in === undefined ? {} : { inInterface: io.in }),
    ...(io.out === undefined ? {} : { outInterface: io.out }),
    mark: packet.mark,
    conntrack: {
      state: input.outer?.ctState ?? (related ? 'RELATED' : ctStateOf(input.lookup)),
      snat: input.lookup?.entry.nat.includes('SNAT') ?? false,
      dnat: input.lookup?.entry.nat.includes('DNAT') ?? false,
    },
    ...physical,
    ...(ipvs === undefined ? {} : { ipvs }),
  };
}

function lookupsFor(input: StageInput): MatchLookups {
  const { ctx, node, ns } = input;
  const recent = kernelOf(ctx.kernel, node.node).recent;
  return {
    addressType: (address, device) => addressTypeOf(ns, address.text, device),
    ipsetContains: ipsetMembership(node.ipsets),
    recentLastSeen: (list, address) => {
      const seen = recent.get(list)?.get(address.text);
      return seen === undefined ? undefined : SESSION_NOW - seen;
    },
  };
}

/** `-m recent --set/--update/--remove` on this node's lists (kept between connections of a session). */
function onRecent(input: StageInput): (list: string, address: string, op: 'set' | 'remove') => void {
  const recent = kernelOf(input.ctx.kernel, input.node.node).recent;
  return (list, address, op) => {
    const seen = recent.get(list) ?? new Map<string, number>();
    if (op === 'set') seen.set(address, SESSION_NOW);
    else seen.delete(address);
    recent.set(list, seen);
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
  const walk = walkTable(table, hook, packetView, lookupsFor(input), ctx.draws, onRecent(input));
  if (walk === undefined) return { packet: start };
  const verdict = walk.verdict;
  // The outer header: the tables' marks stay with that pass, and a table that only fell through says nothing.
  if (input.outer !== undefined) return outerResult(input, table, start, walk);
  let packet: PacketState = { ...start, mark: walk.mark };
  if (lookup !== undefined) lookup.entry.mark = walk.mark;
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
    decider: {
      text,
      view: 'iptables-save',
      refs: walk.matched.map((r) => r.id),
      path: walk.path,
      ...withContext(iptablesContext(table, hook, walk, family)),
    },
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

const OUTER_VARIANT = {
  accept: 'outerAccept',
  drop: 'outerDrop',
  reject: 'outerDrop',
  dnat: 'outerNat',
  snat: 'outerNat',
  masquerade: 'outerNat',
} as const;

/** The outer header of an encapsulated packet at one table: a step only where a rule (or a DROP policy) decided. */
function outerResult(input: StageInput, table: Table, packet: PacketState, walk: TableWalk): StageResult {
  const { ctx, ns, hook } = input;
  const verdict = walk.verdict;
  const end = endOf(walk);
  if (verdict.kind === 'policy' && verdict.policy === 'ACCEPT') return { packet };
  const rule = verdict.kind === 'policy' ? undefined : verdict.rule;
  const chain = rule?.chain ?? hook;
  record(ctx, {
    kind: 'netfilter',
    at: {
      ...input.at,
      table: table.name,
      chain,
      ...(rule === undefined ? {} : { ruleIndex: rule.position }),
    },
    packet,
    decider: {
      text: rule === undefined ? `:${hook} DROP` : saveRuleLine(rule, input.node.ruleset.family),
      view: 'iptables-save',
      refs: walk.matched.map((r) => r.id),
      path: walk.path,
      ...withContext(iptablesContext(table, hook, walk, input.node.ruleset.family)),
    },
    key: `walk.netfilter.${verdict.kind === 'policy' ? 'outerDrop' : OUTER_VARIANT[verdict.kind]}`,
    params: {
      hook,
      table: table.name,
      chain,
      path: walk.path.join(' → '),
      outerSrc: packet.outer?.src ?? '',
      outerDst: packet.outer?.dst ?? '',
      protocol: packet.outer?.protocol === 'ipip' ? 'ipencap' : `udp ${packet.outer?.dport ?? ''}`,
    },
    commands: [inNetns(ns.id, `iptables -t ${table.name} -L ${chain} -n -v --line-numbers`)],
  });
  return { packet, ...(end === undefined ? {} : { end }) };
}
