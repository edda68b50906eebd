/**
 * The Cilium agent's state on one node that is not Linux routing or iptables: the eBPF service map (what
 * `cilium-dbg service list` shows), the local endpoints with their security identities, and the ipcache
 * mapping every known IP to an identity (and, for remote pods in tunnel mode, the node to tunnel to). The
 * policy map is built by the policy generator and lives beside this.
 */
import type { Cidr, IPv4, NodeName, PodRef, Port, Protocol, ServiceRef } from '../../../cluster/types.ts';

/** `ServiceType` values `cilium-dbg service list` prints in its Service Type column. */
export type CiliumServiceType = 'ClusterIP' | 'NodePort' | 'ExternalIPs' | 'LoadBalancer';

export interface CiliumL4Addr {
  readonly ip: IPv4;
  readonly port: Port;
  readonly protocol: Protocol;
}

export interface CiliumBackend extends CiliumL4Addr {
  /** `active`, or `terminating` for an endpoint that is leaving (still used for existing flows only). */
  readonly state: 'active' | 'terminating';
  readonly pod?: PodRef;
  readonly node?: NodeName;
}

/** One frontend of the service map: a (VIP, port, protocol) and the backends it load-balances to. */
export interface CiliumServiceEntry {
  /** The numeric ID the agent gives the frontend (its order of creation here). */
  readonly id: number;
  readonly frontend: CiliumL4Addr;
  readonly type: CiliumServiceType;
  readonly service: ServiceRef;
  readonly portName?: string;
  /** Backends in selection order; with externalTrafficPolicy/internalTrafficPolicy Local only this node's. */
  readonly backends: readonly CiliumBackend[];
}

/** A security identity: a number for a set of labels, the same on every node. */
export interface CiliumIdentity {
  readonly id: number;
  /** `k8s:app=web`, `k8s:io.kubernetes.pod.namespace=default`, … or `reserved:host`. */
  readonly labels: readonly string[];
}

/** A local endpoint (one per pod sandbox on this node), as `cilium-dbg endpoint list` shows it. */
export interface CiliumEndpoint {
  readonly id: number;
  readonly pod: PodRef;
  readonly ipv4: IPv4;
  readonly identity: number;
  /** The host-side veth (`lxc…`). */
  readonly interface: string;
}

/** An ipcache entry: which identity an address has and, for remote pods in tunnel mode, where to tunnel. */
export interface CiliumIpcacheEntry {
  readonly prefix: Cidr;
  readonly identity: number;
  readonly tunnelEndpoint?: IPv4;
}

export interface CiliumState {
  readonly routingMode: 'tunnel' | 'native';
  readonly tunnelProtocol?: 'vxlan' | 'geneve';
  /** True when kube-proxy is not running (kubeProxyReplacement): services are load-balanced at the socket. */
  readonly kubeProxyReplacement: boolean;
  /** `cilium_host`'s address (the pods' gateway). */
  readonly routerIP?: IPv4;
  readonly services: readonly CiliumServiceEntry[];
  readonly endpoints: readonly CiliumEndpoint[];
  /** Every identity in the cluster (reserved ones first), the same list on every node. */
  readonly identities: readonly CiliumIdentity[];
  readonly ipcache: CiliumIpcache;
}

/**
 * The ipcache in two parts: `nodes` is this node's view of node and router addresses; `pods` is shared by all
 * nodes (one array for the whole cluster), where an entry tunnelling to this node's own IP is a local pod.
 */
export interface CiliumIpcache {
  readonly nodes: readonly CiliumIpcacheEntry[];
  readonly pods: readonly CiliumIpcacheEntry[];
}
