/**
 * Cilium's eBPF service map on one node, as `cilium-dbg service list` shows it: one frontend per Service port
 * and address — the ClusterIP always (Cilium load-balances ClusterIP traffic from pods even next to
 * kube-proxy); with kube-proxy replacement also NodePort (on the node IP and on 0.0.0.0), externalIPs and
 * LoadBalancer IPs. Backends come from the EndpointSlices: ready endpoints are `active`, serving-but-
 * terminating ones `terminating` (kept for existing flows). Traffic policy Local keeps only this node's.
 */
import type { IPv4 } from '../../../net/ipv4.ts';
import type { Port } from '../../../net/port.ts';
import type {
  Cluster,
  ClusterNode,
  EndpointSliceModel,
  ServiceModel,
  ServicePortModel,
  ServiceRef,
} from '../../../cluster/types.ts';
import type { CiliumBackend, CiliumServiceEntry, CiliumServiceType } from './types.ts';

const ANY = '0.0.0.0' as IPv4;

/** The backends of one Service port, from its EndpointSlices, in slice and endpoint order. */
export function serviceBackends(
  slices: readonly EndpointSliceModel[],
  service: ServiceModel,
  port: ServicePortModel,
): CiliumBackend[] {
  const backends: CiliumBackend[] = [];
  for (const slice of slices) {
    const slicePort = slice.ports.find(
      (p) => (p.name ?? '') === (port.name ?? '') && p.protocol === port.protocol,
    );
    if (slicePort === undefined) continue;
    for (const endpoint of slice.endpoints) {
      const { ready, serving, terminating } = endpoint.conditions;
      const usable = ready || service.publishNotReadyAddresses;
      if (!usable && !(serving && terminating)) continue;
      for (const ip of endpoint.addresses) {
        backends.push({
          ip,
          port: slicePort.port,
          protocol: port.protocol,
          state: usable ? 'active' : 'terminating',
          ...(endpoint.targetRef === undefined ? {} : { pod: endpoint.targetRef }),
          ...(endpoint.nodeName === undefined ? {} : { node: endpoint.nodeName }),
        });
      }
    }
  }
  return backends;
}

/** Builds the node's service map; `replacement` is kubeProxyReplacement (kube-proxy mode `none`). */
/** EndpointSlices by the Service they belong to, built once per cluster. */
export function indexSlices(cluster: Cluster): ReadonlyMap<ServiceRef, readonly EndpointSliceModel[]> {
  const index = new Map<ServiceRef, EndpointSliceModel[]>();
  for (const slice of cluster.endpointSlices) {
    const list = index.get(slice.service) ?? [];
    list.push(slice);
    index.set(slice.service, list);
  }
  return index;
}

export function buildServiceMap(
  cluster: Cluster,
  slicesByService: ReadonlyMap<ServiceRef, readonly EndpointSliceModel[]>,
  node: ClusterNode,
  replacement: boolean,
): CiliumServiceEntry[] {
  const entries: CiliumServiceEntry[] = [];
  const add = (
    service: ServiceModel,
    port: ServicePortModel,
    type: CiliumServiceType,
    ip: IPv4,
    frontendPort: Port,
    localOnly: boolean,
  ): void => {
    const all = serviceBackends(slicesByService.get(service.ref) ?? [], service, port);
    const backends = localOnly ? all.filter((b) => b.node === node.name) : all;
    entries.push({
      id: entries.length + 1,
      frontend: { ip, port: frontendPort, protocol: port.protocol },
      type,
      service: service.ref,
      ...(port.name === undefined ? {} : { portName: port.name }),
      backends,
    });
  };
  for (const service of cluster.services) {
    if (service.headless || service.type === 'ExternalName' || service.clusterIP === undefined) continue;
    const externalLocal = service.externalTrafficPolicy === 'Local';
    for (const port of service.ports) {
      add(
        service,
        port,
        'ClusterIP',
        service.clusterIP,
        port.port,
        service.internalTrafficPolicy === 'Local',
      );
      if (!replacement) continue;
      if (port.nodePort !== undefined) {
        add(service, port, 'NodePort', node.internalIP, port.nodePort, externalLocal);
        add(service, port, 'NodePort', ANY, port.nodePort, externalLocal);
      }
      for (const ip of service.externalIPs) add(service, port, 'ExternalIPs', ip, port.port, externalLocal);
      for (const ip of service.loadBalancerIPs)
        add(service, port, 'LoadBalancer', ip, port.port, externalLocal);
    }
  }
  return entries;
}
