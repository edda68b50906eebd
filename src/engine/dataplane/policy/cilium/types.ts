/**
 * Cilium's policy state on one node, as inspectable tables: the identities (numeric ids for label sets,
 * `cilium-dbg identity list`), the ipcache that maps addresses to identities (`cilium-dbg bpf ipcache list`),
 * and each local endpoint's policy map (`cilium-dbg bpf policy get <id>`), which the eBPF program on the pod's
 * `lxc` veth consults at the tc hook.
 */
import type { IPv4, NodeName, PodRef, Protocol } from '../../../cluster/types.ts';
import type { PolicyDirection } from '../../../policy/types.ts';

/** Cilium's reserved identities (pkg/identity/numericidentity.go). */
export const RESERVED_IDENTITY = {
  /** Also the policy map's wildcard: "any identity" (`reserved:unknown`). */
  unknown: 0,
  host: 1,
  world: 2,
  unmanaged: 3,
  health: 4,
  init: 5,
  'remote-node': 6,
  'kube-apiserver': 7,
  ingress: 8,
} as const;

/** The first identity the allocator hands out for a cluster label set (`MinimalAllocationIdentity`). */
export const FIRST_CLUSTER_IDENTITY = 256;

/** Local (CIDR) identities carry this bit (`LocalIdentityFlag`, 1 << 24). */
export const LOCAL_IDENTITY_FLAG = 1 << 24;

export interface CiliumIdentity {
  readonly id: number;
  /** Security-relevant labels, sorted: `k8s:app=web`, `k8s:io.kubernetes.pod.namespace=x`, `cidr:…`, `reserved:world`. */
  readonly labels: readonly string[];
  /** For a CIDR identity: the prefix it stands for. */
  readonly cidr?: string;
}

/** One ipcache entry: a prefix and the identity of whatever sends from it. */
export interface IpcacheEntry {
  readonly prefix: string;
  readonly identity: number;
}

/** `ANY` port is 0 in the map; a range carries its end (newer Cilium's port-range keys). */
export interface PolicyMapEntry {
  readonly direction: PolicyDirection;
  /** The peer identity; 0 means any. */
  readonly identity: number;
  readonly protocol: 'ANY' | Protocol;
  /** 0 = any port. */
  readonly port: number;
  readonly endPort?: number;
  readonly verdict: 'allow';
  /** Why the entry exists: the policies (`ns/name`) it came from, `allow-all` (not enforced), `allow-localhost`. */
  readonly derivedFrom: readonly string[];
}

export interface CiliumEndpointPolicy {
  /** The pod; join with `NodeDataplane.cilium.endpoints` for the endpoint id and `lxc` interface. */
  readonly pod: PodRef;
  readonly ip: IPv4;
  readonly identity: number;
  /** Whether any policy selects the endpoint for ingress / egress ("policy enforcement: default"). */
  readonly ingressEnforced: boolean;
  readonly egressEnforced: boolean;
  readonly entries: readonly PolicyMapEntry[];
}

export interface CiliumPolicyState {
  readonly node: NodeName;
  readonly identities: readonly CiliumIdentity[];
  readonly ipcache: readonly IpcacheEntry[];
  readonly endpoints: readonly CiliumEndpointPolicy[];
}

/** The datapath's answer at the tc hook, like Hubble's verdicts. */
export type CiliumPolicyVerdict =
  | { readonly verdict: 'FORWARDED'; readonly entry: PolicyMapEntry }
  /** Hubble: `DROPPED (Policy denied)` (UNCONFIRMED wording, REFERENCE §9.4). */
  | { readonly verdict: 'DROPPED'; readonly reason: 'POLICY_DENIED' };
