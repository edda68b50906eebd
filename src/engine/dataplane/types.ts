/**
 * The dataplane: for each node, the state its kernel holds for the cluster — network namespaces with their
 * devices, addresses, routes, neighbours and FDB; the netfilter ruleset; IPVS; ipsets; nftables; eBPF maps;
 * the sysctls and files that matter. Generated the way kube-proxy and the CNI would write it; the walker
 * interprets exactly this, and the node views render exactly this.
 */
import type { Cidr, IPv4, NodeName, PodRef, Port, Protocol } from '../cluster/types.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { Ruleset } from './netfilter/model.ts';
import type { CiliumState } from './cni/cilium/types.ts';
import type { CiliumPolicyState } from './policy/cilium/types.ts';
import type { NftRuleset } from './kubeproxy/nftables/model.ts';

/** A MAC address, lower-case, colon-separated (`ee:ee:ee:ee:ee:ee`). */
export type MacAddress = string & { readonly __brand: 'MacAddress' };

/** `host` for the node's own namespace, `pod:<ns>/<name>` for a pod's. */
export type NetnsId = 'host' | `pod:${string}`;

export type DeviceKind = 'loopback' | 'ethernet' | 'veth' | 'bridge' | 'vxlan' | 'ipip' | 'geneve' | 'dummy';

/** Encapsulation parameters of a tunnel device (what `ip -d link show` prints). */
export interface TunnelInfo {
  readonly kind: 'vxlan' | 'ipip' | 'geneve';
  /** VXLAN/Geneve network identifier (flannel.1: 1, vxlan.calico: 4096). */
  readonly vni?: number;
  /** UDP destination port (flannel/cilium VXLAN 8472, Calico VXLAN 4789, Geneve 6081). */
  readonly port?: Port;
  /** The underlay address the tunnel sends from. */
  readonly local: IPv4;
  /** The underlay device. */
  readonly dev: string;
  readonly learning?: boolean;
}

export interface Device {
  /** Kernel interface index, unique within its namespace (`lo` is 1). */
  readonly index: number;
  readonly name: string;
  readonly kind: DeviceKind;
  readonly mac?: MacAddress;
  readonly mtu: number;
  /** `UP`, `DOWN` or `UNKNOWN` as `ip link` prints (kube-ipvs0 is DOWN but its addresses still answer). */
  readonly state: 'UP' | 'DOWN' | 'UNKNOWN';
  readonly flags: readonly string[];
  /** The bridge this port is enslaved to (`master cni0`). */
  readonly master?: string;
  /** For a veth: the other end (namespace and device name), shown as `@ifN` by `ip link`. */
  readonly peer?: { readonly netns: NetnsId; readonly device: string; readonly index: number };
  readonly tunnel?: TunnelInfo;
  /** Per-device sysctls that change packet handling (proxy_arp, rp_filter, forwarding). */
  readonly sysctls?: Readonly<Record<string, string>>;
}

export interface Address {
  readonly device: string;
  readonly ip: IPv4;
  readonly prefix: number;
  readonly scope: 'global' | 'link' | 'host';
  readonly broadcast?: IPv4;
}

/** One route, as `ip route show table <t>` prints it. */
export interface Route {
  readonly table: 'main' | 'local';
  readonly type: 'unicast' | 'local' | 'broadcast' | 'blackhole' | 'unreachable';
  /** `default` for 0.0.0.0/0. */
  readonly dst: Cidr | 'default';
  readonly via?: IPv4;
  readonly dev?: string;
  /** `kernel`, `boot`, `static`, `bird`, or a number (Calico VXLAN writes proto 80). */
  readonly proto?: string;
  readonly scope?: 'global' | 'link' | 'host';
  readonly src?: IPv4;
  readonly onlink?: boolean;
  readonly mtu?: number;
  readonly metric?: number;
}

export interface Neighbour {
  readonly ip: IPv4;
  readonly device: string;
  readonly lladdr?: MacAddress;
  readonly state: 'PERMANENT' | 'REACHABLE' | 'STALE' | 'NOARP';
  /** A proxy entry (`ip neigh show proxy`): the host answers ARP for this address. */
  readonly proxy?: boolean;
}

/** A bridge forwarding database entry (`bridge fdb show`). */
export interface FdbEntry {
  readonly mac: MacAddress;
  readonly device: string;
  /** On a VXLAN device: the remote VTEP's underlay address. */
  readonly dst?: IPv4;
  /** `self` entries live on the device (VXLAN); `master` entries on the bridge it belongs to. */
  readonly self: boolean;
  readonly master?: string;
  readonly permanent: boolean;
}

export interface NetNamespace {
  readonly id: NetnsId;
  /** The pod whose sandbox this is (containers of one pod share it). */
  readonly pod?: PodRef;
  readonly devices: readonly Device[];
  readonly addresses: readonly Address[];
  readonly routes: readonly Route[];
  readonly neighbours: readonly Neighbour[];
  readonly fdb: readonly FdbEntry[];
  /** The netfilter ruleset of this namespace (pods normally have empty tables). */
  readonly ruleset?: Ruleset;
}

/** An ipset (`ipset list`): IPVS mode's KUBE-* sets, Calico's cali40* selector sets. */
export interface IpSet {
  readonly name: string;
  readonly type: string;
  readonly comment?: string;
  /** Members as `ipset list` prints them (`10.96.0.10,udp:53`, `10.244.1.5`). */
  readonly members: readonly string[];
}

export interface IpvsRealServer {
  readonly ip: IPv4;
  readonly port: Port;
  readonly forward: 'Masq';
  readonly weight: number;
}

export interface IpvsVirtualServer {
  readonly protocol: Protocol;
  readonly ip: IPv4;
  readonly port: Port;
  readonly scheduler: string;
  /** ClientIP session affinity: IPVS persistence timeout in seconds. */
  readonly persistentSeconds?: number;
  readonly realServers: readonly IpvsRealServer[];
  /** `ns/svc:port`, to link back to the Service. */
  readonly service: string;
}

export interface IpvsState {
  readonly virtualServers: readonly IpvsVirtualServer[];
}

/** The per-node state. Fields a mode or CNI does not use are absent (no `ipvs` in iptables mode). */
export interface NodeDataplane {
  readonly node: NodeName;
  /** The host namespace first, then one per pod on the node, in pod order. */
  readonly netns: readonly NetNamespace[];
  /** The host's netfilter ruleset (kubelet, kube-proxy, the CNI). */
  readonly ruleset: Ruleset;
  readonly ipsets: readonly IpSet[];
  readonly ipvs?: IpvsState;
  /** Host-wide sysctls that matter for packets (`net.ipv4.ip_forward`, `net.bridge.bridge-nf-call-iptables`). */
  readonly sysctls: Readonly<Record<string, string>>;
  /** Files a person would look at (`/run/flannel/subnet.env`), path → content. */
  readonly files: Readonly<Record<string, string>>;
  /** kube-proxy nftables mode's `ip kube-proxy` table. */
  readonly nftables?: NftRuleset;
  /** Cilium's agent state (service map, endpoints, identities, ipcache); only with Cilium. */
  readonly cilium?: CiliumState;
  /** Cilium's NetworkPolicy enforcement: per-endpoint policy maps and the ipcache with CIDR identities. */
  readonly ciliumPolicy?: CiliumPolicyState;
}

export interface Dataplane {
  readonly nodes: readonly NodeDataplane[];
  readonly diagnostics: readonly Diagnostic[];
}
