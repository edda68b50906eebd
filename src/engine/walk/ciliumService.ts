/**
 * Cilium's service load-balancing in eBPF where no socket-LB applied: per packet at `bpf_lxc` (ClusterIP
 * from a pod, reversed by bpf_lxc when the answer comes back into the client), and NodePort at `bpf_host` on
 * the node's external device (DNAT, SNAT to the node when the backend is elsewhere, and the reverse for the
 * reply on that same node). Decisions come from the colleague's evaluators over the node's service map.
 */
import type { NetNamespace, NodeDataplane } from '../dataplane/types.ts';
import { end, type Action } from './actions.ts';
import { forwardByIpcache } from './cilium.ts';
import type { WalkContext } from './context.ts';
import { ciliumNodePortLb, ciliumPerPacketLb, ciliumServiceDecider } from './modes/index.ts';
import { lookupRoute } from './routing.ts';
import { record } from './steps.ts';
import type { PacketState, StepLocation } from './types.ts';

const COMMANDS = ['cilium-dbg service list', 'cilium-dbg bpf lb list', 'cilium-dbg bpf nat list'];

/** The service has no backend: one eBPF step saying so, and the walk ends with `verdict`. */
function noBackend(
  ctx: WalkContext,
  at: StepLocation,
  packet: PacketState,
  decision: Parameters<typeof ciliumServiceDecider>[0],
  verdict: 'rejected' | 'dropped',
): Action {
  record(ctx, {
    kind: 'ebpf',
    at,
    packet,
    decider: ciliumServiceDecider(decision),
    key: 'walk.ebpf.noBackend',
    params: { service: `${packet.dst}:${packet.dport}` },
    commands: COMMANDS,
  });
  return end({ verdict, reason: 'no-endpoints' });
}

/** bpf_lxc's per-packet service translation for a connection socket-LB did not handle. */
export function perPacketLb(
  ctx: WalkContext,
  node: NodeDataplane,
  host: NetNamespace,
  device: string,
  packet: PacketState,
): PacketState | Action {
  if (ctx.replying || ctx.socketLb !== undefined || packet.dport === undefined || packet.protocol === 'icmp')
    return packet;
  const decision = ciliumPerPacketLb(node, packet.dst, packet.dport, packet.protocol, () => ctx.draws.unit());
  if (decision === undefined) return packet;
  const at = { node: node.node, netns: host.id, device };
  // serviceNoBackendResponse: reject at the pod's socket/tc hook.
  if (decision.kind === 'no-backend') return noBackend(ctx, at, packet, decision, 'rejected');
  const next: PacketState = { ...packet, dst: decision.backend.ip, dport: decision.backend.port };
  ctx.socketLb = {
    kind: 'tc',
    service: packet.dst,
    servicePort: packet.dport,
    backend: next.dst,
    backendPort: decision.backend.port,
  };
  record(ctx, {
    kind: 'ebpf',
    at,
    packet: next,
    decider: ciliumServiceDecider(decision),
    key: 'walk.ebpf.serviceLb',
    params: { service: `${packet.dst}:${packet.dport}`, backend: `${next.dst}:${decision.backend.port}` },
    commands: COMMANDS,
  });
  return next;
}

/** The reverse of a per-packet translation, as the answer re-enters the client's veth. */
export function tcReverse(ctx: WalkContext, packet: PacketState, at: StepLocation): PacketState {
  const lb = ctx.socketLb;
  if (!ctx.replying || lb?.kind !== 'tc' || packet.src !== lb.backend) return packet;
  const next: PacketState = { ...packet, src: lb.service, sport: lb.servicePort };
  record(ctx, {
    kind: 'ebpf',
    at,
    packet: next,
    key: 'walk.ebpf.revNat',
    params: { service: `${lb.service}:${lb.servicePort}`, backend: `${lb.backend}:${lb.backendPort}` },
    commands: COMMANDS,
  });
  return next;
}

/** bpf_host on the external device: a NodePort (or LoadBalancer, externalIP) frontend of this node. */
export function nodePortIngress(
  ctx: WalkContext,
  node: NodeDataplane,
  host: NetNamespace,
  device: string,
  packet: PacketState,
): Action | undefined {
  if (ctx.replying || packet.outer !== undefined || packet.dport === undefined || packet.protocol === 'icmp')
    return undefined;
  const decision = ciliumNodePortLb(node, packet.dst, packet.dport, packet.protocol, () => ctx.draws.unit());
  if (decision === undefined) return undefined;
  const at = { node: node.node, netns: host.id, device };
  // External traffic to a frontend with no backend is dropped at the node.
  if (decision.kind === 'no-backend') return noBackend(ctx, at, packet, decision, 'dropped');
  const snat = decision.snat?.address;
  const next: PacketState = {
    ...packet,
    dst: decision.dnat.address,
    dport: decision.dnat.port,
    ...(snat === undefined ? {} : { src: snat }),
  };
  ctx.nodePort = {
    node: node.node,
    client: packet.src,
    clientPort: packet.sport,
    frontend: packet.dst,
    frontendPort: packet.dport,
    snat,
  };
  record(ctx, {
    kind: 'ebpf',
    at,
    packet: next,
    decider: ciliumServiceDecider(decision),
    key: snat === undefined ? 'walk.ebpf.nodePortLocal' : 'walk.ebpf.nodePortSnat',
    params: {
      frontend: `${packet.dst}:${packet.dport}`,
      backend: `${next.dst}:${next.dport ?? ''}`,
      snat: snat ?? '',
    },
    commands: COMMANDS,
  });
  return forwardByIpcache(ctx, node, host, device, next) ?? end({ verdict: 'no-route', reason: 'no-route' });
}

/** The reply of a NodePort connection on the node that translated it: back to the client from the frontend. */
export function nodePortReply(
  ctx: WalkContext,
  node: NodeDataplane,
  host: NetNamespace,
  device: string,
  packet: PacketState,
): Action | undefined {
  const nat = ctx.nodePort;
  if (!ctx.replying || nat?.node !== node.node || packet.dst !== (nat.snat ?? nat.client)) return undefined;
  const next: PacketState = {
    ...packet,
    src: nat.frontend,
    sport: nat.frontendPort,
    dst: nat.client,
    ...(nat.clientPort === undefined ? {} : { dport: nat.clientPort }),
  };
  record(ctx, {
    kind: 'ebpf',
    at: { node: node.node, netns: host.id, device },
    packet: next,
    key: 'walk.ebpf.nodePortReply',
    params: { frontend: `${nat.frontend}:${nat.frontendPort}`, client: nat.client },
    commands: COMMANDS,
  });
  const route = lookupRoute(host, next.dst);
  if (route.kind !== 'unicast' || route.dev === undefined)
    return end({ verdict: 'no-route', reason: 'no-route' });
  return {
    op: 'xmit',
    node: node.node,
    netns: host.id,
    device: route.dev,
    nexthop: route.nexthop ?? next.dst,
    packet: next,
  };
}
