/**
 * `kube-ipvs0`, the dummy device IPVS mode binds every virtual IP to (`defaultDummyDevice`, REFERENCE.md §2).
 * Being local addresses, the VIPs answer ping in IPVS mode, unlike in iptables mode.
 */
import type { IPv4 } from '../../../cluster/types.ts';
import type { Address, Device } from '../../types.ts';

export const KUBE_IPVS0 = 'kube-ipvs0';

/**
 * The device as `ip link` shows it: `<BROADCAST,NOARP> mtu 1500 … state DOWN`. `index` is a placeholder; the
 * orchestrator numbers the host's devices. ASSUMPTION: the MAC is random on a real node and left out here.
 */
export function kubeIpvs0Device(index: number): Device {
  return { index, name: KUBE_IPVS0, kind: 'dummy', mtu: 1500, state: 'DOWN', flags: ['BROADCAST', 'NOARP'] };
}

/**
 * One `/32 scope global` address per bound VIP, in binding order. Current netlink libraries add no broadcast
 * for a /32, so `ip addr` shows `inet 10.96.0.1/32 scope global kube-ipvs0` (older nodes also show `brd`).
 */
export function kubeIpvs0Addresses(ips: readonly IPv4[]): Address[] {
  return ips.map((ip) => ({ device: KUBE_IPVS0, ip, prefix: 32, scope: 'global' }));
}
