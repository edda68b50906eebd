/**
 * The IP layer of one namespace, as the kernel runs it: a socket's send (route lookup and source address,
 * OUTPUT, the reroute after DNAT, POSTROUTING) and a packet's arrival (PREROUTING, the routing decision, then
 * INPUT and the socket, or FORWARD with the TTL decremented and POSTROUTING). Which way a packet goes is only
 * ever what the routes and the rules say.
 */
import type { NetNamespace, NodeDataplane } from '../dataplane/types.ts';
import { end, type Action } from './actions.ts';
import { netnsOf, nodeOf, type WalkContext } from './context.ts';
import { runHook } from './hooks.ts';
import { bridgeIngress } from './bridge.ts';
import { decapsulate } from './tunnel.ts';
import { applySocketLb, fromContainer, socketLbReverse } from './cilium.ts';
import { nodePortIngress, nodePortReply } from './ciliumService.ts';
import { deviceIn } from './linkLayer.ts';
import { replyVariant } from './errorReply.ts';
import { listens } from './listeners.ts';
import { lookupRoute, routeDecider, selectSource, type RouteDecision } from './routing.ts';
import { inNetns, record } from './steps.ts';
import type { PacketState } from './types.ts';

function routeEnd(decision: RouteDecision): Action {
  return decision.kind === 'blackhole'
    ? end({ verdict: 'dropped', reason: 'blackhole-route' })
    : end({ verdict: 'no-route', reason: 'no-route' });
}

function recordRoute(
  ctx: WalkContext,
  node: NodeDataplane,
  ns: NetNamespace,
  packet: PacketState,
  decision: RouteDecision,
  key: string,
): void {
  const decider = routeDecider(ns, decision);
  record(ctx, {
    kind: 'route',
    at: { node: node.node, netns: ns.id, ...(decision.dev === undefined ? {} : { device: decision.dev }) },
    packet,
    ...(decider === undefined ? {} : { decider }),
    key,
    params: { dst: packet.dst, kind: decision.kind, dev: decision.dev ?? '', via: decision.nexthop ?? '' },
    commands: [
      inNetns(
        ns.id,
        `ip route get ${packet.dst}${packet.mark === 0 ? '' : ` mark 0x${packet.mark.toString(16)}`}`,
      ),
    ],
  });
}

/** An application socket sends `packet` (src empty: the kernel picks it from the route). */
export function send(ctx: WalkContext, a: Extract<Action, { op: 'send' }>): Action {
  const node = nodeOf(ctx, a.node);
  const ns = netnsOf(ctx, a.node, a.netns);
  if (node === undefined || ns === undefined) return end({ verdict: 'dropped', reason: 'unsupported' });
  let decision = lookupRoute(ns, a.packet.dst);
  const src = a.packet.src === '' ? selectSource(ns, decision) : a.packet.src;
  let packet: PacketState = { ...a.packet, src: src ?? '0.0.0.0' };
  if (ns.id !== 'host') {
    const balanced = applySocketLb(ctx, node, ns, packet);
    if ('op' in balanced) return balanced;
    if (balanced.dst !== packet.dst) decision = lookupRoute(ns, balanced.dst);
    packet = balanced;
  }
  const decider = routeDecider(ns, decision);
  record(ctx, {
    kind: 'socket-send',
    at: { node: node.node, netns: ns.id, ...(decision.dev === undefined ? {} : { device: decision.dev }) },
    packet,
    ...(decider === undefined ? {} : { decider }),
    key: ctx.replying ? `walk.socket-send.${replyVariant(packet)}` : 'walk.socket-send.connect',
    params: { src: packet.src, dst: packet.dst, dev: decision.dev ?? '', protocol: packet.protocol },
    commands: [inNetns(ns.id, `ip route get ${packet.dst}`), inNetns(ns.id, 'ss -tunap')],
  });
  if (decision.kind === 'none' || decision.kind === 'blackhole' || decision.kind === 'unreachable')
    return routeEnd(decision);
  const out = runHook(ctx, node, ns, 'OUTPUT', packet, {
    ...(decision.dev === undefined ? {} : { out: decision.dev }),
  });
  if (out.end !== undefined) return end(out.end);
  if (out.packet.dst !== packet.dst) {
    decision = lookupRoute(ns, out.packet.dst);
    recordRoute(ctx, node, ns, out.packet, decision, 'walk.route.reroute');
    if (decision.kind === 'none' || decision.kind === 'blackhole' || decision.kind === 'unreachable')
      return routeEnd(decision);
  }
  packet = out.packet;
  const post = runHook(ctx, node, ns, 'POSTROUTING', packet, {
    ...(decision.dev === undefined ? {} : { out: decision.dev }),
  });
  if (post.end !== undefined) return end(post.end);
  packet = post.packet;
  if (decision.kind === 'local' || decision.kind === 'broadcast') {
    return { op: 'receive', node: a.node, netns: a.netns, device: 'lo', packet };
  }
  return {
    op: 'xmit',
    node: a.node,
    netns: a.netns,
    device: decision.dev ?? '',
    nexthop: decision.nexthop ?? packet.dst,
    packet,
  };
}

/** A frame arrives on `device`: a bridge port hands it to its bridge, a tunnel endpoint decapsulates, else IP. */
export function receive(ctx: WalkContext, a: Extract<Action, { op: 'receive' }>): Action {
  const node = nodeOf(ctx, a.node);
  const ns = netnsOf(ctx, a.node, a.netns);
  if (node === undefined || ns === undefined) return end({ verdict: 'dropped', reason: 'unsupported' });
  const device = deviceIn(ns, a.device);
  if (device !== undefined && ns.id === 'host' && device.kind === 'veth') {
    const ebpf = fromContainer(ctx, node, ns, device, a.packet);
    if (ebpf !== undefined) return ebpf;
  }
  if (device?.kind === 'ethernet' && ns.id === 'host' && node.cilium !== undefined) {
    const ebpf =
      nodePortReply(ctx, node, ns, device.name, a.packet) ??
      nodePortIngress(ctx, node, ns, device.name, a.packet);
    if (ebpf !== undefined) return ebpf;
  }
  if (device?.master !== undefined && device.kind !== 'bridge')
    return bridgeIngress(ctx, node, ns, device, a.packet);
  if (a.packet.outer !== undefined) return decapsulate(ctx, node, ns, a.device, a.packet);
  return ipInput(ctx, node, ns, a.device, a.packet);
}

/** ip_rcv: PREROUTING, the routing decision, then local delivery or forwarding. */
export function ipInput(
  ctx: WalkContext,
  node: NodeDataplane,
  ns: NetNamespace,
  inDev: string,
  arrived: PacketState,
): Action {
  const pre = runHook(ctx, node, ns, 'PREROUTING', arrived, { in: inDev });
  if (pre.end !== undefined) return end(pre.end);
  let packet = pre.packet;
  const decision = lookupRoute(ns, packet.dst);
  recordRoute(ctx, node, ns, packet, decision, `walk.route.${decision.kind}`);
  if (decision.kind === 'local' || decision.kind === 'broadcast') {
    const input = runHook(ctx, node, ns, 'INPUT', packet, { in: inDev });
    if (input.end !== undefined) return end(input.end);
    if (input.ipvs === true) return ipvsSend(ctx, node, ns, input.packet);
    return deliver(ctx, node, ns, inDev, input.packet);
  }
  if (decision.kind !== 'unicast') return routeEnd(decision);
  const forwarding = ns.id === 'host' ? node.sysctls['net.ipv4.ip_forward'] === '1' : false;
  if (!forwarding) return end({ verdict: 'dropped', reason: 'no-route' });
  const hopped = decrementTtl(ctx, node, ns, inDev, packet);
  if ('op' in hopped) return hopped;
  packet = hopped;
  const outDev = decision.dev ?? '';
  const fwd = runHook(ctx, node, ns, 'FORWARD', packet, { in: inDev, out: outDev });
  if (fwd.end !== undefined) return end(fwd.end);
  const post = runHook(ctx, node, ns, 'POSTROUTING', fwd.packet, { out: outDev });
  if (post.end !== undefined) return end(post.end);
  return {
    op: 'xmit',
    node: node.node,
    netns: ns.id,
    device: outDev,
    nexthop: decision.nexthop ?? packet.dst,
    packet: post.packet,
  };
}

/** A forwarded packet loses one from its TTL; at 1 it is dropped (ICMP time exceeded goes back). */
function decrementTtl(
  ctx: WalkContext,
  node: NodeDataplane,
  ns: NetNamespace,
  inDev: string,
  packet: PacketState,
): PacketState | Action {
  if (packet.ttl > 1) return { ...packet, ttl: packet.ttl - 1 };
  record(ctx, {
    kind: 'drop',
    at: { node: node.node, netns: ns.id, device: inDev },
    packet,
    key: 'walk.drop.ttl',
    params: { ttl: packet.ttl },
  });
  return end({ verdict: 'ttl-exceeded', reason: 'ttl-exceeded' });
}

/**
 * After IPVS DNATed a packet at LOCAL_IN: routed to the real server and re-sent through LOCAL_OUT (OUTPUT
 * again, IPVS skipped) and POSTROUTING, not FORWARD; a real server on this node takes it in place.
 */
function ipvsSend(ctx: WalkContext, node: NodeDataplane, ns: NetNamespace, start: PacketState): Action {
  const decision = lookupRoute(ns, start.dst);
  recordRoute(ctx, node, ns, start, decision, 'walk.route.reroute');
  if (decision.kind === 'local' || decision.kind === 'broadcast') return deliver(ctx, node, ns, 'lo', start);
  if (decision.kind !== 'unicast') return routeEnd(decision);
  // ip_vs_xmit's decrement_ttl: a packet IPVS sends on to another host is forwarded, one hop like any other.
  const hopped = decrementTtl(ctx, node, ns, 'lo', start);
  if ('op' in hopped) return hopped;
  const out = decision.dev === undefined ? {} : { out: decision.dev };
  const output = runHook(ctx, node, ns, 'OUTPUT', hopped, out, { skipIpvs: true });
  if (output.end !== undefined) return end(output.end);
  const post = runHook(ctx, node, ns, 'POSTROUTING', output.packet, out);
  if (post.end !== undefined) return end(post.end);
  return {
    op: 'xmit',
    node: node.node,
    netns: ns.id,
    device: decision.dev ?? '',
    nexthop: decision.nexthop ?? start.dst,
    packet: post.packet,
  };
}

/** A socket in this namespace receives the packet, or nobody listens there. */
function deliver(
  ctx: WalkContext,
  node: NodeDataplane,
  ns: NetNamespace,
  device: string,
  packet: PacketState,
): Action {
  const listening = ctx.replying || listens(ctx.cluster, node.node, ns.id, packet);
  if (listening) packet = socketLbReverse(ctx, packet, { node: node.node, netns: ns.id });
  const refusal = packet.protocol === 'tcp' ? 'RST' : 'ICMP port unreachable';
  record(ctx, {
    kind: listening ? 'deliver' : 'drop',
    at: { node: node.node, netns: ns.id, device },
    packet,
    key: listening
      ? ctx.replying
        ? `walk.deliver.${replyVariant(packet)}`
        : 'walk.deliver.socket'
      : 'walk.drop.noListener',
    params: {
      src: packet.src,
      dst: packet.dst,
      port: packet.dport ?? '',
      protocol: packet.protocol,
      answer: refusal,
    },
    commands: [inNetns(ns.id, `ss -lntup`)],
  });
  return listening
    ? end({ verdict: 'delivered', place: { kind: 'node', node: node.node, netns: ns.id }, packet })
    : end({
        verdict: 'refused',
        reason: 'no-listener',
        place: { kind: 'node', node: node.node, netns: ns.id },
        packet,
      });
}
