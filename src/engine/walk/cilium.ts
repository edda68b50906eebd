/**
 * Cilium's eBPF datapath, where its programs sit: socket-LB at connect() in the pod (kube-proxy replacement:
 * the packet leaves already addressed to a backend, and recvmsg translates the answer back), `bpf_lxc` at the
 * tc hook of the pod's host-side `lxc*` veth (egress policy, the ipcache lookup, a redirect straight into a
 * local endpoint's veth or encapsulation to the remote node), and `bpf_overlay` after decapsulation (ingress
 * policy, redirect to the endpoint). The decisions come from the colleague's evaluators over the node's
 * service map, policy maps and ipcache; this module turns them into steps and the packet's next place.
 */
import type { Device, NetNamespace, NodeDataplane } from '../dataplane/types.ts';
import { end, type Action } from './actions.ts';
import { crossVeth } from './bridge.ts';
import type { WalkContext } from './context.ts';
import { resolveNeighbour } from './linkLayer.ts';
import {
  ciliumLocate,
  ciliumPolicyDecider,
  ciliumServiceDecider,
  ciliumSocketLb,
  ciliumTcEgress,
  ciliumTcIngress,
} from './modes/index.ts';
import { lookupRoute } from './routing.ts';
import { runOuterHooks } from './outerHooks.ts';
import { record } from './steps.ts';
import { flowSourcePort } from './tunnel.ts';
import { nodePortReply, perPacketLb, tcReverse } from './ciliumService.ts';
import type { OuterHeader, PacketState } from './types.ts';

const TUNNEL_PORT = { vxlan: 8472, geneve: 6081 } as const;

/** Socket-LB at connect(): a Service address becomes a backend before any packet exists. */
export function applySocketLb(
  ctx: WalkContext,
  node: NodeDataplane,
  ns: NetNamespace,
  packet: PacketState,
): PacketState | Action {
  if (ctx.replying || packet.dport === undefined || packet.protocol === 'icmp' || node.cilium === undefined)
    return packet;
  const decision = ciliumSocketLb(node, packet.dst, packet.dport, packet.protocol, () => ctx.draws.unit());
  if (decision === undefined) return packet;
  const at = { node: node.node, netns: ns.id };
  if (decision.kind === 'no-backend') {
    record(ctx, {
      kind: 'socket-lb',
      at,
      packet,
      decider: ciliumServiceDecider(decision),
      key: 'walk.socket-lb.noBackend',
      params: { service: `${packet.dst}:${packet.dport}` },
    });
    return end({ verdict: 'rejected', reason: 'no-endpoints' });
  }
  const next: PacketState = { ...packet, dst: decision.backend.ip, dport: decision.backend.port };
  ctx.socketLb = {
    kind: 'socket',
    service: packet.dst,
    servicePort: packet.dport,
    backend: next.dst,
    backendPort: decision.backend.port,
  };
  record(ctx, {
    kind: 'socket-lb',
    at,
    packet: next,
    decider: ciliumServiceDecider(decision),
    key: 'walk.socket-lb.connect',
    params: { service: `${packet.dst}:${packet.dport}`, backend: `${next.dst}:${decision.backend.port}` },
    commands: ['cilium-dbg service list', 'cilium-dbg bpf lb list'],
  });
  return next;
}

/** recvmsg on a socket-LB'd connection: the answer appears to come from the Service address. */
export function socketLbReverse(
  ctx: WalkContext,
  packet: PacketState,
  at: { node: string; netns: NetNamespace['id'] },
): PacketState {
  const lb = ctx.socketLb;
  if (!ctx.replying || lb?.kind !== 'socket' || packet.src !== lb.backend) return packet;
  const next: PacketState = { ...packet, src: lb.service, sport: lb.servicePort };
  record(ctx, {
    kind: 'socket-lb',
    at,
    packet: next,
    key: 'walk.socket-lb.reverse',
    params: { service: `${lb.service}:${lb.servicePort}`, backend: `${lb.backend}:${lb.backendPort}` },
  });
  return next;
}

function podOf(node: NodeDataplane, ip: string): { ns: NetNamespace; lxc: Device } | undefined {
  const host = node.netns.find((n) => n.id === 'host');
  const ns = node.netns.find((n) => n.id !== 'host' && n.addresses.some((a) => a.ip === ip));
  const lxc = host?.devices.find((d) => d.peer?.netns === ns?.id);
  return ns === undefined || lxc === undefined ? undefined : { ns, lxc };
}

/** bpf_lxc / bpf_overlay delivering to a local endpoint: ingress policy, then a redirect into its veth. */
function toLocalEndpoint(
  ctx: WalkContext,
  node: NodeDataplane,
  host: NetNamespace,
  packet: PacketState,
): Action {
  const target = podOf(node, packet.dst);
  if (target === undefined) return end({ verdict: 'no-route', reason: 'no-route' });
  const pod = target.ns.pod ?? '';
  if (!ctx.replying) {
    const verdict = ciliumTcIngress(node, pod, packet.src, packet.dport, packet.protocol);
    if (verdict !== undefined) {
      record(ctx, {
        kind: 'ebpf',
        at: { node: node.node, netns: host.id, device: target.lxc.name },
        packet,
        decider: ciliumPolicyDecider(verdict),
        key: verdict.verdict === 'DROPPED' ? 'walk.ebpf.ingressDenied' : 'walk.ebpf.ingressAllowed',
        params: { pod, identity: verdict.peerIdentity, enforced: String(verdict.enforced) },
        commands: [`cilium-dbg bpf policy get --all`, `cilium-dbg monitor --type drop`],
      });
      if (verdict.verdict === 'DROPPED') return end({ verdict: 'dropped', reason: 'policy-denied' });
    }
  }
  const translated = tcReverse(ctx, packet, { node: node.node, netns: host.id, device: target.lxc.name });
  const mac = target.ns.devices.find((d) => d.name === target.lxc.peer?.device)?.mac;
  const redirected: PacketState = {
    ...translated,
    ...(target.lxc.mac === undefined ? {} : { srcMac: target.lxc.mac }),
    ...(mac === undefined ? {} : { dstMac: mac }),
  };
  return crossVeth(ctx, node, host, target.lxc, redirected);
}

/** bpf_lxc at the tc ingress of a pod's host-side veth: the packet has just left the pod. */
export function fromContainer(
  ctx: WalkContext,
  node: NodeDataplane,
  host: NetNamespace,
  lxc: Device,
  packet: PacketState,
): Action | undefined {
  if (node.cilium === undefined || !lxc.name.startsWith('lxc')) return undefined;
  const peerNs = node.netns.find((n) => n.id === lxc.peer?.netns);
  const pod = peerNs?.pod ?? '';
  const revNat = nodePortReply(ctx, node, host, lxc.name, packet);
  if (revNat !== undefined) return revNat;
  const balanced = perPacketLb(ctx, node, host, lxc.name, packet);
  if ('op' in balanced) return balanced;
  packet = balanced;
  if (!ctx.replying) {
    const verdict = ciliumTcEgress(node, pod, packet.dst, packet.dport, packet.protocol);
    if (verdict !== undefined) {
      record(ctx, {
        kind: 'ebpf',
        at: { node: node.node, netns: host.id, device: lxc.name },
        packet,
        decider: ciliumPolicyDecider(verdict),
        key: verdict.verdict === 'DROPPED' ? 'walk.ebpf.egressDenied' : 'walk.ebpf.egressAllowed',
        params: { pod, identity: verdict.peerIdentity, enforced: String(verdict.enforced) },
        commands: [`cilium-dbg bpf policy get --all`, `cilium-dbg monitor --type drop`],
      });
      if (verdict.verdict === 'DROPPED') return end({ verdict: 'dropped', reason: 'policy-denied' });
    }
  }
  return forwardByIpcache(ctx, node, host, lxc.name, packet);
}

/**
 * The ipcache decides where an eBPF program sends the packet: a local endpoint (redirect to its veth), a
 * remote one (encapsulate to its node), or undefined for the host's own routing (world, native routing).
 */
export function forwardByIpcache(
  ctx: WalkContext,
  node: NodeDataplane,
  host: NetNamespace,
  from: string,
  packet: PacketState,
): Action | undefined {
  const where = ciliumLocate(node, packet.dst);
  if (where === undefined || where.kind === 'routed') return undefined;
  const at = { node: node.node, netns: host.id, device: from };
  const decider = {
    text: `${where.entry.prefix} identity=${where.identity}${where.tunnelEndpoint === undefined ? '' : ` tunnelendpoint=${where.tunnelEndpoint}`}`,
    view: 'cilium' as const,
    refs: [],
  };
  if (where.kind === 'local') {
    if (podOf(node, packet.dst) === undefined) return undefined;
    record(ctx, {
      kind: 'ebpf',
      at,
      packet,
      decider,
      key: 'walk.ebpf.redirectLocal',
      params: { dst: packet.dst },
      commands: ['cilium-dbg bpf ipcache list', 'cilium-dbg endpoint list'],
    });
    return toLocalEndpoint(ctx, node, host, packet);
  }
  const protocol = where.protocol ?? 'vxlan';
  const device = host.devices.find((d) => d.tunnel !== undefined);
  const route = lookupRoute(host, where.tunnelEndpoint ?? '');
  const underlay = route.dev === undefined ? undefined : host.devices.find((d) => d.name === route.dev);
  const resolved =
    underlay === undefined || route.nexthop === undefined
      ? undefined
      : resolveNeighbour(node, host, underlay, route.nexthop);
  const src = host.addresses.find((a) => a.device === route.dev)?.ip ?? device?.tunnel?.local ?? '';
  const outer: OuterHeader = {
    src,
    dst: where.tunnelEndpoint ?? '',
    protocol: 'udp',
    sport: flowSourcePort(packet),
    dport: device?.tunnel?.port ?? TUNNEL_PORT[protocol],
    // Cilium carries the source's security identity in the VNI.
    vni: ciliumLocate(node, packet.src)?.identity ?? 0,
    ...(underlay?.mac === undefined ? {} : { srcMac: underlay.mac }),
    ...(resolved?.mac === undefined ? {} : { dstMac: resolved.mac }),
  };
  const encapped: PacketState = { ...packet, outer };
  record(ctx, {
    kind: 'encap',
    at: { node: node.node, netns: host.id, device: device?.name ?? `cilium_${protocol}` },
    packet: encapped,
    decider,
    key: `walk.encap.${protocol}`,
    params: {
      dev: device?.name ?? `cilium_${protocol}`,
      outerSrc: outer.src,
      outerDst: outer.dst,
      port: outer.dport ?? '',
      vni: outer.vni ?? '',
      overhead: 50,
      mtu: device?.mtu ?? 1500,
    },
    commands: [
      'cilium-dbg bpf tunnel list',
      `tcpdump -i ${route.dev ?? 'eth0'} -nn udp port ${outer.dport ?? ''}`,
    ],
  });
  if (route.dev === undefined) return end({ verdict: 'no-route', reason: 'no-route' });
  // cilium_vxlan sends the outer packet through ip_local_out: the host's OUTPUT and POSTROUTING see it.
  const sent = runOuterHooks(ctx, node, host, 'send', encapped, route.dev);
  if (sent.end !== undefined) return end(sent.end);
  return {
    op: 'wire',
    from: node.node,
    device: route.dev,
    nexthop: route.nexthop ?? outer.dst,
    packet: encapped,
  };
}

/** bpf_overlay after decapsulation: a packet for a local endpoint goes straight to it. */
export function fromOverlay(
  ctx: WalkContext,
  node: NodeDataplane,
  host: NetNamespace,
  packet: PacketState,
): Action | undefined {
  if (node.cilium === undefined) return undefined;
  const where = ciliumLocate(node, packet.dst);
  if (where?.kind !== 'local' || podOf(node, packet.dst) === undefined) return undefined;
  return toLocalEndpoint(ctx, node, host, packet);
}
