/**
 * The Linux bridge (cni0, weave) and Weave's Open vSwitch datapath, which forwards the same way by its flows
 * (without br_netfilter, and with a VXLAN port that encapsulates): a frame for the bridge's own MAC goes up
 * to the host's IP layer; any other is forwarded out the port its FDB names. With br_netfilter
 * (`bridge-nf-call-iptables = 1`, which kubeadm requires) bridged IPv4 frames also traverse iptables'
 * PREROUTING, FORWARD and POSTROUTING, with `physdev` telling the bridge ports apart.
 */
import type { Device, NetNamespace, NodeDataplane } from '../dataplane/types.ts';
import { end, type Action } from './actions.ts';
import type { WalkContext } from './context.ts';
import { runHook } from './hooks.ts';
import { deviceIn, fdbDecider, fdbLookup } from './linkLayer.ts';
import { ipInput } from './stack.ts';
import { record } from './steps.ts';
import { isOvsDatapath, portTowards, vtepTowards } from './switchFabric.ts';
import { encapsulate } from './tunnel.ts';
import type { PacketState } from './types.ts';

/** Crossing a veth pair: what leaves one end arrives at the other, in the peer's namespace. */
export function crossVeth(
  ctx: WalkContext,
  node: NodeDataplane,
  ns: NetNamespace,
  dev: Device,
  packet: PacketState,
): Action {
  const peer = dev.peer;
  if (peer === undefined) return end({ verdict: 'dropped', reason: 'unsupported' });
  if (peer.netns !== ns.id) ctx.attached = undefined;
  record(ctx, {
    kind: 'veth',
    at: { node: node.node, netns: ns.id, device: dev.name },
    packet,
    decider: { text: `${dev.name}@if${peer.index}`, view: 'routes', refs: [`device:${ns.id}:${dev.name}`] },
    key: 'walk.veth.cross',
    params: { from: dev.name, to: peer.device, netns: peer.netns },
    commands: [`tcpdump -i ${peer.netns === 'host' ? peer.device : dev.name} -nn -e`],
  });
  return { op: 'receive', node: node.node, netns: peer.netns, device: peer.device, packet };
}

/** Out of the bridge: the FDB names the port for the frame's destination MAC. */
export function bridgeForward(
  ctx: WalkContext,
  node: NodeDataplane,
  ns: NetNamespace,
  bridge: Device,
  packet: PacketState,
  inPort: Device | undefined,
): Action {
  const found = fdbLookup(ns, bridge.name, packet.dstMac);
  const port =
    (found === undefined ? undefined : deviceIn(ns, found.entry.device)) ??
    // Never flooded back into the tunnel it came from; other ingress ports are the hairpin check's to judge.
    portTowards(
      node,
      ns,
      bridge.name,
      packet.dstMac,
      inPort?.tunnel === undefined ? undefined : inPort.name,
      ctx,
    );
  if (port === undefined || port.name === bridge.name) return end({ verdict: 'dropped', reason: 'no-route' });
  if (inPort !== undefined && port.name === inPort.name && port.sysctls?.['brport/hairpin_mode'] !== '1') {
    return end({ verdict: 'dropped', reason: 'rule-drop' });
  }
  let out = packet;
  const datapath = isOvsDatapath(bridge);
  const bridged =
    inPort !== undefined && !datapath && node.sysctls['net.bridge.bridge-nf-call-iptables'] !== '0';
  if (bridged) {
    for (const hook of ['PREROUTING', 'FORWARD', 'POSTROUTING'] as const) {
      const io = {
        ...(hook === 'POSTROUTING' ? {} : { in: bridge.name, physIn: inPort.name }),
        ...(hook === 'PREROUTING' ? {} : { out: bridge.name, physOut: port.name }),
      };
      const result = runHook(ctx, node, ns, hook, out, io);
      if (result.end !== undefined) return end(result.end);
      out = result.packet;
    }
  }
  record(ctx, {
    kind: 'bridge',
    at: { node: node.node, netns: ns.id, device: bridge.name },
    packet: out,
    ...(found === undefined ? {} : { decider: fdbDecider(ns, found) }),
    key: datapath
      ? 'walk.bridge.datapath'
      : found === undefined
        ? 'walk.bridge.flood'
        : 'walk.bridge.forward',
    params: { bridge: bridge.name, port: port.name, mac: packet.dstMac ?? '' },
    commands: datapath
      ? [`weave report`, `ovs-dpctl dump-flows ${bridge.name}`]
      : [`bridge fdb show br ${bridge.name}`],
  });
  // A tunnel port (Weave's vxlan-6784 in its datapath): the frame is encapsulated towards the FDB's VTEP.
  if (port.tunnel !== undefined) {
    const flooded = found === undefined ? vtepTowards(ctx, ns, port, packet.dstMac) : undefined;
    return encapsulate(ctx, node, ns, port, '', out, flooded);
  }
  return crossVeth(ctx, node, ns, port, out);
}

/** A frame enters the bridge through one of its ports. */
export function bridgeIngress(
  ctx: WalkContext,
  node: NodeDataplane,
  ns: NetNamespace,
  port: Device,
  packet: PacketState,
): Action {
  const bridge = port.master === undefined ? undefined : deviceIn(ns, port.master);
  if (bridge === undefined) return end({ verdict: 'dropped', reason: 'unsupported' });
  if (packet.dstMac === undefined || packet.dstMac === bridge.mac) {
    const own = fdbLookup(ns, bridge.name, bridge.mac);
    record(ctx, {
      kind: 'bridge',
      at: { node: node.node, netns: ns.id, device: bridge.name },
      packet,
      ...(own === undefined ? {} : { decider: fdbDecider(ns, own) }),
      key: 'walk.bridge.toHost',
      params: { bridge: bridge.name, port: port.name, mac: packet.dstMac ?? '' },
      commands: [`bridge fdb show br ${bridge.name}`],
    });
    return ipInput(ctx, node, ns, bridge.name, packet);
  }
  return bridgeForward(ctx, node, ns, bridge, packet, port);
}
