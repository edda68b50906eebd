/**
 * flanneld's backends on one node (flannel-io/flannel `pkg/backend/vxlan`, `pkg/backend/hostgw`).
 *
 * VXLAN: `flannel.1` (VNI 1, UDP 8472, no learning, MTU = eth0 − 50) holding `<subnet>.0/32`, and per remote
 * lease three entries and no L2/L3-miss handling: a permanent neighbour `<peer subnet>.0 lladdr <peer VTEP
 * MAC>`, an FDB entry `<peer VTEP MAC> dst <peer node IP> self permanent`, and the route `<peer subnet> via
 * <peer subnet>.0 dev flannel.1 onlink`.
 *
 * host-gw: per remote lease `<peer subnet> via <peer node IP> dev eth0`. The route needs the peer on the same
 * L2 network; for a peer that is not, the kernel refuses it ("network unreachable") and flanneld logs an
 * error, so no route is added. UNCONFIRMED: the exact printed line is derived from the code (REFERENCE.md §9.6).
 */
import type { IPv4 } from '../../../net/ipv4.ts';
import type { Cluster } from '../../../cluster/types.ts';
import { assertNever } from '../../netfilter/assertNever.ts';
import { upFlags, upState } from '../../linux/links.ts';
import type { NetnsBuilder } from '../../linux/netnsBuilder.ts';
import { onLinkWith, UNDERLAY_DEV } from '../hostNetns.ts';
import {
  FLANNEL_VNI,
  FLANNEL_VXLAN_DEV,
  FLANNEL_VXLAN_PORT,
  flannelLeases,
  flannelMtu,
  type FlannelBackend,
  type FlannelLease,
} from './lease.ts';
import { cidrNetwork } from '../../../net/cidr.ts';
import type { Port } from '../../../net/port.ts';

export function applyFlannelBackend(
  host: NetnsBuilder,
  cluster: Cluster,
  own: FlannelLease,
  backend: FlannelBackend,
): void {
  const peers = flannelLeases(cluster).filter((l) => l.node.name !== own.node.name);
  switch (backend) {
    case 'vxlan':
      addVxlanDevice(host, own);
      for (const peer of peers) addVxlanPeer(host, peer);
      return;
    case 'host-gw': {
      const onLink = onLinkWith(cluster, own.publicIP);
      for (const peer of peers) {
        if (!onLink(peer.publicIP)) continue;
        host.addRoute({
          table: 'main',
          type: 'unicast',
          dst: peer.subnet,
          via: peer.publicIP,
          dev: UNDERLAY_DEV,
        });
      }
      return;
    }
    default:
      assertNever(backend);
  }
}

function addVxlanDevice(host: NetnsBuilder, own: FlannelLease): void {
  host.addDevice({
    name: FLANNEL_VXLAN_DEV,
    kind: 'vxlan',
    mac: own.vtepMac,
    mtu: flannelMtu('vxlan'),
    state: upState('vxlan'),
    flags: upFlags('vxlan'),
    tunnel: {
      kind: 'vxlan',
      vni: FLANNEL_VNI,
      port: FLANNEL_VXLAN_PORT as Port,
      local: own.publicIP,
      dev: UNDERLAY_DEV,
      learning: false,
    },
  });
  // A /32, "so that no broadcast routes are created"; it is the source for host-to-remote-pod traffic.
  host.addAddress({ device: FLANNEL_VXLAN_DEV, ip: cidrNetwork(own.subnet), prefix: 32, scope: 'global' });
}

function addVxlanPeer(host: NetnsBuilder, peer: FlannelLease): void {
  const peerVtepIP: IPv4 = cidrNetwork(peer.subnet);
  host.addRoute({
    table: 'main',
    type: 'unicast',
    dst: peer.subnet,
    via: peerVtepIP,
    dev: FLANNEL_VXLAN_DEV,
    onlink: true,
  });
  host.addNeighbour({ ip: peerVtepIP, device: FLANNEL_VXLAN_DEV, lladdr: peer.vtepMac, state: 'PERMANENT' });
  host.addFdb({
    mac: peer.vtepMac,
    device: FLANNEL_VXLAN_DEV,
    dst: peer.publicIP,
    self: true,
    permanent: true,
  });
}
