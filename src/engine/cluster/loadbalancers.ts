/**
 * The cloud load balancer in front of each `type: LoadBalancer` Service, as a modelled component: it owns
 * the Service's external address, forwards each port to that port's NodePort on every node, and health-checks
 * the nodes. With `externalTrafficPolicy: Local` the health check (kube-proxy answering on
 * `healthCheckNodePort`) passes only on nodes with a ready local endpoint, so only those receive traffic.
 */
import type { ClusterNode, EndpointSliceModel, LoadBalancerModel, NodeName } from './types.ts';
import type { ServiceDraft } from './services.ts';

export function buildLoadBalancers(
  services: readonly ServiceDraft[],
  slices: readonly EndpointSliceModel[],
  nodes: readonly ClusterNode[],
): LoadBalancerModel[] {
  const all = nodes.map((n) => n.name);
  const localNodes = new Map<string, Set<string>>();
  for (const slice of slices) {
    for (const e of slice.endpoints) {
      if (!e.conditions.ready || e.nodeName === undefined) continue;
      const set = localNodes.get(slice.service) ?? new Set<string>();
      set.add(e.nodeName);
      localNodes.set(slice.service, set);
    }
  }
  return services
    .filter((s) => s.type === 'LoadBalancer')
    .map((s) => {
      let healthy: readonly NodeName[] = all;
      if (s.externalTrafficPolicy === 'Local') {
        const local = localNodes.get(s.ref) ?? new Set<string>();
        healthy = all.filter((n) => local.has(n));
      }
      return {
        service: s.ref,
        ips: s.loadBalancerIPs,
        ipSource: s.lbIPSource ?? 'allocated',
        ports: s.ports.map((p) => ({
          port: p.port,
          protocol: p.protocol,
          ...(p.nodePort === undefined ? {} : { nodePort: p.nodePort }),
        })),
        targetNodes: all,
        healthyNodes: healthy,
        ...(s.healthCheckNodePort === undefined ? {} : { healthCheckNodePort: s.healthCheckNodePort }),
        sourceRanges: s.loadBalancerSourceRanges,
      };
    });
}
