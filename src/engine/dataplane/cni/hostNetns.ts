/**
 * The node's own network namespace before any CNI touches it: `lo`, the underlay NIC `eth0` with the node IP
 * on its /24 (from `settings.nodeNetworks`), the default route via that network's gateway, and the ARP
 * entries the node has learnt for its gateway and its same-network peers (as once traffic has flowed).
 */
import { cidrContains, cidrContaining, cidrNth, cidrPrefix, type Cidr } from '../../net/cidr.ts';
import type { IPv4 } from '../../net/ipv4.ts';
import type { Cluster, ClusterNode } from '../../cluster/types.ts';
import { upFlags, upState } from '../linux/links.ts';
import { deviceMac } from '../linux/mac.ts';
import { NetnsBuilder } from '../linux/netnsBuilder.ts';
import type { MacAddress } from '../types.ts';

/** The underlay NIC's MTU: a standard Ethernet network. Tunnel MTUs are derived from it. */
export const UNDERLAY_MTU = 1500;

/** The underlay interface name on every node (flannel, Calico and Cilium pick the NIC holding the node IP). */
export const UNDERLAY_DEV = 'eth0';

const LOOPBACK_MTU = 65536;

/** The node network (/24 unless `nodeNetworks` says otherwise) holding the node's IP. */
export function nodeNetwork(cluster: Cluster, ip: IPv4): Cidr {
  const declared = cluster.settings.nodeNetworks.find((n) => cidrContains(n, ip));
  return declared ?? (cidrContaining(ip, 24) as Cidr);
}

/**
 * The network's gateway: its `.1`, as the seed topology and most clouds have it; a node that itself holds
 * `.1` would use the last usable address instead (a router cannot be its own default gateway).
 */
export function gatewayOf(network: Cidr, nodeIP: IPv4): IPv4 {
  const first = cidrNth(network, 1) as IPv4;
  return first === nodeIP ? (cidrNth(network, 2 ** (32 - cidrPrefix(network)) - 2) as IPv4) : first;
}

/** A node's `eth0` MAC; peers use the same function, so ARP entries on one node match the other's NIC. */
export function underlayMac(node: string): MacAddress {
  return deviceMac(`${node}/${UNDERLAY_DEV}`);
}

/** The MAC of a node network's gateway router, as the nodes' ARP caches hold it. */
export function gatewayMac(network: Cidr): MacAddress {
  return deviceMac(`gateway/${network}`);
}

/**
 * A test for "is this peer on my L2 network" (what host-gw, direct routing and Calico CrossSubnet ask), with
 * the node's own network looked up once: generators ask it for every peer of every node.
 */
export function onLinkWith(cluster: Cluster, own: IPv4): (peer: IPv4) => boolean {
  const network = nodeNetwork(cluster, own);
  return (peer) => cidrContains(network, peer);
}

export function createHostNetns(cluster: Cluster, node: ClusterNode): NetnsBuilder {
  const host = new NetnsBuilder('host');
  host.addDevice({
    name: 'lo',
    kind: 'loopback',
    mtu: LOOPBACK_MTU,
    state: 'UNKNOWN',
    flags: upFlags('loopback'),
  });
  host.addAddress({ device: 'lo', ip: '127.0.0.1' as IPv4, prefix: 8, scope: 'host' });
  host.addDevice({
    name: UNDERLAY_DEV,
    kind: 'ethernet',
    mac: underlayMac(node.name),
    mtu: UNDERLAY_MTU,
    state: upState('ethernet'),
    flags: upFlags('ethernet'),
  });
  const network = nodeNetwork(cluster, node.internalIP);
  const gateway = gatewayOf(network, node.internalIP);
  host.addAddress({
    device: UNDERLAY_DEV,
    ip: node.internalIP,
    prefix: cidrPrefix(network),
    scope: 'global',
    broadcast: cidrNth(network, 2 ** (32 - cidrPrefix(network)) - 1) as IPv4,
  });
  host.addRoute({
    table: 'main',
    type: 'unicast',
    dst: 'default',
    via: gateway,
    dev: UNDERLAY_DEV,
    proto: 'static',
  });
  host.addNeighbour({
    ip: gateway,
    device: UNDERLAY_DEV,
    lladdr: gatewayMac(network),
    state: 'REACHABLE',
  });
  for (const peer of cluster.nodes) {
    if (peer.name === node.name || !cidrContains(network, peer.internalIP)) continue;
    host.addNeighbour({
      ip: peer.internalIP,
      device: UNDERLAY_DEV,
      lladdr: underlayMac(peer.name),
      state: 'REACHABLE',
    });
  }
  return host;
}
