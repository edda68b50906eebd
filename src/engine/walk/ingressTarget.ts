/**
 * An `http://host/path` destination: the Ingress controller's Service is where the packet goes (its
 * ClusterIP from inside the cluster, its load balancer IP from outside), and the colleague's `routeIngress`
 * says which backend endpoint the controller then connects to — that second connection is walked as the
 * trace's `upstream`, from the controller pod that received the request.
 */
import type { Cluster } from '../cluster/types.ts';
import type { MessageParams } from '../diagnostics.ts';
import { routeIngress } from '../ingress/index.ts';
import type { Parsed, Source, Target } from './request.ts';
import type { Trace, TraceDestination, TraceRequest } from './types.ts';

export interface IngressPlan {
  readonly ip: string;
  readonly port: number;
  /** The controller's own connection to the backend, once the request reached a controller pod. */
  upstream(
    destination: TraceDestination | null,
    walk: (request: Omit<TraceRequest, 'seed'>) => Trace,
  ): Trace | undefined;
}

const fail = (key: string, params: MessageParams): Parsed<IngressPlan> => ({ ok: false, key, params });

export function ingressTarget(
  cluster: Cluster,
  source: Source,
  url: Extract<Target, { kind: 'url' }>,
): Parsed<IngressPlan> {
  const route = routeIngress(cluster, { host: url.host, path: url.path, port: url.port, scheme: 'http' });
  const controller = cluster.services.find((s) => s.ref === route.controller);
  if (controller === undefined) return fail('walk.request.noIngressController', { host: url.host });
  const servicePort = controller.ports.find((p) => p.port === url.port) ?? controller.ports[0];
  const external = source.kind === 'external';
  const ip = external ? (controller.loadBalancerIPs[0] ?? controller.externalIPs[0]) : controller.clusterIP;
  if (ip === undefined || servicePort === undefined)
    return fail('walk.request.noIngressController', { host: url.host });
  const endpoint = route.endpoints[0];
  return {
    ok: true,
    value: {
      ip,
      port: servicePort.port,
      upstream: (destination, walk) => {
        if (endpoint === undefined || destination?.pod === undefined) return undefined;
        return walk({
          from: `pod/${destination.pod}`,
          to: `${endpoint.ip}:${endpoint.port}`,
          protocol: 'tcp',
        });
      },
    },
  };
}
