/**
 * The decisions `syncProxyRules` makes for one service port before it writes a rule (REFERENCE.md §1.4): which
 * per-service chains exist, where internal and external traffic go, and what happens when there is nowhere to
 * go. The iptables and nftables proxiers share this logic line for line; only the chain names differ.
 */
import { categorizeEndpoints } from './categorize.ts';
import {
  usesClusterEndpoints,
  usesLocalEndpoints,
  type KubeProxyEndpoint,
  type ServicePortInfo,
} from './servicePorts.ts';

/** How one backend names its per-service chains (KUBE-SVC-… in iptables, service-… in nftables). */
export interface ChainNaming {
  readonly cluster: (svc: ServicePortInfo) => string;
  readonly local: (svc: ServicePortInfo) => string;
  readonly external: (svc: ServicePortInfo) => string;
  readonly firewall: (svc: ServicePortInfo) => string;
  readonly endpoint: (svc: ServicePortInfo, ep: KubeProxyEndpoint) => string;
}

/** An endpoint with the name of its endpoint chain (KUBE-SEP-… / endpoint-…). */
export interface PlannedEndpoint extends KubeProxyEndpoint {
  readonly chain: string;
}

/** What the filter table does with traffic that has no usable endpoint. */
export interface FilterVerdict {
  readonly target: 'REJECT' | 'DROP';
  readonly comment: string;
}

export interface ServicePortPlan {
  readonly svc: ServicePortInfo;
  /** KUBE-SVC-… / service-…: load-balances over the cluster endpoints. */
  readonly clusterPolicyChain: string;
  /** KUBE-SVL-… / local-…: load-balances over this node's endpoints. */
  readonly localPolicyChain: string;
  /** KUBE-EXT-… / external-…: entry for NodePort, ExternalIP and LoadBalancer traffic. */
  readonly externalChain: string;
  /** KUBE-FW-… / firewall-…: loadBalancerSourceRanges in front of KUBE-EXT. */
  readonly firewallChain: string;
  readonly clusterEndpoints: readonly PlannedEndpoint[];
  readonly localEndpoints: readonly PlannedEndpoint[];
  /** The endpoints that get an endpoint chain on this node. */
  readonly reachableEndpoints: readonly PlannedEndpoint[];
  readonly usesClusterPolicyChain: boolean;
  readonly usesLocalPolicyChain: boolean;
  readonly usesExternalChain: boolean;
  readonly usesFirewallChain: boolean;
  readonly hasEndpoints: boolean;
  /** ClusterIP traffic has somewhere to go (false with internalTrafficPolicy Local and no local endpoint). */
  readonly hasInternalEndpoints: boolean;
  /** External traffic has somewhere to go (false with externalTrafficPolicy Local and no local endpoint). */
  readonly hasExternalEndpoints: boolean;
  /** Where ClusterIP traffic jumps: KUBE-SVC, or KUBE-SVL with internalTrafficPolicy Local. */
  readonly internalChain: string;
  /** Where KUBE-EXT finally jumps: KUBE-SVC, or KUBE-SVL with externalTrafficPolicy Local. */
  readonly externalPolicyChain: string;
  /** Where LoadBalancer IP traffic jumps: KUBE-FW with source ranges, else KUBE-EXT. */
  readonly loadBalancerChain: string;
  /** Set when ClusterIP traffic cannot be served (REJECT: no endpoints; DROP: no local endpoints). */
  readonly internalFilter?: FilterVerdict;
  /** Set when external traffic cannot be served. */
  readonly externalFilter?: FilterVerdict;
}

export function planServicePort(svc: ServicePortInfo, naming: ChainNaming): ServicePortPlan {
  const spn = svc.nameString;
  const withChain = (ep: KubeProxyEndpoint): PlannedEndpoint => ({ ...ep, chain: naming.endpoint(svc, ep) });
  const categorized = categorizeEndpoints(svc);
  const clusterEndpoints = categorized.clusterEndpoints.map(withChain);
  const localEndpoints = categorized.localEndpoints.map(withChain);
  const hasEndpoints = categorized.hasAnyEndpoints;
  const clusterPolicyChain = naming.cluster(svc);
  const localPolicyChain = naming.local(svc);
  const externalChain = naming.external(svc);
  const firewallChain = naming.firewall(svc);
  const noLocal = localEndpoints.length === 0;
  const hasInternalEndpoints = hasEndpoints && !(svc.internalPolicyLocal && noLocal);
  const hasExternalEndpoints = hasEndpoints && !(svc.externalPolicyLocal && noLocal);
  const usesFirewallChain =
    hasEndpoints && svc.loadBalancerVIPs.length > 0 && svc.loadBalancerSourceRanges.length > 0;

  const noEndpoints: FilterVerdict = { target: 'REJECT', comment: `${spn} has no endpoints` };
  const noLocalEndpoints: FilterVerdict = { target: 'DROP', comment: `${spn} has no local endpoints` };
  const internalFilter = !hasEndpoints ? noEndpoints : hasInternalEndpoints ? undefined : noLocalEndpoints;
  const externalFilter = !hasEndpoints ? noEndpoints : hasExternalEndpoints ? undefined : noLocalEndpoints;

  return {
    svc,
    clusterPolicyChain,
    localPolicyChain,
    externalChain,
    firewallChain,
    clusterEndpoints,
    localEndpoints,
    reachableEndpoints: categorized.allReachableEndpoints.map(withChain),
    usesClusterPolicyChain: clusterEndpoints.length > 0 && usesClusterEndpoints(svc),
    usesLocalPolicyChain: localEndpoints.length > 0 && usesLocalEndpoints(svc),
    usesExternalChain: hasEndpoints && svc.externallyAccessible,
    usesFirewallChain,
    hasEndpoints,
    hasInternalEndpoints,
    hasExternalEndpoints,
    internalChain: svc.internalPolicyLocal ? localPolicyChain : clusterPolicyChain,
    externalPolicyChain: svc.externalPolicyLocal ? localPolicyChain : clusterPolicyChain,
    loadBalancerChain: usesFirewallChain ? firewallChain : externalChain,
    ...(internalFilter === undefined ? {} : { internalFilter }),
    ...(externalFilter === undefined ? {} : { externalFilter }),
  };
}
