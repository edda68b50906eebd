/**
 * Overlays: VXLAN and Geneve put the inner frame in UDP (destination port of the device, source port from a
 * hash of the inner flow so underlay ECMP spreads flows, the VNI); IPIP puts the inner IP packet in IP
 * protocol 4. The outer header is routed on the host like any packet. On the far side the UDP port (or
 * protocol 4) leads to the tunnel device, which strips the outer header and hands the inner packet to IP
 * again: the inner packet's second pass through the receiving node's hooks.
 */
import type { Device, NetNamespace, NodeDataplane } from '../dataplane/types.ts';
import { end, type Action } from './actions.ts';
import type { WalkContext } from './context.ts';
import { fdbDecider, resolveNeighbour, vtepLookup, deviceIn } from './linkLayer.ts';
import { addressTypeOf, lookupRoute, routeDecider } from './routing.ts';
import { ipInput } from './stack.ts';
import { bridgeIngress } from './bridge.ts';
import { fromOverlay } from './cilium.ts';
import { runOuterHooks } from './outerHooks.ts';
import { record } from './steps.ts';
import type { OuterHeader, PacketState } from './types.ts';

/** Default UDP ports: the Linux VXLAN default flannel and Cilium use, and Geneve's IANA port. */
const DEFAULT_PORT = { vxlan: 8472, geneve: 6081 } as const;
const OVERHEAD = { vxlan: 50, geneve: 50, ipip: 20 } as const;

/** udp_flow_src_port: a hash of the inner flow mapped into the local port range 32768–60999. */
export function flowSourcePort(packet: PacketState): number {
  const key = `${packet.src}|${packet.dst}|${packet.protocol}|${packet.sport ?? 0}|${packet.dport ?? 0}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return 32768 + (hash % (60999 - 32768 + 1));
}

export function encapsulate(
  ctx: WalkContext,
  node: NodeDataplane,
  host: NetNamespace,
  dev: Device,
  nexthop: string,
  packet: PacketState,
  /** The peer a flood found the destination MAC at, when the tunnel's FDB has no entry for it. */
  flooded?: string,
): Action {
  const tunnel = dev.tunnel;
  if (tunnel === undefined) return end({ verdict: 'dropped', reason: 'unsupported' });
  let outer: OuterHeader;
  let decider = undefined;
  if (tunnel.kind === 'ipip') {
    outer = { src: tunnel.local, dst: nexthop, protocol: 'ipip' };
  } else {
    const vtep = vtepLookup(host, dev.name, packet.dstMac);
    const dst = vtep?.entry.dst ?? flooded;
    if (dst === undefined) return end({ verdict: 'no-route', reason: 'no-route' });
    decider = vtep === undefined ? undefined : fdbDecider(host, vtep);
    outer = {
      src: tunnel.local,
      dst,
      protocol: 'udp',
      sport: flowSourcePort(packet),
      dport: tunnel.port ?? DEFAULT_PORT[tunnel.kind],
      ...(tunnel.vni === undefined ? {} : { vni: tunnel.vni }),
    };
  }
  const route = lookupRoute(host, outer.dst);
  const underlayDev = route.dev === undefined ? undefined : deviceIn(host, route.dev);
  const mac =
    underlayDev === undefined || route.nexthop === undefined
      ? undefined
      : resolveNeighbour(node, host, underlayDev, route.nexthop);
  const withMacs: OuterHeader = {
    ...outer,
    ...(underlayDev?.mac === undefined ? {} : { srcMac: underlayDev.mac }),
    ...(mac?.mac === undefined ? {} : { dstMac: mac.mac }),
  };
  const encapped: PacketState = { ...packet, outer: withMacs };
  record(ctx, {
    kind: 'encap',
    at: { node: node.node, netns: host.id, device: dev.name },
    packet: encapped,
    ...(decider === undefined ? {} : { decider }),
    // A tunnel port of a switch (Weave's vxlan-6784): the switch's flow, not the device, sets the VNI.
    key:
      dev.master !== undefined && tunnel.kind !== 'ipip'
        ? 'walk.encap.switchPort'
        : `walk.encap.${tunnel.kind}`,
    params: {
      dev: dev.name,
      outerSrc: outer.src,
      outerDst: outer.dst,
      port: outer.dport ?? '',
      vni: outer.vni ?? '',
      overhead: OVERHEAD[tunnel.kind],
      mtu: dev.mtu,
      bridge: dev.master ?? '',
    },
    commands: [
      `ip -d link show ${dev.name}`,
      `bridge fdb show dev ${dev.name}`,
      `tcpdump -i ${tunnel.dev} -nn ${tunnel.kind === 'ipip' ? 'ip proto 4' : `udp port ${outer.dport ?? ''}`}`,
    ],
  });
  const routeRef = routeDecider(host, route);
  record(ctx, {
    kind: 'route',
    at: { node: node.node, netns: host.id, ...(route.dev === undefined ? {} : { device: route.dev }) },
    packet: encapped,
    ...(routeRef === undefined ? {} : { decider: routeRef }),
    key: 'walk.route.outer',
    params: { dst: outer.dst, kind: route.kind, dev: route.dev ?? '', via: route.nexthop ?? '' },
    commands: [`ip route get ${outer.dst}`],
  });
  if (route.kind !== 'unicast' || route.dev === undefined)
    return end({ verdict: 'no-route', reason: 'no-route' });
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

/** An encapsulated packet arrives for this node: the tunnel device that owns its UDP port (or IPIP) opens it. */
export function decapsulate(
  ctx: WalkContext,
  node: NodeDataplane,
  host: NetNamespace,
  inDev: string,
  packet: PacketState,
): Action {
  const outer = packet.outer;
  if (outer === undefined) return end({ verdict: 'dropped', reason: 'unsupported' });
  if (addressTypeOf(host, outer.dst) !== 'LOCAL') return end({ verdict: 'no-route', reason: 'no-route' });
  const received = runOuterHooks(ctx, node, host, 'receive', packet, inDev);
  if (received.end !== undefined) return end(received.end);
  const dev = host.devices.find((d) => {
    const t = d.tunnel;
    if (t === undefined) return false;
    if (outer.protocol === 'ipip') return t.kind === 'ipip';
    return (
      t.kind !== 'ipip' &&
      (t.port ?? DEFAULT_PORT[t.kind]) === outer.dport &&
      (t.vni === undefined || t.vni === outer.vni)
    );
  });
  if (dev === undefined) return end({ verdict: 'dropped', reason: 'no-listener' });
  const { outer: _outer, ...rest } = packet;
  // A tunnel port of a switch (Weave's vxlan-6784) hands the inner frame, its MACs intact, to that switch.
  const bridged = dev.master !== undefined;
  const inner: PacketState = bridged
    ? rest
    : { ...rest, ...(dev.mac === undefined ? {} : { dstMac: dev.mac }) };
  record(ctx, {
    kind: 'decap',
    at: { node: node.node, netns: host.id, device: dev.name },
    packet: inner,
    decider: {
      text: `${dev.name}: ${dev.tunnel?.kind ?? ''} local ${dev.tunnel?.local ?? ''} dev ${inDev}`,
      view: 'routes',
      refs: [`device:${host.id}:${dev.name}`],
    },
    key: bridged ? 'walk.decap.switchPort' : `walk.decap.${outer.protocol === 'ipip' ? 'ipip' : 'udp'}`,
    params: { dev: dev.name, inDev, port: outer.dport ?? '', vni: outer.vni ?? '', bridge: dev.master ?? '' },
    commands: [`ip -d link show ${dev.name}`, `tcpdump -i ${dev.name} -nn`],
  });
  if (bridged) return bridgeIngress(ctx, node, host, dev, inner);
  return fromOverlay(ctx, node, host, inner) ?? ipInput(ctx, node, host, dev.name, inner);
}
