/**
 * Calico's tunnel devices (felix `dataplanedefs`): `tunl0`, the kernel's IPIP fallback device, MTU underlay −
 * 20; and `vxlan.calico`, VNI 4096 on UDP 4789, MTU underlay − 50, created by Felix with a MAC it records on
 * the Node so peers can program FDB entries. Each holds the node's tunnel address (its first block's first
 * address) as /32.
 */
import type { IPv4 } from '../../../net/ipv4.ts';
import type { Port } from '../../../net/port.ts';
import type { CniSettings } from '../../../cluster/types.ts';
import { assertNever } from '../../netfilter/assertNever.ts';
import { upFlags, upState } from '../../linux/links.ts';
import { deviceMac } from '../../linux/mac.ts';
import type { NetnsBuilder } from '../../linux/netnsBuilder.ts';
import type { MacAddress } from '../../types.ts';
import { UNDERLAY_DEV, UNDERLAY_MTU } from '../hostNetns.ts';

export type CalicoSettings = Extract<CniSettings, { plugin: 'calico' }>;

export const CALICO_IPIP_DEV = 'tunl0';
export const CALICO_VXLAN_DEV = 'vxlan.calico';
export const CALICO_VXLAN_VNI = 4096;
export const CALICO_VXLAN_PORT = 4789;

/** The pods' (and the tunnel's) MTU: the underlay less the encapsulation overhead. */
export function calicoMtu(mode: CalicoSettings['mode']): number {
  switch (mode) {
    case 'bgp':
      return UNDERLAY_MTU;
    case 'ipip':
      return UNDERLAY_MTU - 20;
    case 'vxlan':
      return UNDERLAY_MTU - 50;
    default:
      return assertNever(mode);
  }
}

/** A node's `vxlan.calico` MAC (random, stored in the Node's `vxlanTunnelMACAddr`; stable here). */
export function calicoVtepMac(node: string): MacAddress {
  return deviceMac(`${node}/${CALICO_VXLAN_DEV}`);
}

/** Creates the mode's tunnel device with the node's tunnel address; nothing in plain BGP mode. */
export function addCalicoTunnel(
  host: NetnsBuilder,
  node: string,
  nodeIP: IPv4,
  tunnelIP: IPv4 | undefined,
  mode: CalicoSettings['mode'],
): void {
  switch (mode) {
    case 'bgp':
      return;
    case 'ipip':
      host.addDevice({
        name: CALICO_IPIP_DEV,
        kind: 'ipip',
        mtu: calicoMtu('ipip'),
        state: upState('ipip'),
        flags: upFlags('ipip'),
        // The fallback tunnel has no fixed endpoints (`ip -d link` shows `remote any local any`); the kernel
        // sends from the node address the route's source selection gives.
        tunnel: { kind: 'ipip', local: nodeIP, dev: UNDERLAY_DEV },
      });
      break;
    case 'vxlan':
      host.addDevice({
        name: CALICO_VXLAN_DEV,
        kind: 'vxlan',
        mac: calicoVtepMac(node),
        mtu: calicoMtu('vxlan'),
        state: upState('vxlan'),
        flags: upFlags('vxlan'),
        tunnel: {
          kind: 'vxlan',
          vni: CALICO_VXLAN_VNI,
          port: CALICO_VXLAN_PORT as Port,
          local: nodeIP,
          dev: UNDERLAY_DEV,
          learning: false,
        },
      });
      break;
    default:
      assertNever(mode);
  }
  if (tunnelIP === undefined) return;
  const device = mode === 'ipip' ? CALICO_IPIP_DEV : CALICO_VXLAN_DEV;
  host.addAddress({ device, ip: tunnelIP, prefix: 32, scope: 'global' });
}
