/**
 * What kube-proxy sees of the cluster on one node: one `ServicePortInfo` per (Service, port) with its
 * endpoints, built the way `pkg/proxy` builds its `ServicePortMap` and `EndpointsMap` (`newBaseServiceInfo`,
 * `EndpointSliceCache.addEndpoints`). Every proxy mode generates its rules from this view.
 */
import type {
  Cluster,
  ClusterNode,
  EndpointSliceModel,
  IPv4,
  ServiceModel,
  ServicePortModel,
} from '../../cluster/types.ts';
import type { Cidr } from '../../net/cidr.ts';
import { lowerProtocol, servicePortNameString, type ServiceProtocol } from '../naming/index.ts';

/** One endpoint of one service port (`BaseEndpointInfo`). */
export interface KubeProxyEndpoint {
  readonly ip: IPv4;
  readonly port: number;
  /** `Endpoint.String()`: `ip:port`, the sort key and the hash input of the endpoint chain names. */
  readonly key: string;
  readonly ready: boolean;
  readonly serving: boolean;
  readonly terminating: boolean;
  /** On this node (`nodeName` equals kube-proxy's hostname). */
  readonly local: boolean;
}

/** One service port as kube-proxy keeps it (`BaseServicePortInfo` plus its endpoints). */
export interface ServicePortInfo {
  readonly service: ServiceModel;
  readonly namespace: string;
  readonly name: string;
  /** The port's name, `''` when unnamed. */
  readonly portName: string;
  /** `ServicePortName.String()`: the comment text and hash input (`kube-system/kube-dns:dns`). */
  readonly nameString: string;
  readonly protocol: ServiceProtocol;
  readonly clusterIP: IPv4;
  readonly port: number;
  /** 0 when the port has none (kube-proxy's convention). */
  readonly nodePort: number;
  readonly externalIPs: readonly IPv4[];
  readonly loadBalancerVIPs: readonly IPv4[];
  readonly loadBalancerSourceRanges: readonly Cidr[];
  /** 0 unless the Service needs one (LoadBalancer with externalTrafficPolicy Local). */
  readonly healthCheckNodePort: number;
  /** ClientIP affinity timeout in seconds; undefined without affinity. */
  readonly stickyMaxAgeSeconds?: number;
  /** NodePort, LoadBalancer IPs or ExternalIPs: traffic can arrive from outside. */
  readonly externallyAccessible: boolean;
  /** externalTrafficPolicy Local on an externally accessible port. */
  readonly externalPolicyLocal: boolean;
  /** internalTrafficPolicy Local. */
  readonly internalPolicyLocal: boolean;
  /** Every endpoint, whatever its conditions, sorted by `ip:port` as a string (`byEndpoint`). */
  readonly endpoints: readonly KubeProxyEndpoint[];
}

/**
 * `UsesClusterEndpoints`: internal traffic uses the Cluster policy, or the port accepts external traffic at all
 * (even with externalTrafficPolicy Local, the short circuit for pod and host traffic needs the cluster chain).
 */
export function usesClusterEndpoints(svc: ServicePortInfo): boolean {
  return !svc.internalPolicyLocal || svc.externallyAccessible;
}

/** `UsesLocalEndpoints`: some traffic (internal or external) uses the Local traffic policy. */
export function usesLocalEndpoints(svc: ServicePortInfo): boolean {
  return svc.internalPolicyLocal || (svc.externallyAccessible && svc.externalPolicyLocal);
}

/** kube-proxy ignores Services without a virtual IP (`ShouldSkipService`): headless and ExternalName. */
function proxied(service: ServiceModel): service is ServiceModel & { clusterIP: IPv4 } {
  return !service.headless && service.type !== 'ExternalName' && service.clusterIP !== undefined;
}

/** Go's `strings.Compare`, so sorting by `ip:port` text matches `byEndpoint` (10.0.0.10 before 10.0.0.2). */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `addEndpoints` for one service port: every slice port with the same name and protocol contributes its
 * endpoints; the first address of each endpoint counts; a duplicate `ip:port` keeps the non-terminating one.
 */
function endpointsFor(
  slices: readonly EndpointSliceModel[],
  port: ServicePortModel,
  node: ClusterNode,
): KubeProxyEndpoint[] {
  const byKey = new Map<string, KubeProxyEndpoint>();
  const portName = port.name ?? '';
  for (const slice of slices) {
    for (const slicePort of slice.ports) {
      if ((slicePort.name ?? '') !== portName || slicePort.protocol !== port.protocol) continue;
      if (slicePort.port === 0) continue;
      for (const endpoint of slice.endpoints) {
        const ip = endpoint.addresses[0];
        if (ip === undefined) continue;
        const key = `${ip}:${slicePort.port}`;
        const { ready, serving, terminating } = endpoint.conditions;
        if (byKey.has(key) && terminating) continue;
        byKey.set(key, {
          ip,
          port: slicePort.port,
          key,
          ready,
          serving,
          terminating,
          local: endpoint.nodeName === node.name,
        });
      }
    }
  }
  return [...byKey.values()].sort((a, b) => byText(a.key, b.key));
}

function portInfo(
  service: ServiceModel & { clusterIP: IPv4 },
  port: ServicePortModel,
  slices: readonly EndpointSliceModel[],
  node: ClusterNode,
): ServicePortInfo {
  const portName = port.name ?? '';
  const nodePort = port.nodePort ?? 0;
  const externallyAccessible =
    nodePort !== 0 || service.loadBalancerIPs.length > 0 || service.externalIPs.length > 0;
  const externalPolicyLocal = externallyAccessible && service.externalTrafficPolicy === 'Local';
  const needsHealthCheck = service.type === 'LoadBalancer' && service.externalTrafficPolicy === 'Local';
  const affinity = service.sessionAffinity;
  return {
    service,
    namespace: service.namespace,
    name: service.name,
    portName,
    nameString: servicePortNameString(service.namespace, service.name, portName),
    protocol: lowerProtocol(port.protocol),
    clusterIP: service.clusterIP,
    port: port.port,
    nodePort,
    externalIPs: service.externalIPs,
    loadBalancerVIPs: service.loadBalancerIPs,
    loadBalancerSourceRanges: service.loadBalancerSourceRanges,
    healthCheckNodePort: needsHealthCheck ? (service.healthCheckNodePort ?? 0) : 0,
    ...(affinity.type === 'ClientIP' ? { stickyMaxAgeSeconds: affinity.timeoutSeconds } : {}),
    externallyAccessible,
    externalPolicyLocal,
    internalPolicyLocal: service.internalTrafficPolicy === 'Local',
    endpoints: endpointsFor(slices, port, node),
  };
}

/**
 * Every proxied service port, in the order this simulation syncs them. kube-proxy ranges over a Go map, so its
 * real order is random; we use namespace, name, port name, protocol (a normalisation: iptables-save sorts the
 * per-service chains by name anyway, and only the order of rules inside KUBE-SERVICES/KUBE-NODEPORTS shows it).
 */
export function servicePortsForNode(cluster: Cluster, node: ClusterNode): readonly ServicePortInfo[] {
  const slicesByService = new Map<string, EndpointSliceModel[]>();
  for (const slice of cluster.endpointSlices) {
    const list = slicesByService.get(slice.service) ?? [];
    list.push(slice);
    slicesByService.set(slice.service, list);
  }
  const out: ServicePortInfo[] = [];
  for (const service of cluster.services) {
    if (!proxied(service)) continue;
    const slices = slicesByService.get(service.ref) ?? [];
    for (const port of service.ports) out.push(portInfo(service, port, slices, node));
  }
  return out.sort(
    (a, b) =>
      byText(a.namespace, b.namespace) ||
      byText(a.name, b.name) ||
      byText(a.portName, b.portName) ||
      byText(a.protocol, b.protocol),
  );
}
