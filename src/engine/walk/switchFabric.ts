/**
 * L2 beyond one bridge: a bridge port may lead into another switch (Weave's `vethwe-bridge` into its Open
 * vSwitch `datapath`), and that switch may have a VXLAN port whose FDB lists the peer nodes (`vxlan-6784`).
 * A broadcast (ARP) floods through all of it, to every VTEP the tunnel knows, and the owner of the address
 * answers from wherever it is — so pods on every node share one segment, as Weave's do. Also: the Open
 * vSwitch datapath is not a Linux bridge (br_netfilter does not see it), and a port whose far end only a
 * userspace process reads (Weave sleeve's `vethwe-pcap`) ends what packetwalk can follow.
 */
import { WEAVE_DATAPATH } from '../dataplane/cni/weave/devices.ts';
import type { Device, NetNamespace, NodeDataplane } from '../dataplane/types.ts';
import type { WalkContext } from './context.ts';
import { deviceIn, type Resolution } from './linkLayer.ts';

interface BridgeAt {
  readonly node: NodeDataplane;
  readonly ns: NetNamespace;
  readonly bridge: Device;
}

/** Weave's Open vSwitch datapath: it forwards by flows, never through iptables (no br_netfilter). */
export function isOvsDatapath(bridge: Device): boolean {
  return bridge.kind === 'bridge' && bridge.name === WEAVE_DATAPATH;
}

function peerOf(node: NodeDataplane, port: Device): { ns: NetNamespace; dev: Device } | undefined {
  const peer = port.peer;
  if (peer === undefined) return undefined;
  const ns = node.netns.find((n) => n.id === peer.netns);
  const dev = ns === undefined ? undefined : deviceIn(ns, peer.device);
  return ns === undefined || dev === undefined ? undefined : { ns, dev };
}

function bridgeOf(ns: NetNamespace, dev: Device): Device | undefined {
  return dev.master === undefined ? undefined : deviceIn(ns, dev.master);
}

/** The bridges a VXLAN port floods to: on each VTEP its FDB lists, the tunnel with the same port, its master. */
function remoteBridges(ctx: WalkContext, ns: NetNamespace, port: Device): (BridgeAt & { vtep: string })[] {
  const tunnel = port.tunnel;
  if (tunnel === undefined) return [];
  const vteps = new Set(
    ns.fdb.flatMap((e) => (e.device === port.name && e.dst !== undefined ? [e.dst] : [])),
  );
  const out: (BridgeAt & { vtep: string })[] = [];
  for (const vtep of vteps) {
    const name = ctx.cluster.nodes.find((n) => n.internalIP === vtep)?.name;
    const node = name === undefined ? undefined : ctx.dataplane.node(name);
    const host = node?.netns.find((n) => n.id === 'host');
    if (node === undefined || host === undefined) continue;
    const far = host.devices.find((d) => d.tunnel?.kind === tunnel.kind && d.tunnel.port === tunnel.port);
    const bridge = far === undefined ? undefined : bridgeOf(host, far);
    if (bridge !== undefined) out.push({ node, ns: host, bridge, vtep });
  }
  return out;
}

/**
 * ARP for `ip` out of `dev`, flooded through every switch and VXLAN port beyond the first bridge; the owner's
 * MAC, or undefined when nobody on the whole segment has the address.
 */
export function resolveAcrossSwitches(
  ctx: WalkContext,
  node: NodeDataplane,
  ns: NetNamespace,
  dev: Device,
  ip: string,
): Resolution | undefined {
  const start =
    dev.kind === 'bridge'
      ? { node, ns, bridge: dev }
      : (() => {
          const peer = peerOf(node, dev);
          const bridge = peer === undefined ? undefined : bridgeOf(peer.ns, peer.dev);
          return peer === undefined || bridge === undefined ? undefined : { node, ns: peer.ns, bridge };
        })();
  if (start === undefined) return undefined;
  const queue: BridgeAt[] = [start];
  const seen = new Set<string>();
  const tunnels: string[] = [];
  const answer = (mac: string, owner: string): Resolution => ({
    mac,
    decider: {
      text: `${ip} dev ${dev.name} lladdr ${mac} REACHABLE`,
      view: 'routes',
      // The entry ARP leaves in this node's neighbour table, on the sending device.
      refs: [`device:${ns.id}:${dev.name}`],
    },
    how: 'overlay',
    params: { tunnel: tunnels.join(', '), node: owner },
  });
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    const key = `${at.node.node}/${at.ns.id}/${at.bridge.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // The bridge itself may own the address (a peer node's `weave` holds its own address in the range).
    const bridgeOwns = at.ns.addresses.some((a) => a.ip === ip && a.device === at.bridge.name);
    if (bridgeOwns && at.bridge.mac !== undefined) return answer(at.bridge.mac, at.node.node);
    for (const port of at.ns.devices.filter((d) => d.master === at.bridge.name)) {
      if (port.tunnel !== undefined) {
        if (!tunnels.includes(port.name)) tunnels.push(port.name);
        queue.push(...remoteBridges(ctx, at.ns, port));
        continue;
      }
      const peer = peerOf(at.node, port);
      if (peer === undefined) continue;
      const owns = peer.ns.addresses.some((a) => a.ip === ip && a.device === peer.dev.name);
      if (owns && peer.dev.mac !== undefined) return answer(peer.dev.mac, at.node.node);
      const next = bridgeOf(peer.ns, peer.dev);
      if (next !== undefined) queue.push({ node: at.node, ns: peer.ns, bridge: next });
    }
  }
  return undefined;
}

/**
 * Flooding: the port of `bridge` behind which `mac` lives, looking through veth pairs into other switches
 * (never back into the switch it came from, `inPort`; the bridge's own hairpin check decides about the
 * ingress port at the top) and, given `ctx`, across a tunnel port to the peer nodes its FDB lists (one hop:
 * a frame that came over the overlay is not flooded back onto it).
 */
export function portTowards(
  node: NodeDataplane,
  ns: NetNamespace,
  bridge: string,
  mac: string | undefined,
  inPort: string | undefined,
  ctx?: WalkContext,
  depth = 0,
): Device | undefined {
  if (mac === undefined || depth > 4) return undefined;
  return ns.devices.find((port) => {
    if (port.master !== bridge || port.name === inPort) return false;
    if (port.tunnel !== undefined) return ctx !== undefined && vtepTowards(ctx, ns, port, mac) !== undefined;
    const peer = peerOf(node, port);
    if (peer === undefined) return false;
    if (peer.dev.mac === mac) return true;
    const next = bridgeOf(peer.ns, peer.dev);
    if (next === undefined) return false;
    // Behind the port: that switch itself (its own MAC goes up to its host) or one of its ports.
    return (
      next.mac === mac ||
      portTowards(node, peer.ns, next.name, mac, peer.dev.name, ctx, depth + 1) !== undefined
    );
  });
}

/** The peer (VTEP address) a tunnel port's flood reaches `mac` at: its switch, or behind one of its ports. */
export function vtepTowards(
  ctx: WalkContext,
  ns: NetNamespace,
  port: Device,
  mac: string | undefined,
): string | undefined {
  if (mac === undefined) return undefined;
  return remoteBridges(ctx, ns, port).find(
    (far) =>
      far.bridge.mac === mac || portTowards(far.node, far.ns, far.bridge.name, mac, undefined) !== undefined,
  )?.vtep;
}

/**
 * A bridge port whose veth peer sits unbridged and unaddressed in the same namespace: only a process reads
 * it (Weave sleeve's router captures `vethwe-pcap` and carries frames in UDP 6783 from userspace). `dev` is
 * the bridge, or a veth whose peer is one of its ports.
 */
export function userspacePort(
  node: NodeDataplane,
  ns: NetNamespace,
  dev: Device,
): { port: string; peer: string } | undefined {
  const peer = dev.kind === 'bridge' ? undefined : peerOf(node, dev);
  const at = peer === undefined ? { ns, dev } : peer;
  const bridge = at.dev.kind === 'bridge' ? at.dev : bridgeOf(at.ns, at.dev);
  if (bridge === undefined) return undefined;
  for (const port of at.ns.devices) {
    if (port.master !== bridge.name || port.peer === undefined || port.peer.netns !== at.ns.id) continue;
    const far = deviceIn(at.ns, port.peer.device);
    if (far === undefined || far.master !== undefined) continue;
    if (at.ns.addresses.some((a) => a.device === far.name)) continue;
    return { port: port.name, peer: far.name };
  }
  return undefined;
}
