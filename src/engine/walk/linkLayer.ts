/**
 * Layer 2: neighbour resolution (the neighbour table, else ARP on the device's segment: a veth's peer, a
 * bridge's ports, proxy ARP where the peer has `proxy_arp` on, as Calico's cali* devices do for 169.254.1.1),
 * and the bridge's forwarding database.
 */
import { formatFdb, formatNeighbour } from '../dataplane/linux/renderIpNeigh.ts';
import type { Device, FdbEntry, NetNamespace, NodeDataplane } from '../dataplane/types.ts';
import type { MessageParams } from '../diagnostics.ts';
import type { Decider } from './types.ts';

export interface Resolution {
  readonly mac?: string;
  readonly decider: Decider;
  /** How it was learnt: the table, an ARP answer from the owner, proxy ARP, or ARP flooded over an overlay. */
  readonly how: 'table' | 'arp' | 'proxy-arp' | 'noarp' | 'overlay';
  /** Extra explanation parameters (the overlay's tunnel and the node that answered). */
  readonly params?: MessageParams;
}

export function deviceIn(ns: NetNamespace, name: string): Device | undefined {
  return ns.devices.find((d) => d.name === name);
}

function proxyArp(device: Device): boolean {
  return Object.entries(device.sysctls ?? {}).some(
    ([key, value]) => key.endsWith('proxy_arp') && value === '1',
  );
}

/** The (netns, device) endpoints on the same L2 segment as `dev`, with whether each answers by proxy ARP. */
function segment(
  node: NodeDataplane,
  ns: NetNamespace,
  dev: Device,
): { ns: NetNamespace; dev: Device; proxy: boolean }[] {
  const out: { ns: NetNamespace; dev: Device; proxy: boolean }[] = [];
  const byId = (id: string): NetNamespace | undefined => node.netns.find((n) => n.id === id);
  const bridgePorts = (bridgeNs: NetNamespace, bridge: Device): void => {
    out.push({ ns: bridgeNs, dev: bridge, proxy: false });
    for (const port of bridgeNs.devices.filter((d) => d.master === bridge.name)) {
      const peerNs = port.peer === undefined ? undefined : byId(port.peer.netns);
      const peer =
        port.peer === undefined || peerNs === undefined ? undefined : deviceIn(peerNs, port.peer.device);
      if (peerNs !== undefined && peer !== undefined) out.push({ ns: peerNs, dev: peer, proxy: false });
    }
  };
  if (dev.kind === 'bridge') bridgePorts(ns, dev);
  if (dev.kind === 'veth' && dev.peer !== undefined) {
    const peerNs = byId(dev.peer.netns);
    const peer = peerNs === undefined ? undefined : deviceIn(peerNs, dev.peer.device);
    if (peerNs !== undefined && peer !== undefined) {
      const bridge = peer.master === undefined ? undefined : deviceIn(peerNs, peer.master);
      if (bridge !== undefined) bridgePorts(peerNs, bridge);
      else out.push({ ns: peerNs, dev: peer, proxy: proxyArp(peer) });
    }
  }
  return out;
}

/** Resolves `nexthop` on `dev` in `ns` (an L2 address for the frame), or undefined when nobody answers. */
export function resolveNeighbour(
  node: NodeDataplane,
  ns: NetNamespace,
  dev: Device,
  nexthop: string,
): Resolution | undefined {
  if (dev.kind === 'ipip' || dev.kind === 'loopback') {
    return {
      decider: { text: `${dev.name}: NOARP`, view: 'routes', refs: [`device:${ns.id}:${dev.name}`] },
      how: 'noarp',
    };
  }
  const index = ns.neighbours.findIndex((n) => n.ip === nexthop && n.device === dev.name && n.proxy !== true);
  const entry = ns.neighbours[index];
  if (entry?.lladdr !== undefined) {
    return {
      mac: entry.lladdr,
      decider: { text: formatNeighbour(entry, true), view: 'routes', refs: [`neighbour:${ns.id}:${index}`] },
      how: 'table',
    };
  }
  for (const peer of segment(node, ns, dev)) {
    const owns = peer.ns.addresses.some((a) => a.ip === nexthop && a.device === peer.dev.name);
    if ((owns || peer.proxy) && peer.dev.mac !== undefined) {
      return {
        mac: peer.dev.mac,
        decider: {
          text: `${nexthop} dev ${dev.name} lladdr ${peer.dev.mac} REACHABLE`,
          view: 'routes',
          refs: [`device:${peer.ns.id}:${peer.dev.name}`],
        },
        how: owns ? 'arp' : 'proxy-arp',
      };
    }
  }
  return undefined;
}

/** The bridge FDB entry for `mac` on `bridge` (a `master` entry on one of its ports, or the bridge's own). */
export function fdbLookup(
  ns: NetNamespace,
  bridge: string,
  mac: string | undefined,
): { entry: FdbEntry; index: number } | undefined {
  const index = ns.fdb.findIndex(
    (e) => e.mac === mac && (e.master === bridge || e.device === bridge) && !e.self,
  );
  const entry = ns.fdb[index];
  return entry === undefined ? undefined : { entry, index };
}

/** The FDB entry on a VXLAN device for `mac`: the remote VTEP. */
export function vtepLookup(
  ns: NetNamespace,
  dev: string,
  mac: string | undefined,
): { entry: FdbEntry; index: number } | undefined {
  const index = ns.fdb.findIndex((e) => e.mac === mac && e.device === dev && e.dst !== undefined);
  const entry = ns.fdb[index];
  return entry === undefined ? undefined : { entry, index };
}

export function fdbDecider(ns: NetNamespace, found: { entry: FdbEntry; index: number }): Decider {
  return { text: formatFdb(found.entry, true), view: 'routes', refs: [`fdb:${ns.id}:${found.index}`] };
}
