/**
 * What Cilium's eBPF datapath decides for the walker: the service translation (at connect() with socket LB,
 * per packet at tc otherwise, and for external NodePort/LoadBalancer traffic with eBPF NAT), the policy
 * verdict at a pod's `lxc` veth, and the ipcache's answer to "where does this address live".
 */
import type {
  CiliumBackend,
  CiliumIpcacheEntry,
  CiliumServiceEntry,
} from '../../../dataplane/cni/cilium/types.ts';
import type { PolicyMapEntry } from '../../../dataplane/policy/cilium/types.ts';
import type { PolicyDirection } from '../../../policy/types.ts';

/** A service-map lookup: which frontend matched, and the backend chosen or why none was. */
export type CiliumServiceDecision =
  | {
      readonly kind: 'backend';
      readonly backend: CiliumBackend;
      /** The service-map entry id; the `cilium-dbg service list` view lines carry `cilium-service:<id>`. */
      readonly serviceId: number;
      readonly entry: CiliumServiceEntry;
      /** 1-based position of the backend as `cilium-dbg service list` numbers it. */
      readonly backendSlot: number;
    }
  /**
   * The frontend exists but has no active backend. Helm `serviceNoBackendResponse` defaults to `reject`
   * (REFERENCE.md §6): the datapath answers with ICMP destination unreachable (the socket's connect() fails).
   */
  | {
      readonly kind: 'no-backend';
      readonly serviceId: number;
      readonly entry: CiliumServiceEntry;
      readonly response: 'reject';
    };

/** External NodePort / LoadBalancer / externalIP traffic through eBPF NAT (`bpf_host` on the node's device). */
export type CiliumNodePortDecision =
  | (Extract<CiliumServiceDecision, { kind: 'backend' }> & {
      readonly dnat: { readonly address: string; readonly port: number };
      /**
       * SNAT mode (the default): a remote backend is reached with the node's own address as source, so the
       * reply comes back through this node; a local backend sees the client's address.
       */
      readonly snat?: { readonly address: string };
      /** Where the backend lives: this node, or the remote node it is forwarded to. */
      readonly backendNode: 'local' | { readonly node: string; readonly ip: string };
    })
  | Extract<CiliumServiceDecision, { kind: 'no-backend' }>;

/** The tc-hook policy verdict at a pod's `lxc` veth. */
export interface CiliumPolicyDecision {
  readonly verdict: 'FORWARDED' | 'DROPPED';
  /** `from-container` is the pod's egress; `to-container` its ingress. */
  readonly direction: PolicyDirection;
  readonly observationPoint: 'from-container' | 'to-container';
  readonly endpointIdentity: number;
  readonly peerIdentity: number;
  /** The deciding policy-map entry (the most specific one that allowed); absent when dropped. */
  readonly entry?: PolicyMapEntry;
  readonly reason?: 'POLICY_DENIED';
  /** Whether any policy selects the endpoint in this direction (otherwise the allow-all entry decides). */
  readonly enforced: boolean;
  /**
   * An id for the entry in the style of the other views (`cilium-policy:<ns>/<pod>/<direction>/<identity>/
   * <PROTO>/<port>`). No node view renders policy maps yet, so nothing highlights it; see the report.
   */
  readonly entryRef?: string;
}

/** Where an address lives, from the ipcache (longest prefix). */
export interface CiliumLocation {
  readonly entry: CiliumIpcacheEntry;
  readonly identity: number;
  /**
   * `local`: on this node (no tunnel); `tunnel`: encapsulate to `tunnelEndpoint` (the remote node's IP);
   * `routed`: no tunnel endpoint (native routing, or outside the cluster): the kernel routing table decides.
   */
  readonly kind: 'local' | 'tunnel' | 'routed';
  readonly tunnelEndpoint?: string;
  readonly protocol?: 'vxlan' | 'geneve';
}
