/**
 * The cluster model: everything a real control plane would have produced from the manifests — nodes, pods
 * with their IPs, Services with their virtual IPs and ports, EndpointSlices, DNS records — as immutable,
 * JSON-friendly data. The dataplane generators and the walker read only this.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { ObjectOrigin } from '../manifest/types.ts';
import type { Cidr } from '../net/cidr.ts';
import type { IPv4 } from '../net/ipv4.ts';
import type { Port, PortRange, Protocol } from '../net/port.ts';

import type {
  DnsRecord,
  EndpointSliceModel,
  IngressClassModel,
  IngressModel,
  LoadBalancerModel,
  NetworkPolicyModel,
  ServiceModel,
} from './serviceTypes.ts';

export type { Cidr, IPv4, Port, PortRange, Protocol };
export type * from './serviceTypes.ts';

/** A Kubernetes node name (RFC 1123 subdomain). Made by `toNodeName`. */
export type NodeName = string & { readonly __brand: 'NodeName' };
/** `<namespace>/<name>` of a pod. Made by `toPodRef`. */
export type PodRef = string & { readonly __brand: 'PodRef' };
/** `<namespace>/<name>` of a Service. Made by `toServiceRef`. */
export type ServiceRef = string & { readonly __brand: 'ServiceRef' };

export type Labels = Readonly<Record<string, string>>;

/** What packetwalk adds on its own, as a kubeadm cluster has it without anyone writing YAML for it. */
export type SystemComponent = 'kube-apiserver' | 'coredns' | 'ingress-nginx' | 'seed-topology';

/**
 * Where a model object came from, so the UI can jump to the YAML that made it.
 * - `manifest`: written in the manifests as this very object.
 * - `controller`: made by a controller (Deployment → ReplicaSet → Pod, the EndpointSlice controller) from
 *   the manifest object at `origin`.
 * - `implied`: not declared, but referenced by the object at `origin` (a namespace nobody created).
 * - `system`: added by packetwalk because a real cluster always has it (CoreDNS, the `kubernetes` Service).
 */
export type Provenance =
  | { readonly from: 'manifest'; readonly objectId: string; readonly origin: ObjectOrigin }
  | {
      readonly from: 'controller';
      readonly controller: string;
      readonly objectId: string;
      readonly origin: ObjectOrigin;
    }
  | { readonly from: 'implied'; readonly objectId: string; readonly origin: ObjectOrigin }
  | { readonly from: 'system'; readonly component: SystemComponent };

// ---------------------------------------------------------------------------------------------------------
// Settings

/** The CNI plugin and how it carries pod traffic between nodes. */
export type CniSettings =
  /** Flannel: per-node /24 from `spec.podCIDR`, bridge `cni0`, VXLAN `flannel.1` (or host-gw routes). */
  | { readonly plugin: 'flannel'; readonly mode: 'vxlan' | 'host-gw' }
  /** Calico: /blockSize blocks from IP pools, L3 routing; `mode` from the pool's ipipMode/vxlanMode. */
  | {
      readonly plugin: 'calico';
      readonly mode: 'bgp' | 'ipip' | 'vxlan';
      readonly crossSubnet: boolean;
      readonly natOutgoing: boolean;
      readonly blockSize: number;
      readonly pools: readonly Cidr[];
    }
  /** Cilium: eBPF dataplane; tunnel (vxlan/geneve) or native routing. */
  | { readonly plugin: 'cilium'; readonly mode: 'vxlan' | 'geneve' | 'native' }
  /** Weave Net: `weave` bridge, fast datapath (kernel VXLAN) or sleeve (userspace) encapsulation. */
  | { readonly plugin: 'weave'; readonly mode: 'fastdp' | 'sleeve' }
  /** Canal: Flannel networking with Calico policy. */
  | { readonly plugin: 'canal'; readonly mode: 'vxlan' | 'host-gw' };

export type CniPlugin = CniSettings['plugin'];

/** kube-proxy's configuration (`KubeProxyConfiguration`), with kube-proxy's own defaults filled in. */
export interface KubeProxySettings {
  /** `none`: no kube-proxy (Cilium kube-proxy replacement). */
  readonly mode: 'iptables' | 'ipvs' | 'nftables' | 'none';
  /** IPVS scheduler (`rr` when unset). */
  readonly scheduler: string;
  readonly masqueradeAll: boolean;
  /** The fwmark bit for "masquerade this" (14 → 0x4000). */
  readonly masqueradeBit: number;
  /** Whether NodePorts answer on 127.0.0.1 (iptables mode; route_localnet). */
  readonly localhostNodePorts: boolean;
  /** Where NodePorts listen: empty means every local address; `primary` the node's primary IP. */
  readonly nodePortAddresses: readonly (Cidr | 'primary')[];
}

/** Which input decided a setting: shown so a learner sees why the cluster looks the way it does. */
export type SettingSource =
  | 'cluster-document'
  | 'node-objects'
  | 'kube-proxy-config'
  | 'flannel-config'
  | 'calico-ippool'
  | 'coredns-config'
  | 'kube-dns-service'
  | 'default';

export type SettingName =
  | 'podCIDR'
  | 'serviceCIDR'
  | 'clusterDomain'
  | 'nodePortRange'
  | 'cni'
  | 'kubeProxy'
  | 'nodes'
  | 'upstreamDNS'
  | 'externalClients'
  | 'dnsServiceIP';

export interface ExternalClient {
  readonly name: string;
  readonly ip: IPv4;
}

export interface ClusterSettings {
  /** `metadata.name` of the Cluster document, else `packetwalk`. */
  readonly name: string;
  readonly podCIDR: Cidr;
  readonly serviceCIDR: Cidr;
  /** The /24 networks the node addresses sit on (the seed topology: 192.168.1.0/24). */
  readonly nodeNetworks: readonly Cidr[];
  readonly clusterDomain: string;
  readonly nodePortRange: PortRange;
  readonly cni: CniSettings;
  /** Whether the CNI enforces NetworkPolicy (Flannel alone does not). */
  readonly enforcesNetworkPolicy: boolean;
  readonly kubeProxy: KubeProxySettings;
  /** kubelet `clusterDNS`: the kube-dns Service IP every ClusterFirst pod's resolv.conf names. */
  readonly dnsServiceIP: IPv4;
  /** The `kubernetes` Service IP (index 1 of the Service CIDR unless the manifests say otherwise). */
  readonly kubernetesServiceIP: IPv4;
  /** The resolver nodes use (and CoreDNS forwards to). */
  readonly upstreamDNS: IPv4;
  /** TTL CoreDNS puts on cluster records (`ttl 30` in kubeadm's Corefile). */
  readonly dnsTTL: number;
  readonly externalClients: readonly ExternalClient[];
  readonly sources: Readonly<Record<SettingName, SettingSource>>;
}

// ---------------------------------------------------------------------------------------------------------
// Nodes, namespaces, pods

export interface Taint {
  readonly key: string;
  readonly value?: string;
  readonly effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
}

/** Addresses the CNI itself takes from a node's pod range (so pods never get them). */
export interface CniAddresses {
  /** The bridge (`cni0`, `weave`): host-local's gateway, `.1` of the node subnet. */
  readonly bridge?: IPv4;
  /** The tunnel device (`flannel.1` holds `.0`; Calico's IPIP/VXLAN tunnel address is its block's first). */
  readonly tunnel?: IPv4;
  /** Cilium's `cilium_host` router address. */
  readonly router?: IPv4;
}

export interface ClusterNode {
  readonly name: NodeName;
  readonly role: 'control-plane' | 'worker';
  readonly internalIP: IPv4;
  readonly externalIP?: IPv4;
  readonly labels: Labels;
  readonly taints: readonly Taint[];
  /** Cordoned (`spec.unschedulable`). */
  readonly unschedulable: boolean;
  readonly ready: boolean;
  /** The node's pod range: `spec.podCIDR` for host-local CNIs, the first Calico block for Calico. */
  readonly podCIDR?: Cidr;
  /** Every pod range routed to this node (Calico may hold several /26 blocks). */
  readonly podCIDRs: readonly Cidr[];
  readonly cniAddresses: CniAddresses;
  readonly provenance: Provenance;
}

export interface NamespaceModel {
  readonly name: string;
  /** Always includes `kubernetes.io/metadata.name: <name>`, as the API server sets it. */
  readonly labels: Labels;
  readonly provenance: Provenance;
}

export interface ContainerPortModel {
  readonly name?: string;
  readonly containerPort: Port;
  readonly protocol: Protocol;
  readonly hostPort?: Port;
}

export interface ContainerModel {
  readonly name: string;
  readonly image?: string;
  readonly ports: readonly ContainerPortModel[];
}

export interface OwnerRef {
  readonly kind: string;
  readonly name: string;
}

export interface DnsOption {
  readonly name: string;
  readonly value?: string;
}

/** A pod's /etc/resolv.conf as kubelet writes it. */
export interface ResolvConf {
  readonly nameservers: readonly IPv4[];
  readonly search: readonly string[];
  readonly options: readonly DnsOption[];
}

export type DnsPolicy = 'ClusterFirst' | 'ClusterFirstWithHostNet' | 'Default' | 'None';

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';

/**
 * How a pod got its IP: `status` (given in the manifests), `allocated` (by the CNI's IPAM here),
 * `host-network` (the node's IP), `none` (not scheduled, or no address left).
 */
export type PodIPSource = 'status' | 'allocated' | 'host-network' | 'none';

export interface PodModel {
  readonly ref: PodRef;
  readonly name: string;
  readonly namespace: string;
  readonly labels: Labels;
  readonly node?: NodeName;
  readonly ip?: IPv4;
  readonly ipSource: PodIPSource;
  readonly hostIP?: IPv4;
  readonly hostNetwork: boolean;
  readonly containers: readonly ContainerModel[];
  readonly phase: PodPhase;
  readonly ready: boolean;
  /** Has a deletionTimestamp: still running, leaving the Service. */
  readonly terminating: boolean;
  /** The direct controller (a Deployment's pods are owned by its ReplicaSet). */
  readonly owner?: OwnerRef;
  /** The top-level workload a person wrote (the Deployment, not the ReplicaSet). */
  readonly workload?: OwnerRef;
  /** `spec.hostname` (a StatefulSet sets it to the pod name); the pod's hostname is its name otherwise. */
  readonly hostname?: string;
  readonly subdomain?: string;
  readonly dnsPolicy: DnsPolicy;
  readonly resolvConf: ResolvConf;
  readonly provenance: Provenance;
}

// ---------------------------------------------------------------------------------------------------------

/** The cluster the manifests describe. Every list is sorted, so the same input gives the same bytes. */
export interface Cluster {
  readonly settings: ClusterSettings;
  readonly nodes: readonly ClusterNode[];
  readonly namespaces: readonly NamespaceModel[];
  readonly pods: readonly PodModel[];
  readonly services: readonly ServiceModel[];
  readonly endpointSlices: readonly EndpointSliceModel[];
  readonly loadBalancers: readonly LoadBalancerModel[];
  readonly ingressClasses: readonly IngressClassModel[];
  readonly ingresses: readonly IngressModel[];
  readonly networkPolicies: readonly NetworkPolicyModel[];
  readonly dnsRecords: readonly DnsRecord[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Re-exported so that readers of the model need only this module. */
export type { ObjectOrigin };
