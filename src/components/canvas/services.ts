/**
 * The Services table: Services are virtual addresses that rules on every node answer for, not boxes packets
 * pass through, so the canvas lists them beside the nodes instead of drawing them on the path.
 */
import type { Cluster, ServiceModel } from '../../engine/cluster/types.ts';
import type { ServiceRow, ServicesData } from './flowTypes.ts';
import { sourceOf } from './model.ts';

const MAX_SERVICE_ROWS = 60;

/** Ready endpoints per Service, in one pass over the EndpointSlices. */
function readyEndpointCounts(cluster: Cluster): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const slice of cluster.endpointSlices) {
    const ready = slice.endpoints.filter((e) => e.conditions.ready).length;
    counts.set(slice.service, (counts.get(slice.service) ?? 0) + ready);
  }
  return counts;
}

function serviceRow(svc: ServiceModel, readyEndpoints: ReadonlyMap<string, number>): ServiceRow {
  const source = sourceOf(svc.provenance);
  const address = svc.headless
    ? 'None'
    : svc.type === 'ExternalName'
      ? (svc.externalName ?? '')
      : (svc.clusterIP ?? '');
  return {
    id: svc.ref,
    name: svc.name,
    namespace: svc.namespace,
    type: svc.headless ? 'Headless' : svc.type,
    address,
    ports: svc.ports
      .map((p) => `${p.port}${p.nodePort === undefined ? '' : `:${p.nodePort}`}/${p.protocol}`)
      .join(', '),
    endpoints: readyEndpoints.get(svc.ref) ?? 0,
    ...(source ? { source } : {}),
  };
}

/** The table's rows (at most {@link MAX_SERVICE_ROWS}), or null when the cluster has no Service. */
export function servicesTable(cluster: Cluster): ServicesData | null {
  if (cluster.services.length === 0) return null;
  const ready = readyEndpointCounts(cluster);
  const services = cluster.services.slice(0, MAX_SERVICE_ROWS).map((s) => serviceRow(s, ready));
  return { services, hidden: cluster.services.length - services.length };
}
