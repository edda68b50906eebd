/**
 * The vocabulary of NetworkPolicy evaluation (REFERENCE.md §7): what is asked (one connection attempt, after
 * any Service DNAT), and what each direction answers, with enough detail to explain the answer — which
 * policies isolate the pod, and which rule, peer and port let the connection in.
 */
import type { IPv4, PodRef, Protocol } from '../cluster/types.ts';

/** The two directions a pod can be isolated in, independently. */
export type PolicyDirection = 'ingress' | 'egress';

/** One end of a connection: a pod of the cluster, or any address (a node, an external client). */
export type PolicyEndpointRef = { readonly pod: PodRef } | { readonly ip: IPv4 };

/** NetworkPolicy protocols, plus ICMP, which only rules without `ports` admit. */
export type PolicyProtocol = Protocol | 'ICMP';

/**
 * One connection attempt as policy sees it: post-DNAT (the backend pod and its targetPort, never the
 * ClusterIP), from the source to the destination. `port` is the destination port; ICMP has none.
 */
export interface PolicyQuery {
  readonly src: PolicyEndpointRef;
  readonly dst: PolicyEndpointRef;
  readonly protocol: PolicyProtocol;
  readonly port?: number;
}

/**
 * How CNIs differ where the API leaves room (§7.1.5). Calico matches ipBlock against every address,
 * pod IPs included (the e2e "should allow egress access to server in CIDR block" expects that); Cilium
 * classifies in-cluster peers (pods, nodes) by identity first and applies CIDRs only to the world.
 */
export interface PolicyOptions {
  /** Whether an ipBlock can match a pod's or a node's address (default true, as Calico does). */
  readonly ipBlockMatchesClusterPeers?: boolean;
}

/** The rule that admitted a connection, by position in the policy (all indices 0-based). */
export interface AdmittingRule {
  /** `<namespace>/<name>` of the NetworkPolicy. */
  readonly policy: string;
  readonly direction: PolicyDirection;
  readonly ruleIndex: number;
  /** Index into `from`/`to`; absent when the rule has no peers (any peer). */
  readonly peerIndex?: number;
  /** Index into `ports`; absent when the rule has no ports (any port and protocol). */
  readonly portIndex?: number;
}

/**
 * One direction's answer. Every member says whether it allows, so callers can combine without a switch, and
 * why, so the UI can explain it.
 */
export type DirectionVerdict =
  /** The CNI does not enforce NetworkPolicy at all (Flannel alone, §7.1.10). */
  | { readonly kind: 'not-enforced'; readonly allowed: true }
  /** This end is not a pod that policy can select (an external address, a node, a hostNetwork pod). */
  | { readonly kind: 'not-a-pod'; readonly allowed: true }
  /** A pod reaching itself never leaves its network namespace (§7.1.7). */
  | { readonly kind: 'loopback'; readonly allowed: true }
  /** Ingress from the destination pod's own node is always allowed (kubelet probes, §7.1.7). */
  | { readonly kind: 'from-own-node'; readonly allowed: true }
  /** No policy selects the pod for this direction: everything is allowed. */
  | { readonly kind: 'not-isolated'; readonly allowed: true }
  /** Isolated, and a rule of one of the isolating policies admits the connection. */
  | {
      readonly kind: 'allowed-by-rule';
      readonly allowed: true;
      readonly isolatedBy: readonly string[];
      readonly rule: AdmittingRule;
    }
  /** Isolated, and no rule of any isolating policy admits the connection. */
  | { readonly kind: 'denied'; readonly allowed: false; readonly isolatedBy: readonly string[] };

/** The answer: allowed only if the source's egress and the destination's ingress both allow (§7.1.1). */
export interface PolicyDecision {
  readonly allowed: boolean;
  readonly egress: DirectionVerdict;
  readonly ingress: DirectionVerdict;
}
