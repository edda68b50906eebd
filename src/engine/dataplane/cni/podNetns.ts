/**
 * A pod's network namespace as the CNI plugin leaves it: `lo`, and `eth0` — one end of a veth pair whose other
 * end sits in the host namespace — with the pod IP, its routes and the neighbour entry for its gateway. All
 * containers of a pod join this one sandbox namespace, so they share it; `hostNetwork` pods have none.
 */
import { cidrBroadcast, cidrContaining, cidrPrefix, type Cidr } from '../../net/cidr.ts';
import type { IPv4 } from '../../net/ipv4.ts';
import type { PodModel } from '../../cluster/types.ts';
import { upFlags, upState } from '../linux/links.ts';
import { deviceMac } from '../linux/mac.ts';
import { createVethPair, NetnsBuilder } from '../linux/netnsBuilder.ts';
import type { MacAddress, NetnsId } from '../types.ts';

/** A pod that has a sandbox namespace on this node: scheduled here, not hostNetwork, running with an IP. */
export interface SandboxPod {
  readonly pod: PodModel;
  readonly ip: IPv4;
}

export function podNetnsId(pod: PodModel): NetnsId {
  return `pod:${pod.ref}`;
}

/** The MAC of a pod's `eth0` (random on a real node; derived from node and pod here). */
export function podMac(node: string, pod: PodModel): MacAddress {
  return deviceMac(`${node}/${pod.ref}/eth0`);
}

/** How the host end of a pod's veth looks. */
export interface HostVeth {
  readonly name: string;
  readonly mac: MacAddress;
  readonly mtu: number;
  /** The bridge it is enslaved to (`cni0`, `weave`); absent for L3 plugins (Calico, Cilium). */
  readonly master?: string;
  readonly sysctls?: Readonly<Record<string, string>>;
}

/** Creates the pod's namespace with `lo` and `eth0`, wired by a veth pair to `veth` in the host namespace. */
export function createPodNetns(
  host: NetnsBuilder,
  node: string,
  sandbox: SandboxPod,
  veth: HostVeth,
): NetnsBuilder {
  const ns = new NetnsBuilder(podNetnsId(sandbox.pod), sandbox.pod.ref);
  ns.addDevice({ name: 'lo', kind: 'loopback', mtu: 65536, state: 'UNKNOWN', flags: upFlags('loopback') });
  ns.addAddress({ device: 'lo', ip: '127.0.0.1' as IPv4, prefix: 8, scope: 'host' });
  createVethPair(
    ns,
    {
      name: 'eth0',
      mac: podMac(node, sandbox.pod),
      mtu: veth.mtu,
      state: upState('veth'),
      flags: upFlags('veth'),
    },
    host,
    {
      name: veth.name,
      mac: veth.mac,
      mtu: veth.mtu,
      state: upState('veth'),
      flags: upFlags('veth'),
      ...(veth.master === undefined ? {} : { master: veth.master }),
      ...(veth.sysctls === undefined ? {} : { sysctls: veth.sysctls }),
    },
  );
  return ns;
}

/**
 * host-local + bridge plugin addressing: the pod IP with the node subnet's prefix (and broadcast, which netlink
 * fills in), the connected route that follows from it, `default via <gateway>` (isDefaultGateway) and any
 * extra IPAM routes (flannel's whole-network route).
 */
export function addSubnetAddressing(
  ns: NetnsBuilder,
  ip: IPv4,
  subnet: Cidr,
  gateway: IPv4,
  extraRoutes: readonly Cidr[],
): void {
  ns.addAddress({
    device: 'eth0',
    ip,
    prefix: cidrPrefix(subnet),
    scope: 'global',
    broadcast: cidrBroadcast(subnet),
  });
  ns.addRoute({ table: 'main', type: 'unicast', dst: 'default', via: gateway, dev: 'eth0' });
  for (const dst of extraRoutes)
    ns.addRoute({ table: 'main', type: 'unicast', dst, via: gateway, dev: 'eth0' });
}

/**
 * Point-to-point addressing (Calico, Cilium): the pod IP as /32, a link route to the gateway address and the
 * default route through it. The host end answers ARP for the gateway (proxy ARP, or eBPF), so the gateway need
 * not exist anywhere. `mtu` is the route MTU Cilium sets to leave room for encapsulation.
 */
export function addPointToPointAddressing(ns: NetnsBuilder, ip: IPv4, gateway: IPv4, mtu?: number): void {
  ns.addAddress({ device: 'eth0', ip, prefix: 32, scope: 'global' });
  ns.addRoute({
    table: 'main',
    type: 'unicast',
    dst: 'default',
    via: gateway,
    dev: 'eth0',
    ...(mtu === undefined ? {} : { mtu }),
  });
  ns.addRoute({
    table: 'main',
    type: 'unicast',
    dst: cidrContaining(gateway, 32) as Cidr,
    dev: 'eth0',
    scope: 'link',
  });
}
