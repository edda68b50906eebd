/**
 * The vocabulary of L7 routing through the Ingress controller: the HTTP request as it reaches
 * ingress-nginx, and where ingress-nginx sends it, with the reason.
 */
import type { MessageParams } from '../diagnostics.ts';
import type { IPv4, PodRef, Port, ServiceRef } from '../cluster/types.ts';

/** The request line and Host header the controller sees. `host` may carry a `:port`, which is ignored. */
export interface IngressRequest {
  readonly host: string;
  /** The request target; a `?query` is kept but not matched. */
  readonly path: string;
  readonly port: number;
  readonly scheme: 'http' | 'https';
}

/**
 * Where the request went.
 * - `backend`: a rule's path matched; proxied to its Service's endpoints.
 * - `ingress-default-backend`: the host (or the catch-all server) matched but no path did, and an Ingress's
 *   `spec.defaultBackend` takes it.
 * - `controller-default-backend`: nothing matched; the controller's own default backend answers 404.
 * - `ssl-redirect`: plain HTTP to a host that has TLS: 308 to the https URL (ingress-nginx's default).
 * - `no-controller`: no Ingress controller runs in this cluster; nothing answers.
 */
export type IngressOutcome =
  'backend' | 'ingress-default-backend' | 'controller-default-backend' | 'ssl-redirect' | 'no-controller';

/** The HTTP status the client gets: 503 when the chosen Service is missing or has no ready endpoint. */
export type IngressStatus = 200 | 308 | 404 | 503;

/** How the request's Host picked the nginx server: exact name, `*.domain` wildcard (one label), or catch-all. */
export type HostMatch = 'exact' | 'wildcard' | 'any';

/** Which location matched: the Ingress pathType, or `regex` when the host is in regex mode. */
export type PathMatch = 'Exact' | 'Prefix' | 'ImplementationSpecific' | 'regex';

export interface IngressBackendRoute {
  readonly service: ServiceRef;
  /** The Service port, resolved from the backend's port name or number. */
  readonly port?: Port;
  readonly portName?: string;
  /** Set when the Service is type ExternalName: nginx proxies to that name. */
  readonly externalName?: string;
}

/** An upstream server: ingress-nginx proxies to endpoint IPs and target ports directly, not the ClusterIP. */
export interface IngressEndpoint {
  readonly ip: IPv4;
  readonly port: Port;
  readonly pod?: PodRef;
}

export type IngressCertificate =
  | { readonly kind: 'secret'; readonly ingress: string; readonly secretName?: string }
  /** No Ingress lists the host under `tls`: ingress-nginx presents its self-signed default certificate. */
  | { readonly kind: 'default-fake' };

export interface IngressRoute {
  readonly outcome: IngressOutcome;
  /** null when nothing answers (`no-controller`). */
  readonly status: IngressStatus | null;
  /** The controller's Service. */
  readonly controller?: ServiceRef;
  readonly host: string;
  readonly hostMatch?: HostMatch;
  /** The Ingress whose rule (or defaultBackend) took the request, `<namespace>/<name>`. */
  readonly ingress?: string;
  readonly ruleIndex?: number;
  readonly pathIndex?: number;
  readonly pathMatch?: PathMatch;
  /** The rule path that matched. */
  readonly rulePath?: string;
  readonly backend?: IngressBackendRoute;
  readonly endpoints: readonly IngressEndpoint[];
  /** The path as requested, and as sent upstream (after `rewrite-target`). */
  readonly path: string;
  readonly rewrittenPath: string;
  /** Whether the controller terminated TLS (an https request), and with which certificate. */
  readonly tls: boolean;
  readonly certificate?: IngressCertificate;
  /** For `ssl-redirect`: the Location header. */
  readonly location?: string;
  readonly explain: { readonly key: string; readonly params: MessageParams };
}
