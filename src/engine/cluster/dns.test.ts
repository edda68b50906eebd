import { describe, expect, it } from 'vitest';
import { renderResolvConf } from './dns.ts';
import { formatDnsRecord } from './render.ts';
import { build, deployment, diagnostics, pod, podsOf } from './testkit.ts';

const records = (c: ReturnType<typeof build>, contains: string): string[] =>
  c.dnsRecords.map(formatDnsRecord).filter((r) => r.includes(contains));

const STATEFUL = `apiVersion: v1
kind: Service
metadata: {name: db}
spec: {clusterIP: None, selector: {app: db}, ports: [{name: pg, port: 5432}]}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  replicas: 2
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: pg, image: postgres, ports: [{name: pg, containerPort: 5432}]}]}
`;

describe('DNS records', () => {
  it('A, PTR and SRV (named ports only) for a ClusterIP Service', () => {
    const c = build(
      'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {clusterIP: 10.96.1.5, selector: {app: web}, ports: [{name: http, port: 80}, {port: 81}]}\n',
    );
    expect(records(c, 'web.default.svc')).toEqual([
      '5.1.96.10.in-addr.arpa. 30 IN PTR web.default.svc.cluster.local.',
      '_http._tcp.web.default.svc.cluster.local. 30 IN SRV 0 100 80 web.default.svc.cluster.local.',
      'web.default.svc.cluster.local. 30 IN A 10.96.1.5',
    ]);
  });

  it('a StatefulSet with a headless Service: one A per ready pod, <hostname>.<subdomain> names, SRV per endpoint', () => {
    const c = build(STATEFUL);
    const [a, b] = [pod(c, 'default/db-0').ip, pod(c, 'default/db-1').ip];
    expect([a, b]).toEqual(['10.244.1.2', '10.244.1.3']);
    expect(records(c, 'db.default.svc')).toEqual([
      '2.1.244.10.in-addr.arpa. 30 IN PTR db-0.db.default.svc.cluster.local.',
      '3.1.244.10.in-addr.arpa. 30 IN PTR db-1.db.default.svc.cluster.local.',
      '_pg._tcp.db.default.svc.cluster.local. 30 IN SRV 0 50 5432 db-0.db.default.svc.cluster.local.',
      '_pg._tcp.db.default.svc.cluster.local. 30 IN SRV 0 50 5432 db-1.db.default.svc.cluster.local.',
      'db-0.db.default.svc.cluster.local. 30 IN A 10.244.1.2',
      'db-1.db.default.svc.cluster.local. 30 IN A 10.244.1.3',
      'db.default.svc.cluster.local. 30 IN A 10.244.1.2',
      'db.default.svc.cluster.local. 30 IN A 10.244.1.3',
    ]);
    expect(
      c.endpointSlices.find((s) => s.service === 'default/db')?.endpoints.map((e) => e.hostname),
    ).toEqual(['db-0', 'db-1']);
  });

  it('a StatefulSet whose serviceName has no headless Service gets PW131 and no per-pod names', () => {
    const c = build(STATEFUL.replace('clusterIP: None, ', ''));
    expect(diagnostics(c, 'PW131')[0]?.params).toEqual({ name: 'default/db', serviceName: 'db' });
    expect(records(c, 'db-0.db')).toEqual([]);
  });

  it('headless endpoints without a hostname are named by their dashed IP', () => {
    const c = build(
      `${deployment('web')}---\napiVersion: v1\nkind: Service\nmetadata: {name: peers}\nspec: {clusterIP: None, selector: {app: web}, ports: [{name: http, port: 80}]}\n`,
    );
    expect(records(c, 'peers.default')).toContain(
      '10-244-1-2.peers.default.svc.cluster.local. 30 IN A 10.244.1.2',
    );
  });

  it('CNAME for ExternalName', () => {
    const c = build(
      'apiVersion: v1\nkind: Service\nmetadata: {name: ext}\nspec: {type: ExternalName, externalName: www.example.com}\n',
    );
    expect(records(c, 'ext.default')).toEqual([
      'ext.default.svc.cluster.local. 30 IN CNAME www.example.com.',
    ]);
  });

  it('a-b-c-d.<ns>.pod.<zone> for every pod IP, and the dns-version record', () => {
    const c = build(deployment('web'));
    expect(records(c, '.pod.cluster.local')).toEqual([
      '10-244-0-2.kube-system.pod.cluster.local. 30 IN A 10.244.0.2',
      '10-244-0-3.kube-system.pod.cluster.local. 30 IN A 10.244.0.3',
      '10-244-1-2.default.pod.cluster.local. 30 IN A 10.244.1.2',
    ]);
    expect(records(c, 'dns-version')).toEqual(['dns-version.cluster.local. 30 IN TXT "1.1.0"']);
  });

  it('follows the cluster domain', () => {
    const c = build(
      'apiVersion: packetwalk.dev/v1alpha1\nkind: Cluster\nmetadata: {name: x}\nspec: {clusterDomain: lab.internal}\n',
    );
    expect(records(c, 'kubernetes.default')).toContain(
      'kubernetes.default.svc.lab.internal. 30 IN A 10.96.0.1',
    );
  });
});

describe('resolv.conf', () => {
  it.each([
    [
      'ClusterFirst (the default): cluster DNS, the namespace search list, ndots:5',
      '',
      'search shop.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5',
    ],
    ["Default: the node's resolver", '      dnsPolicy: Default\n', 'nameserver 192.168.1.1'],
    [
      "hostNetwork with ClusterFirst falls back to the node's resolver",
      '      hostNetwork: true\n',
      'nameserver 192.168.1.1',
    ],
    [
      'hostNetwork with ClusterFirstWithHostNet uses cluster DNS',
      '      hostNetwork: true\n      dnsPolicy: ClusterFirstWithHostNet\n',
      'search shop.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5',
    ],
    [
      'None with dnsConfig: only what dnsConfig says',
      '      dnsPolicy: None\n      dnsConfig: {nameservers: [8.8.8.8], searches: [corp.example], options: [{name: ndots, value: "2"}]}\n',
      'search corp.example\nnameserver 8.8.8.8\noptions ndots:2',
    ],
    [
      'dnsConfig is appended to ClusterFirst, options merged by name',
      '      dnsConfig: {nameservers: [1.1.1.1], searches: [corp.example], options: [{name: ndots, value: "1"}, {name: edns0}]}\n',
      'search shop.svc.cluster.local svc.cluster.local cluster.local corp.example\nnameserver 10.96.0.10\nnameserver 1.1.1.1\noptions ndots:1 edns0',
    ],
  ])('%s', (_name, extraSpec, expected) => {
    const c = build(deployment('app', { namespace: 'shop', extraSpec }));
    const p = podsOf(c, 'shop', 'app-')[0];
    expect(p === undefined ? '' : renderResolvConf(p.resolvConf)).toBe(expected);
  });

  it('says why a hostNetwork ClusterFirst pod does not use cluster DNS (PW136)', () => {
    const c = build(deployment('app', { extraSpec: '      hostNetwork: true\n' }));
    expect(diagnostics(c, 'PW136').map((d) => d.params)).toEqual([{ pod: 'Deployment default/app' }]);
  });
});
