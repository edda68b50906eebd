/**
 * Calico's routes between nodes. With BGP (BIRD, `calico_backend: bird`) each node learns its peers' blocks
 * and installs them `proto bird`: straight via the peer's IP on eth0 (plain BGP, or IPIP CrossSubnet within
 * a subnet), or via the peer's IP on `tunl0 onlink` (IPIP). Its own blocks are exported as `blackhole … proto
 * bird`, so traffic to an unused address in them is dropped here instead of looping.
 *
 * In VXLAN mode Felix programs the routes itself: per peer block `via <peer tunnel IP> dev vxlan.calico
 * onlink` (with Felix's device route protocol, boot by default, so no `proto` is printed — as in the real dump
 * of REFERENCE.md §5), a permanent neighbour for that tunnel IP with the peer's VTEP MAC and an FDB entry
 * sending that MAC to the peer's node IP; its own blocks are `blackhole … proto 80` (`DefaultRouteProto`).
 */
import type { Cluster, ClusterNode } from '../../../cluster/types.ts';
import type { NetnsBuilder } from '../../linux/netnsBuilder.ts';
import { onLinkWith, UNDERLAY_DEV } from '../hostNetns.ts';
import { CALICO_IPIP_DEV, CALICO_VXLAN_DEV, calicoVtepMac, type CalicoSettings } from './tunnel.ts';

/** BIRD's routes show `proto bird`; Felix's VXLAN blackholes `proto 80`, its VXLAN routes no proto. */
export function calicoBlackholeProto(mode: CalicoSettings['mode']): string {
  return mode === 'vxlan' ? '80' : 'bird';
}

function peerRouteProto(mode: CalicoSettings['mode']): { readonly proto?: string } {
  return mode === 'vxlan' ? {} : { proto: 'bird' };
}

export function addCalicoRoutes(
  host: NetnsBuilder,
  cluster: Cluster,
  own: ClusterNode,
  cni: CalicoSettings,
): void {
  const blackholeProto = calicoBlackholeProto(cni.mode);
  for (const block of own.podCIDRs)
    host.addRoute({ table: 'main', type: 'blackhole', dst: block, proto: blackholeProto });
  const proto = peerRouteProto(cni.mode);
  const onLink = onLinkWith(cluster, own.internalIP);
  for (const peer of cluster.nodes) {
    if (peer.name === own.name) continue;
    const sameNetwork = onLink(peer.internalIP);
    const direct = cni.mode === 'bgp' || (cni.crossSubnet && sameNetwork);
    // Plain BGP needs the peer on-link: across an L3 boundary BIRD's next hop is unreachable and not installed.
    if (cni.mode === 'bgp' && !sameNetwork) continue;
    if (direct) {
      for (const block of peer.podCIDRs) {
        host.addRoute({
          table: 'main',
          type: 'unicast',
          dst: block,
          via: peer.internalIP,
          dev: UNDERLAY_DEV,
          ...proto,
        });
      }
      continue;
    }
    if (cni.mode === 'ipip') {
      for (const block of peer.podCIDRs) {
        host.addRoute({
          table: 'main',
          type: 'unicast',
          dst: block,
          via: peer.internalIP,
          dev: CALICO_IPIP_DEV,
          ...proto,
          onlink: true,
        });
      }
      continue;
    }
    const peerTunnel = peer.cniAddresses.tunnel;
    if (peerTunnel === undefined) continue;
    const mac = calicoVtepMac(peer.name);
    for (const block of peer.podCIDRs) {
      host.addRoute({
        table: 'main',
        type: 'unicast',
        dst: block,
        via: peerTunnel,
        dev: CALICO_VXLAN_DEV,
        ...proto,
        onlink: true,
      });
    }
    host.addNeighbour({ ip: peerTunnel, device: CALICO_VXLAN_DEV, lladdr: mac, state: 'PERMANENT' });
    host.addFdb({ mac, device: CALICO_VXLAN_DEV, dst: peer.internalIP, self: true, permanent: true });
  }
}
