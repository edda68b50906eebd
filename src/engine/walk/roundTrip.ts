/**
 * One exchange: a packet from its sender to whatever socket receives it, then the answer from that socket
 * back through the same conntrack tables. `trace` walks the connection this way, and so does every DNS query
 * before it.
 */
import type { Action } from './actions.ts';
import type { WalkContext, WalkEnd } from './context.ts';
import { STEP_BUDGET } from './context.ts';
import { errorReplyStart } from './errorReply.ts';
import type { Source } from './request.ts';
import type { PacketState, Payload, Step, Walk } from './types.ts';
import { runWalk } from './walker.ts';

export function startAt(source: Source, packet: PacketState): Action {
  switch (source.kind) {
    case 'pod':
      return {
        op: 'send',
        node: source.node,
        netns: source.pod.hostNetwork ? 'host' : `pod:${source.pod.ref}`,
        packet,
      };
    case 'node':
      return { op: 'send', node: source.node.name, netns: 'host', packet };
    case 'external':
      return { op: 'outside-send', host: source.name, packet: { ...packet, src: source.ip } };
  }
}

export function replyPacket(packet: PacketState, payload: Payload | undefined): PacketState {
  const flags = packet.protocol === 'tcp' ? 'S.' : packet.protocol === 'icmp' ? 'echo-reply' : undefined;
  return {
    src: packet.dst,
    dst: packet.src,
    protocol: packet.protocol,
    ...(packet.dport === undefined ? {} : { sport: packet.dport }),
    ...(packet.sport === undefined ? {} : { dport: packet.sport }),
    ttl: 64,
    mark: 0,
    ...(flags === undefined ? {} : { flags }),
    ...(payload === undefined ? {} : { payload }),
  };
}

function replyStart(end: WalkEnd, packet: PacketState): Action | undefined {
  const place = end.place;
  if (place === undefined) return undefined;
  if (place.kind === 'outside') return { op: 'outside-send', host: place.host, packet };
  return { op: 'send', node: place.node, netns: place.netns, packet };
}

export interface RoundTrip {
  readonly forward: WalkEnd;
  readonly steps: readonly Step[];
  readonly reply: Walk | null;
}

/**
 * Walks `start`, then (when delivered) the answer, or (when refused or rejected) the RST or ICMP error back
 * to the client. `answer` may record steps at the receiver (a DNS server answering) and gives the answer's
 * payload.
 */
export function roundTrip(
  ctx: WalkContext,
  start: Action,
  answer?: (end: WalkEnd) => Payload | undefined,
): RoundTrip {
  ctx.steps = [];
  ctx.last = undefined;
  ctx.attached = undefined;
  ctx.replying = false;
  ctx.budget = STEP_BUDGET;
  const forward = runWalk(ctx, start);
  const payload = forward.verdict === 'delivered' && answer !== undefined ? answer(forward) : undefined;
  const steps = ctx.steps;
  const begin =
    forward.verdict === 'delivered' && forward.packet !== undefined
      ? replyStart(forward, replyPacket(forward.packet, payload))
      : errorReplyStart(ctx, forward);
  if (begin === undefined) return { forward, steps, reply: null };
  ctx.steps = [];
  ctx.last = undefined;
  ctx.replying = true;
  ctx.attached = undefined;
  ctx.budget = STEP_BUDGET;
  const back = runWalk(ctx, begin);
  const reply: Walk = {
    steps: ctx.steps,
    verdict: back.verdict,
    ...(back.reason === undefined ? {} : { reason: back.reason }),
  };
  return { forward, steps, reply };
}
