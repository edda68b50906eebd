/**
 * `proxy.CategorizeEndpoints` (`pkg/proxy/topology.go`): which endpoints a service port's Cluster and Local
 * traffic policies use on this node. Topology hints are not modelled (no endpoint carries hints here), so the
 * topology mode is always the default and every ready endpoint is a cluster endpoint.
 */
import {
  usesClusterEndpoints,
  usesLocalEndpoints,
  type KubeProxyEndpoint,
  type ServicePortInfo,
} from './servicePorts.ts';

export interface CategorizedEndpoints {
  /**
   * The endpoints Cluster traffic policy load-balances over: the ready ones, or — when none is ready anywhere —
   * the serving-and-terminating ones. Empty when the port never uses Cluster policy.
   */
  readonly clusterEndpoints: readonly KubeProxyEndpoint[];
  /**
   * The endpoints Local traffic policy uses: this node's ready ones, or this node's serving-and-terminating ones
   * when it has no ready one. Empty when the port never uses Local policy.
   */
  readonly localEndpoints: readonly KubeProxyEndpoint[];
  /**
   * Every endpoint this node can send to under the port's policies (the union of the two lists, cluster order
   * first): the ones that get an endpoint chain.
   */
  readonly allReachableEndpoints: readonly KubeProxyEndpoint[];
  /** Whether the port has a usable endpoint anywhere in the cluster (true even if none is reachable here). */
  readonly hasAnyEndpoints: boolean;
}

const servingTerminating = (ep: KubeProxyEndpoint): boolean => ep.serving && ep.terminating;

export function categorizeEndpoints(svc: ServicePortInfo): CategorizedEndpoints {
  const endpoints = svc.endpoints;
  let clusterEndpoints: readonly KubeProxyEndpoint[] = [];
  let hasAnyEndpoints = false;
  if (usesClusterEndpoints(svc)) {
    clusterEndpoints = endpoints.filter((ep) => ep.ready);
    if (clusterEndpoints.length === 0) clusterEndpoints = endpoints.filter(servingTerminating);
    hasAnyEndpoints = clusterEndpoints.length > 0;
  }
  if (!usesLocalEndpoints(svc)) {
    return { clusterEndpoints, localEndpoints: [], allReachableEndpoints: clusterEndpoints, hasAnyEndpoints };
  }

  let hasLocalReady = false;
  let hasLocalServingTerminating = false;
  for (const ep of endpoints) {
    if (ep.ready) {
      hasAnyEndpoints = true;
      if (ep.local) hasLocalReady = true;
    } else if (servingTerminating(ep)) {
      hasAnyEndpoints = true;
      if (ep.local) hasLocalServingTerminating = true;
    }
  }
  let localEndpoints: readonly KubeProxyEndpoint[] = [];
  let useServingTerminating = false;
  if (hasLocalReady) {
    localEndpoints = endpoints.filter((ep) => ep.local && ep.ready);
  } else if (hasLocalServingTerminating) {
    useServingTerminating = true;
    localEndpoints = endpoints.filter((ep) => ep.local && servingTerminating(ep));
  }

  if (!usesClusterEndpoints(svc)) {
    return { clusterEndpoints, localEndpoints, allReachableEndpoints: localEndpoints, hasAnyEndpoints };
  }
  if (!useServingTerminating) {
    // localEndpoints holds only ready endpoints, all of which are in clusterEndpoints already.
    return { clusterEndpoints, localEndpoints, allReachableEndpoints: clusterEndpoints, hasAnyEndpoints };
  }
  // Upstream merges through a Go map (random order); we keep cluster order, then the local extras.
  const keys = new Set(clusterEndpoints.map((ep) => ep.key));
  const allReachableEndpoints = [...clusterEndpoints, ...localEndpoints.filter((ep) => !keys.has(ep.key))];
  return { clusterEndpoints, localEndpoints, allReachableEndpoints, hasAnyEndpoints };
}
