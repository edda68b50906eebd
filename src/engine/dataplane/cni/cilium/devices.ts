/**
 * Cilium's host devices and routes (`pkg/defaults`, `pkg/datapath/linux`): the `cilium_net`/`cilium_host` veth
 * pair with the router IP on `cilium_host` as /32, the tunnel device (`cilium_vxlan` UDP 8472 or
 * `cilium_geneve` UDP 6081, both collect-metadata devices without a fixed VNI or peer), and the routes the agent
 * installs with `proto kernel`:
 *
 * - tunnel: every pod CIDR — this node's and each peer's — `via <router> dev cilium_host src <router>`, the
 *   remote ones with the tunnel's route MTU (1450); eBPF on `cilium_host` then encapsulates into the tunnel.
 * - native routing (autoDirectNodeRoutes): this node's CIDR via `cilium_host`, each same-L2 peer's CIDR
 *   `via <peer node IP> dev eth0`.
 */
import type { IPv4 } from '../../../net/ipv4.ts';
import type { Port } from '../../../net/port.ts';
import { hostCidr } from '../../linux/kernelRoutes.ts';
import { upFlags, upState } from '../../linux/links.ts';
import { deviceMac } from '../../linux/mac.ts';
import { createVethPair, type NetnsBuilder } from '../../linux/netnsBuilder.ts';
import type { Cluster, ClusterNode } from '../../../cluster/types.ts';
import { onLinkWith, UNDERLAY_DEV, UNDERLAY_MTU } from '../hostNetns.ts';

export type CiliumMode = 'vxlan' | 'geneve' | 'native';

export const CILIUM_HOST = 'cilium_host';
export const CILIUM_NET = 'cilium_net';
export const CILIUM_VXLAN = 'cilium_vxlan';
export const CILIUM_GENEVE = 'cilium_geneve';
export const CILIUM_VXLAN_PORT = 8472;
export const CILIUM_GENEVE_PORT = 6081;
/** Tunnel overhead Cilium subtracts for the route MTU (VXLAN and option-less Geneve alike). */
export const CILIUM_TUNNEL_OVERHEAD = 50;

/** The MTU Cilium puts on routes toward pods: the device MTU less the tunnel overhead in tunnel mode. */
export function ciliumRouteMtu(mode: CiliumMode): number {
  return mode === 'native' ? UNDERLAY_MTU : UNDERLAY_MTU - CILIUM_TUNNEL_OVERHEAD;
}

export function addCiliumHostDevices(host: NetnsBuilder, node: ClusterNode, mode: CiliumMode): void {
  createVethPair(
    host,
    {
      name: CILIUM_NET,
      mac: deviceMac(`${node.name}/${CILIUM_NET}`),
      mtu: UNDERLAY_MTU,
      state: upState('veth'),
      flags: upFlags('veth'),
    },
    host,
    {
      name: CILIUM_HOST,
      mac: deviceMac(`${node.name}/${CILIUM_HOST}`),
      mtu: UNDERLAY_MTU,
      state: upState('veth'),
      flags: upFlags('veth'),
      sysctls: {
        'net.ipv4.conf.cilium_host.forwarding': '1',
        'net.ipv4.conf.cilium_host.rp_filter': '0',
        'net.ipv4.conf.cilium_host.accept_local': '1',
        'net.ipv4.conf.cilium_host.send_redirects': '0',
      },
    },
  );
  const router = node.cniAddresses.router;
  if (router !== undefined) host.addAddress({ device: CILIUM_HOST, ip: router, prefix: 32, scope: 'global' });
  if (mode === 'native') return;
  const vxlan = mode === 'vxlan';
  host.addDevice({
    name: vxlan ? CILIUM_VXLAN : CILIUM_GENEVE,
    kind: vxlan ? 'vxlan' : 'geneve',
    mac: deviceMac(`${node.name}/${vxlan ? CILIUM_VXLAN : CILIUM_GENEVE}`),
    mtu: UNDERLAY_MTU,
    state: upState('vxlan'),
    flags: upFlags('vxlan'),
    // `external` (collect_md): eBPF sets VNI (the source identity) and the remote per packet.
    tunnel: {
      kind: vxlan ? 'vxlan' : 'geneve',
      port: (vxlan ? CILIUM_VXLAN_PORT : CILIUM_GENEVE_PORT) as Port,
      local: node.internalIP,
      dev: UNDERLAY_DEV,
      learning: false,
    },
  });
}

export function addCiliumRoutes(
  host: NetnsBuilder,
  cluster: Cluster,
  node: ClusterNode,
  mode: CiliumMode,
): void {
  const router = node.cniAddresses.router;
  if (router === undefined) return;
  const viaHost = (dst: NonNullable<ClusterNode['podCIDR']>, mtu?: number): void => {
    host.addRoute({
      table: 'main',
      type: 'unicast',
      dst,
      via: router,
      dev: CILIUM_HOST,
      proto: 'kernel',
      src: router,
      ...(mtu === undefined ? {} : { mtu }),
    });
  };
  host.addRoute({
    table: 'main',
    type: 'unicast',
    dst: hostCidr(router),
    dev: CILIUM_HOST,
    proto: 'kernel',
    scope: 'link',
  });
  for (const cidr of node.podCIDRs) viaHost(cidr);
  const onLink = onLinkWith(cluster, node.internalIP);
  for (const peer of cluster.nodes) {
    if (peer.name === node.name) continue;
    for (const cidr of peer.podCIDRs) {
      if (mode !== 'native') viaHost(cidr, ciliumRouteMtu(mode));
      else if (onLink(peer.internalIP)) {
        host.addRoute({
          table: 'main',
          type: 'unicast',
          dst: cidr,
          via: peer.internalIP as IPv4,
          dev: UNDERLAY_DEV,
          proto: 'kernel',
        });
      }
    }
  }
}
