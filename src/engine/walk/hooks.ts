/**
 * A netfilter hook in one namespace: conntrack first (it runs between raw and mangle; in the host namespace,
 * where the rules are), then every function registered at the hook in priority order — the iptables tables,
 * kube-proxy's nftables base chains, IPVS — each one a step. The nat-type stages run only for a connection's
 * first packet and only until one binds a NAT; later packets and replies are translated by conntrack.
 */
import { tablePriority, tablesAtHook, findTable, type Hook } from '../dataplane/netfilter/model.ts';
import type { NetNamespace, NodeDataplane } from '../dataplane/types.ts';
import { lookupOrCreate, type Lookup } from './conntrack.ts';
import type { WalkContext, WalkEnd } from './context.ts';
import { runIptablesTable, tableActive } from './iptablesStage.ts';
import { runIpvs } from './ipvsStage.ts';
import { IPVS_HOOKS, nftBaseChainsAt } from './modes/index.ts';
import { translateKnown } from './nat.ts';
import { runNftChain } from './nftStage.ts';
import type { HookIo, StageInput, StageResult } from './stage.ts';
import { record } from './steps.ts';
import type { PacketState, StepLocation } from './types.ts';

export type { HookIo } from './stage.ts';

export interface HookResult {
  readonly packet: PacketState;
  readonly end?: WalkEnd;
  /** IPVS DNATed the packet at this hook: it is routed again and leaves through LOCAL_OUT. */
  readonly ipvs?: boolean;
}

export interface HookOptions {
  /** The packet was re-injected by IPVS: `skb->ipvs_property` is set, IPVS does not take it again. */
  readonly skipIpvs?: boolean;
}

/** The nat table sees a connection's first packet only, once per manipulation (destination, source). */
function natPending(lookup: Lookup, hook: Hook): boolean {
  if (hook === 'FORWARD' || lookup.direction === 'reply' || lookup.entry.state === 'ESTABLISHED')
    return false;
  const manip = hook === 'PREROUTING' || hook === 'OUTPUT' ? 'dst' : 'src';
  if (lookup.entry.natDone.has(manip)) return false;
  // INPUT's source NAT is left open: a packet IPVS takes at LOCAL_IN still meets POSTROUTING's masquerade.
  if (hook !== 'INPUT') lookup.entry.natDone.add(manip);
  return true;
}

/** conntrack: the entry this packet carries, a new one, or the translation of a known connection. */
function trackConnection(
  ctx: WalkContext,
  node: NodeDataplane,
  hook: Hook,
  start: PacketState,
  at: StepLocation,
): { lookup: Lookup; packet: PacketState } {
  const carried = ctx.attached?.node === node.node ? ctx.attached.lookup : undefined;
  const lookup = carried ?? lookupOrCreate(ctx.conntrack, node.node, start);
  ctx.attached = { node: node.node, lookup };
  // An ICMP error is RELATED to the connection it quotes: it does not make the connection ESTABLISHED.
  const related = start.payload?.kind === 'icmp-error';
  if (lookup.direction === 'reply' && !related) lookup.entry.state = 'ESTABLISHED';
  if (carried === undefined && lookup.direction === 'new') {
    const packet: PacketState = { ...start, ctState: 'NEW' };
    record(ctx, {
      kind: 'conntrack',
      at,
      packet,
      key: 'walk.conntrack.new',
      params: { node: node.node, src: packet.src, dst: packet.dst },
      commands: [`conntrack -L -p ${packet.protocol} -d ${packet.dst}`],
    });
    return { lookup, packet };
  }
  const translated =
    lookup.direction === 'new' ? undefined : translateKnown(start, lookup.direction, lookup.entry, hook);
  if (lookup.direction !== 'new' && translated !== undefined) {
    const packet: PacketState = {
      ...translated,
      ctState: related ? 'RELATED' : lookup.direction === 'reply' ? 'ESTABLISHED,REPLY' : 'ESTABLISHED',
    };
    record(ctx, {
      kind: 'conntrack',
      at,
      packet,
      key: lookup.direction === 'reply' ? 'walk.conntrack.reverseNat' : 'walk.conntrack.sameNat',
      params: { node: node.node, src: packet.src, dst: packet.dst, hook },
      commands: [`conntrack -L -p ${packet.protocol} -s ${lookup.entry.original.src}`],
    });
    return { lookup, packet };
  }
  if (carried === undefined && lookup.direction === 'reply')
    return { lookup, packet: { ...start, ctState: related ? 'RELATED' : 'ESTABLISHED,REPLY' } };
  return { lookup, packet: start };
}

interface Stage {
  readonly priority: number;
  readonly nat: boolean;
  run(input: StageInput, packet: PacketState, natBound: boolean): StageResult;
}

function stagesAt(node: NodeDataplane, ns: NetNamespace, hook: Hook, options: HookOptions): Stage[] {
  const host = ns.id === 'host';
  const ruleset = host ? node.ruleset : ns.ruleset;
  const stages: Stage[] = [];
  for (const name of tablesAtHook(hook)) {
    const table = ruleset === undefined ? undefined : findTable(ruleset, name);
    if (table === undefined || !tableActive(table, hook)) continue;
    stages.push({
      priority: tablePriority(name, hook),
      nat: name === 'nat',
      run: (input, packet) => runIptablesTable(input, table, packet),
    });
  }
  if (host && node.nftables !== undefined) {
    for (const base of nftBaseChainsAt(node, hook)) {
      stages.push({
        priority: base.priority,
        nat: base.type === 'nat',
        run: (input, packet, bound) => runNftChain(input, base, packet, bound),
      });
    }
  }
  if (host && node.ipvs !== undefined && options.skipIpvs !== true) {
    for (const point of IPVS_HOOKS) {
      if (point.hook !== hook || point.role !== 'request') continue;
      stages.push({ priority: point.priority, nat: false, run: (input, packet) => runIpvs(input, packet) });
    }
  }
  // Stable: at equal priority the iptables table (registered first here) runs first.
  return stages
    .map((stage, index) => ({ stage, index }))
    .sort((a, b) => a.stage.priority - b.stage.priority || a.index - b.index)
    .map((s) => s.stage);
}

/** Runs `hook` in namespace `ns` of `node`. */
export function runHook(
  ctx: WalkContext,
  node: NodeDataplane,
  ns: NetNamespace,
  hook: Hook,
  start: PacketState,
  io: HookIo,
  options: HookOptions = {},
): HookResult {
  const device = io.out ?? io.in;
  const at: StepLocation = {
    node: node.node,
    netns: ns.id,
    ...(device === undefined ? {} : { device }),
    hook,
  };
  let packet = start;
  let lookup: Lookup | undefined;
  if (ns.id === 'host') ({ lookup, packet } = trackConnection(ctx, node, hook, start, at));
  const stages = stagesAt(node, ns, hook, options);
  const natOpen = lookup === undefined || natPending(lookup, hook);
  const input: StageInput = { ctx, node, ns, hook, io, lookup, at, natOpen };
  let natBound = false;
  let ipvs = false;
  for (const stage of stages) {
    if (stage.nat && (!natOpen || natBound)) continue;
    const result = stage.run(input, packet, natBound);
    packet = result.packet;
    if (result.end !== undefined) return { packet, end: result.end };
    natBound ||= result.natBound === true;
    ipvs ||= result.ipvs === true;
  }
  return { packet, ...(ipvs ? { ipvs } : {}) };
}
