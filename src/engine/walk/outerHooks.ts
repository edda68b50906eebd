/**
 * The outer header of an encapsulated packet through the nodes' netfilter hooks. The tunnel device hands its
 * outer packet to `ip_local_out`: on the sending node it is locally generated traffic (OUTPUT: raw, mangle,
 * nat, filter; then POSTROUTING), and on the receiving node it is addressed to the node itself (PREROUTING,
 * INPUT) before the UDP socket (or protocol 4) gives it to the tunnel device. The tables see the outer
 * addresses and ports — `-p udp --dport 8472` for VXLAN, `-p ipencap` (IP protocol 4) for IPIP — which is
 * what Felix's `cali-INPUT` IPIP rules and a firewall on the node network are written against.
 */
import { findTable, tablesAtHook, type Hook, type TableName } from '../dataplane/netfilter/model.ts';
import type { NetNamespace, NodeDataplane } from '../dataplane/types.ts';
import type { WalkContext, WalkEnd } from './context.ts';
import { runIptablesTable, tableActive } from './iptablesStage.ts';
import type { HookIo, StageInput } from './stage.ts';
import type { PacketState } from './types.ts';

/** One table the outer header was evaluated in. */
export interface OuterTablePass {
  readonly hook: Hook;
  readonly table: TableName;
}

export interface OuterHooksResult {
  /** Every table the outer header went through, in order (recorded as steps only where a rule decided). */
  readonly evaluated: readonly OuterTablePass[];
  /** Set when a table dropped or rejected the outer packet: the walk ends there. */
  readonly end?: WalkEnd;
}

/** Which side of the tunnel: the sender's local-out path, or the receiver's local-in path. */
export type OuterSide = 'send' | 'receive';

const HOOKS: Readonly<Record<OuterSide, readonly Hook[]>> = {
  send: ['OUTPUT', 'POSTROUTING'],
  receive: ['PREROUTING', 'INPUT'],
};

/**
 * Runs the host namespace's iptables tables at the side's hooks over the packet's outer header, with the same
 * table walk the inner packet gets. conntrack sees the outer flow as NEW, except an IPIP reply, whose outer
 * tuple is the forward tunnel's reversed; the outer packet is never NATed here.
 */
export function runOuterHooks(
  ctx: WalkContext,
  node: NodeDataplane,
  host: NetNamespace,
  side: OuterSide,
  packet: PacketState,
  device: string,
): OuterHooksResult {
  const evaluated: OuterTablePass[] = [];
  if (packet.outer === undefined) return { evaluated };
  const ctState = ctx.replying && packet.outer.protocol === 'ipip' ? 'ESTABLISHED' : 'NEW';
  const io: HookIo = side === 'send' ? { out: device } : { in: device };
  for (const hook of HOOKS[side]) {
    for (const name of tablesAtHook(hook)) {
      const table = findTable(node.ruleset, name);
      if (table === undefined || !tableActive(table, hook)) continue;
      const input: StageInput = {
        ctx,
        node,
        ns: host,
        hook,
        io,
        lookup: undefined,
        at: { node: node.node, netns: host.id, device, hook },
        natOpen: false,
        outer: { ctState },
      };
      evaluated.push({ hook, table: name });
      const result = runIptablesTable(input, table, packet);
      if (result.end !== undefined) return { evaluated, end: result.end };
    }
  }
  return { evaluated };
}
