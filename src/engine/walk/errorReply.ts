/**
 * The answer to a connection that failed: a TCP RST from the destination's stack when nothing listens
 * (ICMP port unreachable for UDP), or the ICMP port unreachable a REJECT rule (or IPVS, or the nftables
 * `reject`) makes the rejecting node send. Either goes back through conntrack like any reply: the RST by its
 * reversed tuple, the ICMP error by the header it quotes (RELATED), so the NAT is undone on the way and the
 * client's socket learns which connection failed.
 */
import type { Action } from './actions.ts';
import { netnsOf, type WalkContext, type WalkEnd } from './context.ts';
import { addressTypeOf } from './routing.ts';
import type { PacketState } from './types.ts';

/** ICMP port unreachable quoting `offending`, from `src` ('' when the route lookup picks the address). */
function portUnreachable(offending: PacketState, src: string): PacketState {
  return {
    src,
    dst: offending.src,
    protocol: 'icmp',
    ttl: 64,
    mark: 0,
    flags: 'port-unreachable',
    payload: {
      kind: 'icmp-error',
      type: 'port-unreachable',
      quoted: {
        protocol: offending.protocol,
        src: offending.src,
        dst: offending.dst,
        ...(offending.sport === undefined ? {} : { sport: offending.sport }),
        ...(offending.dport === undefined ? {} : { dport: offending.dport }),
      },
    },
  };
}

/** The RST the destination's TCP stack answers a SYN to a closed port with. */
function reset(offending: PacketState): PacketState {
  return {
    src: offending.dst,
    dst: offending.src,
    protocol: 'tcp',
    ...(offending.dport === undefined ? {} : { sport: offending.dport }),
    ...(offending.sport === undefined ? {} : { dport: offending.sport }),
    ttl: 64,
    mark: 0,
    flags: 'R.',
  };
}

/**
 * Where the error starts and what it is, or undefined when the walk did not end in a refusal or a rejection
 * (or ended outside the nodes, where no node's stack answers).
 */
export function errorReplyStart(ctx: WalkContext, forward: WalkEnd): Action | undefined {
  if (forward.verdict === 'refused') {
    const place = forward.place;
    const packet = forward.packet;
    if (place?.kind !== 'node' || packet === undefined) return undefined;
    const error = packet.protocol === 'tcp' ? reset(packet) : portUnreachable(packet, packet.dst);
    return { op: 'send', node: place.node, netns: place.netns, packet: error };
  }
  if (forward.verdict !== 'rejected') return undefined;
  const last = ctx.steps[ctx.steps.length - 1];
  const node = last?.at.node;
  const netns = last?.at.netns;
  if (last === undefined || node === undefined || netns === undefined) return undefined;
  const ns = netnsOf(ctx, node, netns);
  if (ns === undefined) return undefined;
  const { outer: _outer, payload: _payload, ...offending } = last.packet;
  // icmp_send: the rejected packet's destination when it was this node's own address, else the route picks.
  const src = addressTypeOf(ns, offending.dst) === 'LOCAL' ? offending.dst : '';
  return { op: 'send', node, netns, packet: portUnreachable(offending, src) };
}

/** The variant of a reply's send and delivery texts: an ordinary answer, a RST, or an ICMP error. */
export function replyVariant(packet: PacketState): 'reply' | 'reset' | 'icmpError' {
  if (packet.payload?.kind === 'icmp-error') return 'icmpError';
  return packet.protocol === 'tcp' && packet.flags === 'R.' ? 'reset' : 'reply';
}
