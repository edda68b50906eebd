/**
 * `routeIngress`: which backend ingress-nginx picks for one HTTP request, as its generated nginx.conf would
 * (see match.ts for server and location selection, backend.ts for the upstream). Only Ingresses the
 * controller serves take part (`servedBy`; the cluster model diagnoses the others, PW116/PW117), in the
 * cluster's order — ingress-nginx orders by creation time, which manifests do not have.
 *
 * When no location matches: a host server uses the `spec.defaultBackend` of the Ingress that created it;
 * the catch-all server uses the defaultBackend of an Ingress without rules; otherwise the controller's
 * default backend answers 404. Plain HTTP to a host listed under some Ingress's `tls` gets 308 to https
 * (ingress-nginx's `ssl-redirect` default, unless the matched Ingress says `ssl-redirect: "false"`). Every
 * https request is terminated at the controller, with the Ingress's certificate when its `tls.hosts` list
 * the host, else with the controller's self-signed default certificate.
 */
import type { Cluster, IngressModel, ServiceRef } from '../cluster/types.ts';
import { forcesRegex, REWRITE_TARGET, rewritePath, SSL_REDIRECT } from './annotations.ts';
import { resolveBackend, type BackendResolution } from './backend.ts';
import { normalizeHost, selectLocation, selectServer, wildcardMatches, type Server } from './match.ts';
import type { IngressCertificate, IngressRequest, IngressRoute, IngressStatus } from './types.ts';

/** The controller's Service: the one serving Ingresses, else an ingress-nginx Service with port 80. */
function controllerOf(cluster: Cluster): ServiceRef | undefined {
  const served = cluster.ingresses.find((i) => i.servedBy !== undefined)?.servedBy;
  if (served !== undefined) return served;
  return cluster.services.find(
    (s) =>
      s.selector?.['app.kubernetes.io/name'] === 'ingress-nginx' &&
      !s.name.endsWith('-admission') &&
      s.ports.some((p) => p.port === 80),
  )?.ref;
}

function certificate(ingresses: readonly IngressModel[], host: string): IngressCertificate | undefined {
  for (const ingress of ingresses)
    for (const t of ingress.tls)
      if (t.hosts.some((h) => h.toLowerCase() === host || wildcardMatches(h.toLowerCase(), host)))
        return {
          kind: 'secret',
          ingress: ingress.ref,
          ...(t.secretName === undefined ? {} : { secretName: t.secretName }),
        };
  return undefined;
}

const BACKEND_KEYS: Readonly<Record<BackendResolution['kind'], string>> = {
  ok: 'ingress.backend',
  'no-endpoints': 'ingress.noEndpoints',
  'external-name': 'ingress.externalName',
  'service-missing': 'ingress.serviceMissing',
  'port-missing': 'ingress.portMissing',
};

/** The Ingress that owns a server's root location (its defaultBackend applies there). */
function defaultBackendFor(served: readonly IngressModel[], server: Server): IngressModel | undefined {
  if (server.hostMatch === 'any')
    return served.find((i) => i.rules.length === 0 && i.defaultBackend !== undefined);
  const owner = served.find((i) => i.rules.some((r) => r.host?.toLowerCase() === server.name));
  return owner?.defaultBackend === undefined ? undefined : owner;
}

export function routeIngress(cluster: Cluster, request: IngressRequest): IngressRoute {
  const host = normalizeHost(request.host);
  const [uri = '/', query] = request.path.split(/\?(.*)/s, 2);
  const path = uri.startsWith('/') ? uri : `/${uri}`;
  const controller = controllerOf(cluster);
  const common = { host, path: request.path, rewrittenPath: request.path, endpoints: [], tls: false };
  if (controller === undefined)
    return {
      ...common,
      outcome: 'no-controller',
      status: null,
      explain: { key: 'ingress.noController', params: { host } },
    };
  const served = cluster.ingresses.filter((i) => i.servedBy === controller);
  const cert = certificate(served, host);
  const tls = request.scheme === 'https';
  const base = {
    ...common,
    controller,
    tls,
    ...(tls ? { certificate: cert ?? { kind: 'default-fake' as const } } : {}),
  };
  const server = selectServer(served, host);
  const regexMode = server.locations.some((l) => forcesRegex(l.ingress.annotations));
  const match = selectLocation(server.locations, path, regexMode);
  const params = { host, path: request.path, controller };

  if (match === undefined) {
    const owner = defaultBackendFor(served, server);
    if (owner?.defaultBackend === undefined) {
      const unserved = cluster.ingresses.find(
        (i) =>
          i.servedBy === undefined &&
          i.rules.some((r) => r.host === undefined || normalizeHost(r.host) === host),
      );
      const key =
        unserved !== undefined
          ? 'ingress.unservedClass'
          : server.locations.length > 0 || server.hostMatch !== 'any'
            ? 'ingress.noPathMatch'
            : 'ingress.noHostMatch';
      return {
        ...base,
        outcome: 'controller-default-backend',
        status: 404,
        hostMatch: server.hostMatch,
        explain: {
          key,
          params: { ...params, ingress: unserved?.ref ?? '', className: unserved?.className ?? '' },
        },
      };
    }
    const resolved = resolveBackend(cluster, owner.defaultBackend);
    return {
      ...base,
      outcome: 'ingress-default-backend',
      status: statusOf(resolved),
      hostMatch: server.hostMatch,
      ingress: owner.ref,
      backend: resolved.backend,
      endpoints: 'endpoints' in resolved ? resolved.endpoints : [],
      explain: {
        key: resolved.kind === 'ok' ? 'ingress.defaultBackendOfIngress' : BACKEND_KEYS[resolved.kind],
        params: {
          ...params,
          ...backendParams(resolved),
          ingress: owner.ref,
          rulePath: '',
          rewrittenPath: request.path,
        },
      },
    };
  }

  const { location, pathMatch } = match;
  const annotations = location.ingress.annotations;
  const located = {
    ...base,
    hostMatch: server.hostMatch,
    ingress: location.ingress.ref,
    ruleIndex: location.ruleIndex,
    pathIndex: location.pathIndex,
    pathMatch,
    rulePath: location.path.path,
  };
  const where = {
    ...params,
    ingress: location.ingress.ref,
    rule: location.ruleIndex,
    index: location.pathIndex,
    rulePath: location.path.path,
    pathType: pathMatch,
  };
  if (!tls && cert !== undefined && annotations?.[SSL_REDIRECT] !== 'false') {
    const target = `https://${host}${request.path}`;
    return {
      ...located,
      outcome: 'ssl-redirect',
      status: 308,
      location: target,
      explain: { key: 'ingress.sslRedirect', params: { ...where, location: target } },
    };
  }
  const rewritten = rewritePath(path, location.path.path, annotations?.[REWRITE_TARGET]);
  const rewrittenPath = query === undefined ? rewritten : `${rewritten}?${query}`;
  if (location.path.backend === undefined)
    return {
      ...located,
      outcome: 'controller-default-backend',
      status: 404,
      explain: { key: 'ingress.noPathMatch', params: where },
    };
  const resolved = resolveBackend(cluster, location.path.backend);
  return {
    ...located,
    outcome: 'backend',
    status: statusOf(resolved),
    backend: resolved.backend,
    endpoints: 'endpoints' in resolved ? resolved.endpoints : [],
    rewrittenPath,
    explain: {
      key: BACKEND_KEYS[resolved.kind],
      params: { ...where, ...backendParams(resolved), rewrittenPath },
    },
  };
}

function statusOf(resolved: BackendResolution): IngressStatus {
  return resolved.kind === 'ok' || resolved.kind === 'external-name' ? 200 : 503;
}

function backendParams(resolved: BackendResolution) {
  return {
    service: resolved.backend.service,
    port: resolved.backend.port ?? resolved.backend.portName ?? '',
    endpoints: 'endpoints' in resolved ? resolved.endpoints.length : 0,
    externalName: resolved.backend.externalName ?? '',
  };
}
