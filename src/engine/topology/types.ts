/**
 * What the canvas draws of a node's network: its devices as the dataplane holds them (the same builders,
 * not a second guess), without the rule sets. Cheap enough to ask for every drawn node on every edit.
 */
import type { DeviceKind, TunnelInfo } from '../dataplane/types.ts';

/** What a host device is for, in the picture of a node. */
export type DeviceRole =
  /** The node's uplink to the node network (`eth0`). */
  | 'uplink'
  /** A Linux bridge the pods hang off (`cni0`, `weave`). */
  | 'bridge'
  /** A tunnel device (`flannel.1`, `tunl0`, `vxlan.calico`, `cilium_vxlan`, `cilium_geneve`, `vxlan-6784`). */
  | 'tunnel'
  /** IPVS mode's dummy device holding every Service address (`kube-ipvs0`). */
  | 'ipvs'
  /** The host end of a pod's veth pair (`veth…`, `cali…`, `lxc…`). */
  | 'veth'
  /** Anything else the CNI adds to the host (`cilium_host`, `cilium_net`, `vethwe-*`). */
  | 'other';

export interface TopologyDevice {
  readonly name: string;
  readonly kind: DeviceKind;
  readonly role: DeviceRole;
  readonly mtu: number;
  /** Addresses as `ip addr` prints them (`10.244.1.1/24`). */
  readonly addresses: readonly string[];
  readonly mac?: string;
  /** The bridge this device is a port of (`cni0`). */
  readonly master?: string;
  readonly tunnel?: TunnelInfo;
  /** For a pod's host veth end: the pod (`<ns>/<name>`) whose `eth0` is the other end. */
  readonly pod?: string;
}

/** A pod's side of its veth pair: `eth0` in the pod's namespace. */
export interface TopologyPod {
  /** `<ns>/<name>`. */
  readonly ref: string;
  readonly device: string;
  readonly addresses: readonly string[];
  readonly mac?: string;
  /** The host end of the pair, when the CNI made one. */
  readonly hostVeth?: string;
}

export interface NodeTopology {
  readonly node: string;
  /** Host-namespace devices except `lo`, in interface-index order. */
  readonly devices: readonly TopologyDevice[];
  /** Pods with their own network namespace on this node, in pod order (host-network pods are not here). */
  readonly pods: readonly TopologyPod[];
}
