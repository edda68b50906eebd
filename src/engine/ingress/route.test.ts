/**
 * ingress-nginx routing over a cluster built from YAML: host selection (exact, one-label wildcard,
 * catch-all), path types (Exact, element-wise Prefix, character-wise ImplementationSpecific, regex mode),
 * rewrite-target capture groups, default backends, TLS termination and the ssl-redirect, 503s.
 */
import { describe, expect, it } from 'vitest';
import { buildCluster } from '../cluster/build.ts';
import { loadManifests } from '../manifest/load.ts';
import { isMessageKey, translate } from '../../i18n/index.ts';
import { routeIngress } from './route.ts';
import type { IngressRequest } from './types.ts';

const APPS = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: app, image: nginx, ports: [{name: http, containerPort: 80}]}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: api}
spec:
  replicas: 1
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec: {containers: [{name: app, image: api, ports: [{containerPort: 8080}]}]}
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec: {selector: {app: web}, ports: [{name: http, port: 80, targetPort: http}]}
---
apiVersion: v1
kind: Service
metadata: {name: api}
spec: {selector: {app: api}, ports: [{port: 80, targetPort: 8080}]}
---
apiVersion: v1
kind: Service
metadata: {name: empty}
spec: {selector: {app: nobody}, ports: [{port: 80}]}
`;

const back = (svc: string, port: string | number) =>
  typeof port === 'number'
    ? `{service: {name: ${svc}, port: {number: ${port}}}}`
    : `{service: {name: ${svc}, port: {name: ${port}}}}`;
const p = (path: string, type: string, backend: string) =>
  `      - {path: "${path}", pathType: ${type}, backend: ${backend}}`;

const INGRESSES = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: shop}
spec:
  tls: [{hosts: [secure.example.com], secretName: secure-tls}]
  rules:
  - host: shop.example.com
    http:
      paths:
${p('/foo', 'Prefix', back('api', 80))}
${p('/foo/bar', 'Prefix', back('web', 'http'))}
${p('/exact', 'Exact', back('api', 80))}
${p('/impl', 'ImplementationSpecific', back('web', 'http'))}
${p('/empty', 'Prefix', back('empty', 80))}
${p('/missing', 'Prefix', back('nosuch', 80))}
${p('/badport', 'Prefix', back('web', 'grpc'))}
  - host: "*.apps.example.com"
    http: {paths: [{path: /, pathType: Prefix, backend: ${back('web', 80)}}]}
  - host: secure.example.com
    http: {paths: [{path: /, pathType: Prefix, backend: ${back('web', 80)}}]}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: rewrite
  annotations: {nginx.ingress.kubernetes.io/rewrite-target: /$2}
spec:
  rules:
  - host: rewrite.example.com
    http: {paths: [{path: "/something(/|$)(.*)", pathType: ImplementationSpecific, backend: ${back('api', 80)}}]}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: regex
  annotations: {nginx.ingress.kubernetes.io/use-regex: "true"}
spec:
  rules:
  - host: regex.example.com
    http: {paths: [{path: "/v[0-9]+/items", pathType: ImplementationSpecific, backend: ${back('api', 80)}}]}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: fallback}
spec:
  defaultBackend: ${back('api', 80)}
  rules:
  - host: def.example.com
    http: {paths: [{path: /only, pathType: Exact, backend: ${back('web', 80)}}]}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: elsewhere}
spec:
  ingressClassName: traefik
  rules:
  - host: other.example.com
    http: {paths: [{path: /, pathType: Prefix, backend: ${back('web', 80)}}]}
`;

function setup(yaml: string) {
  const load = loadManifests([{ name: 'ingress.yaml', text: yaml }]);
  const cluster = buildCluster(load);
  return (r: Partial<IngressRequest> & { host: string; path: string }) =>
    routeIngress(cluster, { scheme: 'http', port: 80, ...r });
}

const route = setup(`${APPS}---\n${INGRESSES}`);

type Row = readonly [
  name: string,
  request: Partial<IngressRequest> & { host: string; path: string },
  expected: Record<string, unknown>,
];

const ROWS: readonly Row[] = [
  [
    'Prefix /foo matches /foo',
    { host: 'shop.example.com', path: '/foo' },
    {
      status: 200,
      ingress: 'default/shop',
      ruleIndex: 0,
      pathIndex: 0,
      pathMatch: 'Prefix',
      backend: { service: 'default/api', port: 80 },
    },
  ],
  [
    'Prefix is element-wise: /foo/ matches /foo',
    { host: 'shop.example.com', path: '/foo/' },
    { status: 200, pathIndex: 0 },
  ],
  [
    'Prefix is element-wise: /foobar does not match /foo',
    { host: 'shop.example.com', path: '/foobar' },
    { status: 404, outcome: 'controller-default-backend', explain: { key: 'ingress.noPathMatch' } },
  ],
  [
    'the longest Prefix wins, and a named port resolves to its number',
    { host: 'shop.example.com', path: '/foo/bar/baz' },
    { pathIndex: 1, backend: { service: 'default/web', port: 80, portName: 'http' } },
  ],
  [
    'Exact matches only the exact path',
    { host: 'shop.example.com', path: '/exact' },
    { status: 200, pathIndex: 2, pathMatch: 'Exact' },
  ],
  [
    'Exact does not match with a trailing slash',
    { host: 'shop.example.com', path: '/exact/' },
    { status: 404 },
  ],
  [
    'ImplementationSpecific is a plain nginx prefix: /impl matches /implx',
    { host: 'shop.example.com', path: '/implx' },
    { status: 200, pathIndex: 3, pathMatch: 'ImplementationSpecific' },
  ],
  [
    'a Service with no ready endpoint: 503',
    { host: 'shop.example.com', path: '/empty' },
    { status: 503, outcome: 'backend', explain: { key: 'ingress.noEndpoints' } },
  ],
  [
    'a Service that does not exist: 503',
    { host: 'shop.example.com', path: '/missing' },
    { status: 503, explain: { key: 'ingress.serviceMissing' } },
  ],
  [
    'a port name the Service does not have: 503',
    { host: 'shop.example.com', path: '/badport' },
    { status: 503, explain: { key: 'ingress.portMissing' } },
  ],
  [
    'the Host header is case-insensitive and its port ignored',
    { host: 'SHOP.example.com:80', path: '/foo' },
    { status: 200, hostMatch: 'exact', pathIndex: 0 },
  ],
  [
    'a wildcard host matches one label',
    { host: 'x.apps.example.com', path: '/' },
    { status: 200, hostMatch: 'wildcard', ruleIndex: 1 },
  ],
  [
    'a wildcard host does not match two labels',
    { host: 'a.b.apps.example.com', path: '/' },
    { status: 404, hostMatch: 'any', explain: { key: 'ingress.noHostMatch' } },
  ],
  [
    'plain HTTP to a TLS host: 308 to https',
    { host: 'secure.example.com', path: '/a?b=1' },
    { status: 308, outcome: 'ssl-redirect', location: 'https://secure.example.com/a?b=1' },
  ],
  [
    'https to a TLS host: terminated with its certificate',
    { host: 'secure.example.com', path: '/', scheme: 'https', port: 443 },
    {
      status: 200,
      tls: true,
      certificate: { kind: 'secret', ingress: 'default/shop', secretName: 'secure-tls' },
    },
  ],
  [
    'https to a host without tls: the default fake certificate',
    { host: 'shop.example.com', path: '/foo', scheme: 'https', port: 443 },
    { status: 200, tls: true, certificate: { kind: 'default-fake' } },
  ],
  [
    'rewrite-target fills $2 from the capture group',
    { host: 'rewrite.example.com', path: '/something/new?x=1' },
    {
      status: 200,
      pathMatch: 'regex',
      rewrittenPath: '/new?x=1',
      backend: { service: 'default/api', port: 80 },
    },
  ],
  [
    'rewrite-target with an empty capture gives /',
    { host: 'rewrite.example.com', path: '/something' },
    { rewrittenPath: '/' },
  ],
  [
    'use-regex: case-insensitive, anchored at the start',
    { host: 'regex.example.com', path: '/V2/items/5' },
    { status: 200, pathMatch: 'regex', rewrittenPath: '/V2/items/5' },
  ],
  [
    'no path matches: the Ingress defaultBackend takes it',
    { host: 'def.example.com', path: '/other' },
    {
      status: 200,
      outcome: 'ingress-default-backend',
      ingress: 'default/fallback',
      backend: { service: 'default/api', port: 80 },
    },
  ],
  [
    'an Ingress whose class nobody serves gets no route',
    { host: 'other.example.com', path: '/' },
    { status: 404, explain: { key: 'ingress.unservedClass' } },
  ],
  [
    'an unknown host with no catch-all: the controller default backend, 404',
    { host: 'nothing.example.com', path: '/' },
    { status: 404, outcome: 'controller-default-backend', explain: { key: 'ingress.noHostMatch' } },
  ],
];

describe('routeIngress', () => {
  it.each(ROWS)('%s', (_name, request, expected) => {
    expect(route(request)).toMatchObject(expected);
  });

  it.each(ROWS)('explains "%s" with a catalogue message whose placeholders are all filled', (_n, request) => {
    const { key, params } = route(request).explain;
    expect(isMessageKey(key), key).toBe(true);
    expect(translate('en', key, params)).not.toMatch(/\{\w+\}/);
  });

  it('proxies to the ready endpoints and their target ports, not the ClusterIP', () => {
    const r = route({ host: 'shop.example.com', path: '/foo' });
    expect(r.endpoints).toHaveLength(1);
    expect(r.endpoints[0]?.port).toBe(8080);
    expect(r.endpoints[0]?.pod).toMatch(/^default\/api-/);
  });

  it("rewrite-target is read from the Ingress's own annotations in the cluster model", () => {
    const cluster = buildCluster(loadManifests([{ name: 'i.yaml', text: `${APPS}---\n${INGRESSES}` }]));
    const r = routeIngress(cluster, {
      host: 'rewrite.example.com',
      path: '/something/new',
      port: 80,
      scheme: 'http',
    });
    expect(r.rewrittenPath).toBe('/new');
  });

  it('an Ingress without rules but with a defaultBackend catches every unmatched host', () => {
    const catchAll = setup(
      `${APPS}---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: all}\nspec: {defaultBackend: ${back('web', 80)}}\n`,
    );
    expect(catchAll({ host: 'anything.test', path: '/x' })).toMatchObject({
      status: 200,
      outcome: 'ingress-default-backend',
      ingress: 'default/all',
      hostMatch: 'any',
    });
  });

  it('no Ingress at all: no controller runs, nothing answers', () => {
    expect(setup(APPS)({ host: 'shop.example.com', path: '/' })).toMatchObject({
      outcome: 'no-controller',
      status: null,
    });
  });
});
