/**
 * flanneld's view of the cluster in kube-subnet-mgr mode: one lease per node — the node's `spec.podCIDR`, its
 * public IP (the node's internal IP) and, for VXLAN, its VTEP MAC (the MAC of its `flannel.1`, published in
 * the `flannel.alpha.coreos.com/backend-data` annotation so peers can program their FDB).
 */
import { cidrNth, type Cidr } from '../../../net/cidr.ts';
import type { IPv4 } from '../../../net/ipv4.ts';
import type { Cluster, ClusterNode } from '../../../cluster/types.ts';
import { deviceMac } from '../../linux/mac.ts';
import type { MacAddress } from '../../types.ts';
import { UNDERLAY_MTU } from '../hostNetns.ts';

export type FlannelBackend = 'vxlan' | 'host-gw';

/** `flannel.<VNI>` with the default VNI 1 (pkg/backend/vxlan `defaultVNI`). */
export const FLANNEL_VXLAN_DEV = 'flannel.1';
export const FLANNEL_VNI = 1;
/** Port 0 in flannel's config means the kernel default, which is 8472 on Linux. */
export const FLANNEL_VXLAN_PORT = 8472;
/** `encapOverhead`: outer IPv4 (20) + UDP (8) + VXLAN (8) + inner Ethernet (14). */
export const VXLAN_OVERHEAD = 50;

export interface FlannelLease {
  readonly node: ClusterNode;
  readonly subnet: Cidr;
  readonly publicIP: IPv4;
  readonly vtepMac: MacAddress;
}

/** The VTEP MAC of a node's `flannel.1` (random at creation on a real node; stable here). */
export function flannelVtepMac(node: string): MacAddress {
  return deviceMac(`${node}/${FLANNEL_VXLAN_DEV}`);
}

/** A node's lease, or undefined when it has no `podCIDR` (flanneld waits and never configures it). */
export function flannelLease(node: ClusterNode): FlannelLease | undefined {
  if (node.podCIDR === undefined) return undefined;
  return { node, subnet: node.podCIDR, publicIP: node.internalIP, vtepMac: flannelVtepMac(node.name) };
}

/** Every node's lease, in node order. */
export function flannelLeases(cluster: Cluster): readonly FlannelLease[] {
  return cluster.nodes.flatMap((n) => flannelLease(n) ?? []);
}

/** FLANNEL_MTU: the external interface's MTU, less the VXLAN overhead in VXLAN mode. */
export function flannelMtu(backend: FlannelBackend): number {
  return backend === 'vxlan' ? UNDERLAY_MTU - VXLAN_OVERHEAD : UNDERLAY_MTU;
}

/** FLANNEL_SUBNET's address: the first usable IP of the node subnet, which the bridge takes. */
export function flannelGateway(lease: FlannelLease): IPv4 {
  return cidrNth(lease.subnet, 1) as IPv4;
}
