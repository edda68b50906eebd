/**
 * CoreDNS's answers against the kubernetes/dns specification (REFERENCE.md §8) and the kubernetes plugin's
 * request parsing, over a cluster built from YAML; and a whole lookup (resolver + CoreDNS) end to end.
 */
import { describe, expect, it } from 'vitest';
import { buildCluster } from '../cluster/build.ts';
import { formatDnsRecord } from '../cluster/render.ts';
import type { Cluster } from '../cluster/types.ts';
import { loadManifests } from '../manifest/load.ts';
import { isMessageKey, translate } from '../../i18n/index.ts';
import { coreDnsAnswer } from './coredns.ts';
import { resolve } from './resolver.ts';
import type { DnsQuestionType } from './types.ts';

const YAML = `apiVersion: v1
kind: Namespace
metadata: {name: other}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: app, image: nginx, ports: [{name: http, containerPort: 80}]}]}
---
apiVersion: v1
kind: Service
metadata: {name: my-svc, namespace: other}
spec: {clusterIP: 10.96.0.20, selector: {app: web}, ports: [{name: http, port: 80}]}
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec: {clusterIP: 10.96.0.30, selector: {app: web}, ports: [{name: http, port: 80}]}
---
apiVersion: v1
kind: Service
metadata: {name: db}
spec: {clusterIP: None, selector: {app: db}, ports: [{name: pg, port: 5432}]}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  replicas: 1
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: pg, image: postgres, ports: [{name: pg, containerPort: 5432}]}]}
---
apiVersion: v1
kind: Service
metadata: {name: empty-headless}
spec: {clusterIP: None, selector: {app: nobody}, ports: [{port: 80}]}
---
apiVersion: v1
kind: Service
metadata: {name: foo}
spec: {type: ExternalName, externalName: www.example.com}
---
apiVersion: v1
kind: Service
metadata: {name: lost}
spec: {type: ExternalName, externalName: nowhere.invalid}
---
apiVersion: v1
kind: Service
metadata: {name: alias}
spec: {type: ExternalName, externalName: web.default.svc.cluster.local}
`;

const cluster: Cluster = buildCluster(loadManifests([{ name: 'dns.yaml', text: YAML }]));
const dbIP = cluster.pods.find((p) => p.ref === 'default/db-0')?.ip ?? '';

type Row = readonly [
  name: string,
  qname: string,
  qtype: DnsQuestionType,
  rcode: string,
  answers: readonly string[],
  flags: { authoritative: boolean; forwarded: boolean },
];

const AUTH = { authoritative: true, forwarded: false };
const FWD = { authoritative: false, forwarded: true };

const ROWS: readonly Row[] = [
  [
    'a ClusterIP Service: its A record',
    'web.default.svc.cluster.local.',
    'A',
    'NOERROR',
    ['web.default.svc.cluster.local. 30 IN A 10.96.0.30'],
    AUTH,
  ],
  [
    'the trailing dot is optional and case does not matter',
    'WEB.default.svc.cluster.local',
    'A',
    'NOERROR',
    ['web.default.svc.cluster.local. 30 IN A 10.96.0.30'],
    AUTH,
  ],
  ['AAAA for a name that only has A: NODATA', 'web.default.svc.cluster.local.', 'AAAA', 'NOERROR', [], AUTH],
  [
    'SRV for a named port',
    '_http._tcp.web.default.svc.cluster.local.',
    'SRV',
    'NOERROR',
    ['_http._tcp.web.default.svc.cluster.local. 30 IN SRV 0 100 80 web.default.svc.cluster.local.'],
    AUTH,
  ],
  [
    'PTR for a ClusterIP',
    '30.0.96.10.in-addr.arpa.',
    'PTR',
    'NOERROR',
    ['30.0.96.10.in-addr.arpa. 30 IN PTR web.default.svc.cluster.local.'],
    AUTH,
  ],
  [
    'headless: one A per ready endpoint',
    'db.default.svc.cluster.local.',
    'A',
    'NOERROR',
    [`db.default.svc.cluster.local. 30 IN A ${dbIP}`],
    AUTH,
  ],
  [
    'a StatefulSet pod by <hostname>.<subdomain>',
    'db-0.db.default.svc.cluster.local.',
    'A',
    'NOERROR',
    [`db-0.db.default.svc.cluster.local. 30 IN A ${dbIP}`],
    AUTH,
  ],
  [
    'headless with no ready endpoints: NXDOMAIN (spec)',
    'empty-headless.default.svc.cluster.local.',
    'A',
    'NXDOMAIN',
    [],
    AUTH,
  ],
  [
    'ExternalName: the CNAME, then the target A from upstream',
    'foo.default.svc.cluster.local.',
    'A',
    'NOERROR',
    ['foo.default.svc.cluster.local. 30 IN CNAME www.example.com.', 'www.example.com. 300 IN A 192.0.2.53'],
    { authoritative: true, forwarded: true },
  ],
  [
    'ExternalName asked for CNAME: only the CNAME',
    'foo.default.svc.cluster.local.',
    'CNAME',
    'NOERROR',
    ['foo.default.svc.cluster.local. 30 IN CNAME www.example.com.'],
    AUTH,
  ],
  [
    'SRV for an ExternalName: NODATA (the plugin does not follow CNAMEs for SRV)',
    'foo.default.svc.cluster.local.',
    'SRV',
    'NOERROR',
    [],
    AUTH,
  ],
  [
    'ExternalName to a name upstream does not know: the CNAME alone',
    'lost.default.svc.cluster.local.',
    'A',
    'NOERROR',
    ['lost.default.svc.cluster.local. 30 IN CNAME nowhere.invalid.'],
    { authoritative: true, forwarded: true },
  ],
  [
    'ExternalName to a cluster name is followed inside the zone',
    'alias.default.svc.cluster.local.',
    'A',
    'NOERROR',
    [
      'alias.default.svc.cluster.local. 30 IN CNAME web.default.svc.cluster.local.',
      'web.default.svc.cluster.local. 30 IN A 10.96.0.30',
    ],
    AUTH,
  ],
  [
    'a Service in a namespace that has no such Service: NXDOMAIN',
    'my-svc.default.svc.cluster.local.',
    'A',
    'NXDOMAIN',
    [],
    AUTH,
  ],
  ['a namespace that does not exist: NXDOMAIN', 'web.nope.svc.cluster.local.', 'A', 'NXDOMAIN', [], AUTH],
  [
    'the search-list mistake google.com.cluster.local: NXDOMAIN',
    'google.com.cluster.local.',
    'A',
    'NXDOMAIN',
    [],
    AUTH,
  ],
  [
    'google.com.default.svc.cluster.local: NXDOMAIN',
    'google.com.default.svc.cluster.local.',
    'A',
    'NXDOMAIN',
    [],
    AUTH,
  ],
  ['an existing namespace under svc: NODATA', 'default.svc.cluster.local.', 'A', 'NOERROR', [], AUTH],
  ['the zone apex: NODATA', 'cluster.local.', 'A', 'NOERROR', [], AUTH],
  [
    'pods insecure: any dashed IP in an existing namespace',
    '10-1-2-3.default.pod.cluster.local.',
    'A',
    'NOERROR',
    ['10-1-2-3.default.pod.cluster.local. 30 IN A 10.1.2.3'],
    AUTH,
  ],
  [
    'a pod name that is not a dashed IP: NXDOMAIN',
    'web.default.pod.cluster.local.',
    'A',
    'NXDOMAIN',
    [],
    AUTH,
  ],
  [
    'the schema version',
    'dns-version.cluster.local.',
    'TXT',
    'NOERROR',
    ['dns-version.cluster.local. 30 IN TXT "1.1.0"'],
    AUTH,
  ],
  [
    'outside the zone: forwarded, answered upstream',
    'example.com.',
    'A',
    'NOERROR',
    ['example.com. 300 IN A 192.0.2.10'],
    FWD,
  ],
  [
    'outside the zone, unknown upstream: NXDOMAIN, not authoritative',
    'google.com.',
    'A',
    'NXDOMAIN',
    [],
    FWD,
  ],
  [
    'a reverse name CoreDNS has no record for falls through upstream',
    '7.113.0.203.in-addr.arpa.',
    'PTR',
    'NXDOMAIN',
    [],
    FWD,
  ],
];

describe('coreDnsAnswer', () => {
  it.each(ROWS)('%s', (_name, qname, qtype, rcode, answers, flags) => {
    const got = coreDnsAnswer(cluster, qname, qtype);
    expect(got.rcode).toBe(rcode);
    expect(got.answers.map(formatDnsRecord)).toEqual(answers);
    expect({ authoritative: got.authoritative, forwarded: got.forwarded }).toEqual(flags);
  });

  it.each(ROWS)(
    'explains "%s" with a catalogue message whose placeholders are all filled',
    (_n, qname, qtype) => {
      const { key, params } = coreDnsAnswer(cluster, qname, qtype).explain;
      expect(isMessageKey(key), key).toBe(true);
      expect(translate('en', key, params)).not.toMatch(/\{\w+\}/);
    },
  );

  it('a forwarded question names the upstream resolver and says so', () => {
    const got = coreDnsAnswer(cluster, 'example.com', 'A');
    expect(got.upstream).toBe(cluster.settings.upstreamDNS);
    expect(got.explain.key).toBe('dns.forward.answer');
  });

  it('explains the headless NXDOMAIN with its own message', () => {
    expect(coreDnsAnswer(cluster, 'empty-headless.default.svc.cluster.local', 'A').explain.key).toBe(
      'dns.coredns.nxdomainHeadless',
    );
  });
});

describe('a lookup from a pod, end to end (resolver + CoreDNS)', () => {
  const conf = cluster.pods.find((p) => p.ref.startsWith('default/web-'))?.resolvConf;
  if (conf === undefined) throw new Error('no web pod');
  const ask = (name: string) =>
    resolve(conf, name, (q) => coreDnsAnswer(cluster, q.name, q.type), { families: 'A' });

  it.each([
    ['my-svc.other: the second candidate answers', 'my-svc.other', 'my-svc.other.svc.cluster.local.', 2],
    ['web: the first candidate answers', 'web', 'web.default.svc.cluster.local.', 1],
    ['example.com: three NXDOMAINs in the zone, then upstream', 'example.com', 'example.com.', 4],
  ])('%s', (_name, query, candidate, questions) => {
    const result = ask(query);
    expect(result.outcome).toBe('answered');
    expect(result.name).toBe(candidate);
    expect(result.exchanges).toHaveLength(questions);
    expect(translate('en', result.explain.key, result.explain.params)).toContain(candidate);
  });

  it('getaddrinfo sends A and AAAA: a Service in the own namespace is 1 name, 2 questions on the wire', () => {
    const result = resolve(conf, 'web', (q) => coreDnsAnswer(cluster, q.name, q.type));
    expect(
      result.exchanges.map((e) => `${e.question.type} ${e.question.name} ${e.rcode} ${e.answers.length}`),
    ).toEqual([
      'A web.default.svc.cluster.local. NOERROR 1',
      'AAAA web.default.svc.cluster.local. NOERROR 0',
    ]);
  });

  it('google.com with no upstream answer: four NXDOMAINs, lookup fails', () => {
    const result = ask('google.com');
    expect(result.outcome).toBe('nxdomain');
    expect(result.exchanges.map((e) => e.question.name)).toEqual([
      'google.com.default.svc.cluster.local.',
      'google.com.svc.cluster.local.',
      'google.com.cluster.local.',
      'google.com.',
    ]);
    expect(isMessageKey(result.explain.key)).toBe(true);
    expect(translate('en', result.explain.key, result.explain.params)).not.toMatch(/\{\w+\}/);
  });
});
