/**
 * Leaving a device after POSTROUTING: resolve the next hop's link-layer address, then hand the frame to what
 * the device is — the peer of a veth, the bridge's FDB, an overlay's encapsulation, the node network's wire,
 * or the loopback back into this namespace.
 */
import { end, type Action } from './actions.ts';
import { netnsOf, nodeOf, type WalkContext } from './context.ts';
import { bridgeForward, crossVeth } from './bridge.ts';
import { deviceIn, resolveNeighbour } from './linkLayer.ts';
import { inNetns, record } from './steps.ts';
import { encapsulate } from './tunnel.ts';
import { forwardByIpcache } from './cilium.ts';
import type { PacketState } from './types.ts';
import { resolveAcrossSwitches, userspacePort } from './switchFabric.ts';

export function xmit(ctx: WalkContext, a: Extract<Action, { op: 'xmit' }>): Action {
  const node = nodeOf(ctx, a.node);
  const ns = netnsOf(ctx, a.node, a.netns);
  const dev = ns === undefined ? undefined : deviceIn(ns, a.device);
  if (node === undefined || ns === undefined || dev === undefined)
    return end({ verdict: 'no-route', reason: 'no-route' });
  if (dev.kind === 'loopback')
    return { op: 'receive', node: a.node, netns: a.netns, device: dev.name, packet: a.packet };
  if (dev.kind === 'dummy') return end({ verdict: 'dropped', reason: 'unsupported' });
  // Cilium: the bpf_host program on cilium_host takes what the host routes towards pods (ipcache, tunnel).
  if (node.cilium !== undefined && dev.name === 'cilium_host') {
    const ebpf = forwardByIpcache(ctx, node, ns, dev.name, a.packet);
    if (ebpf !== undefined) return ebpf;
  }
  const resolved =
    resolveNeighbour(node, ns, dev, a.nexthop) ??
    (dev.kind === 'ethernet' ? undefined : resolveAcrossSwitches(ctx, node, ns, dev, a.nexthop));
  if (resolved === undefined && dev.kind !== 'ethernet') {
    const userspace = userspacePort(node, ns, dev);
    if (userspace !== undefined) {
      record(ctx, {
        kind: 'drop',
        at: { node: a.node, netns: a.netns, device: dev.name },
        packet: a.packet,
        key: 'walk.neighbour.userspace',
        params: { ip: a.nexthop, dev: dev.name, port: userspace.port, peer: userspace.peer },
        commands: [`tcpdump -i ${userspace.peer} -nn -e`],
      });
      return end({ verdict: 'dropped', reason: 'unsupported' });
    }
    record(ctx, {
      kind: 'drop',
      at: { node: a.node, netns: a.netns, device: dev.name },
      packet: a.packet,
      key: 'walk.neighbour.failed',
      params: { ip: a.nexthop, dev: dev.name },
    });
    return end({ verdict: 'no-route', reason: 'no-route' });
  }
  const packet: PacketState = {
    ...a.packet,
    ...(dev.mac === undefined ? {} : { srcMac: dev.mac }),
    ...(resolved?.mac === undefined ? {} : { dstMac: resolved.mac }),
  };
  if (resolved !== undefined && resolved.how !== 'noarp') {
    record(ctx, {
      kind: 'neighbour',
      at: { node: a.node, netns: a.netns, device: dev.name },
      packet,
      decider: resolved.decider,
      key: `walk.neighbour.${resolved.how}`,
      params: { ip: a.nexthop, dev: dev.name, mac: resolved.mac ?? '', ...resolved.params },
      commands: [inNetns(ns.id, `ip neigh show dev ${dev.name}`)],
    });
  }
  switch (dev.kind) {
    case 'veth':
      return crossVeth(ctx, node, ns, dev, packet);
    case 'bridge':
      return bridgeForward(ctx, node, ns, dev, packet, undefined);
    case 'vxlan':
    case 'geneve':
    case 'ipip':
      return encapsulate(ctx, node, ns, dev, a.nexthop, packet);
    case 'ethernet':
      return { op: 'wire', from: a.node, device: dev.name, nexthop: a.nexthop, packet };
  }
}
