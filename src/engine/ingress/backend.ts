/**
 * From an Ingress backend to the servers nginx proxies to. ingress-nginx resolves the Service port (by
 * number or by name) and sends to the ready endpoints of that port — pod IPs and target ports, bypassing
 * the ClusterIP and kube-proxy. A missing Service, a port the Service does not have, or no ready endpoint
 * all leave the upstream empty: nginx answers 503.
 */
import type { Cluster, IngressBackendModel, ServiceModel, ServicePortModel } from '../cluster/types.ts';
import type { IngressBackendRoute, IngressEndpoint } from './types.ts';

export type BackendResolution =
  | {
      readonly kind: 'ok' | 'no-endpoints' | 'external-name';
      readonly backend: IngressBackendRoute;
      readonly endpoints: readonly IngressEndpoint[];
    }
  | { readonly kind: 'service-missing' | 'port-missing'; readonly backend: IngressBackendRoute };

function servicePort(service: ServiceModel, port: IngressBackendModel['port']): ServicePortModel | undefined {
  return service.ports.find((p) => (typeof port === 'number' ? p.port === port : p.name === port));
}

export function resolveBackend(cluster: Cluster, b: IngressBackendModel): BackendResolution {
  const service = cluster.services.find((s) => s.ref === b.service);
  const named = typeof b.port === 'string' ? { portName: b.port } : {};
  if (service === undefined) return { kind: 'service-missing', backend: { service: b.service, ...named } };
  if (service.type === 'ExternalName' && service.externalName !== undefined) {
    const port = typeof b.port === 'number' ? { port: b.port } : {};
    return {
      kind: 'external-name',
      backend: { service: b.service, ...port, ...named, externalName: service.externalName },
      endpoints: [],
    };
  }
  const sp = servicePort(service, b.port);
  if (sp === undefined) return { kind: 'port-missing', backend: { service: b.service, ...named } };
  const backend: IngressBackendRoute = {
    service: b.service,
    port: sp.port,
    ...(sp.name === undefined ? {} : { portName: sp.name }),
  };
  const endpoints: IngressEndpoint[] = [];
  for (const slice of cluster.endpointSlices) {
    if (slice.service !== service.ref) continue;
    const ep = slice.ports.find((p) => p.name === sp.name && p.protocol === sp.protocol);
    if (ep === undefined) continue;
    for (const e of slice.endpoints) {
      if (!e.conditions.ready) continue;
      for (const ip of e.addresses)
        endpoints.push({ ip, port: ep.port, ...(e.targetRef === undefined ? {} : { pod: e.targetRef }) });
    }
  }
  return { kind: endpoints.length > 0 ? 'ok' : 'no-endpoints', backend, endpoints };
}
