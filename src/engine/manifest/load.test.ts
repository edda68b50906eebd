import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadManifests } from './load.ts';
import { isKind, type LoadedObject } from './types.ts';

function yaml(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

function load(text: string, name = 'm.yaml') {
  return loadManifests([{ name, text }]);
}

function fixture(name: string): { name: string; text: string } {
  return { name, text: readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8') };
}

function summary(o: LoadedObject): string {
  const item = o.origin.listItem === undefined ? '' : ` item ${o.origin.listItem}`;
  return `${o.id} @${o.origin.file}:${o.origin.line}:${o.origin.column} doc ${o.origin.document}${item}`;
}

describe('loading manifests', () => {
  it('reads several files of several documents, in file then document order', () => {
    const result = loadManifests([
      {
        name: 'b.yaml',
        text: yaml(
          'apiVersion: v1',
          'kind: Namespace',
          'metadata: {name: shop}',
          '---',
          '# svc',
          'apiVersion: v1',
          'kind: ConfigMap',
          'metadata: {name: c, namespace: shop}',
        ),
      },
      { name: 'a.yaml', text: yaml('---', 'apiVersion: v1', 'kind: Node', 'metadata: {name: n1}') },
    ]);
    expect(result.diagnostics).toEqual([]);
    expect(result.files).toEqual(['b.yaml', 'a.yaml']);
    expect(result.objects.map(summary)).toEqual([
      'Namespace/shop @b.yaml:1:1 doc 0',
      'ConfigMap/shop/c @b.yaml:6:1 doc 1',
      'Node/n1 @a.yaml:2:1 doc 0',
    ]);
  });

  it.each([
    { kind: 'Namespace', id: 'Namespace/x', namespace: undefined },
    { kind: 'Node', id: 'Node/x', namespace: undefined },
    { kind: 'ConfigMap', id: 'ConfigMap/default/x', namespace: 'default' },
    { kind: 'Secret', id: 'Secret/default/x', namespace: 'default' },
    { kind: 'ClusterRole', id: 'ClusterRole/x', namespace: undefined },
  ])('scopes $kind: id $id', ({ kind, id, namespace }) => {
    const apiVersion = kind === 'ClusterRole' ? 'rbac.authorization.k8s.io/v1' : 'v1';
    const [object] = load(yaml(`apiVersion: ${apiVersion}`, `kind: ${kind}`, 'metadata: {name: x}')).objects;
    expect(object).toMatchObject({ id, namespace, name: 'x' });
  });

  it('ignores a namespace written on a cluster-scoped object', () => {
    const [object] = load(
      yaml('apiVersion: v1', 'kind: Node', 'metadata: {name: n, namespace: shop}'),
    ).objects;
    expect(object?.id).toBe('Node/n');
  });

  it('unwraps kind: List, each item at its own line', () => {
    const result = loadManifests([fixture('kubectl-get.yaml')]);
    expect(result.diagnostics).toEqual([]);
    expect(result.objects.map(summary)).toEqual([
      'Deployment/shop/web @kubectl-get.yaml:5:3 doc 0 item 0',
      'Service/shop/web @kubectl-get.yaml:97:3 doc 0 item 1',
      'Pod/shop/web-5d8f9c7b6-abcde @kubectl-get.yaml:131:3 doc 0 item 2',
      'Node/worker-1 @kubectl-get.yaml:185:3 doc 0 item 3',
      'EndpointSlice/shop/web-x7k2p @kubectl-get.yaml:218:3 doc 0 item 4',
    ]);
    const service = result.objects[1];
    expect(service?.positions['']).toEqual({ file: 'kubectl-get.yaml', line: 97, column: 3 });
    expect(service?.positions['/spec/ports/0/targetPort']).toEqual({
      file: 'kubectl-get.yaml',
      line: 117,
      column: 19,
    });
  });

  it('unwraps a typed list (PodList) whose items omit kind and apiVersion', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: PodList',
      'items:',
      '  - metadata: {name: a}',
      '    spec: {containers: [{name: c, image: i}]}',
      '  - metadata: {name: b}',
      '    spec: {containers: [{name: c, image: i}]}',
    );
    const result = load(text);
    expect(result.diagnostics).toEqual([]);
    expect(result.objects.map(summary)).toEqual([
      'Pod/default/a @m.yaml:4:5 doc 0 item 0',
      'Pod/default/b @m.yaml:6:5 doc 0 item 1',
    ]);
    expect(result.objects[1]?.data).toMatchObject({ apiVersion: 'v1', kind: 'Pod' });
    expect(result.objects[1]?.positions['/spec/containers/0/image']).toMatchObject({ line: 7, column: 42 });
  });

  it('resolves anchors, aliases and merge keys, written keys winning over merged ones', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: c',
      '  labels: &labels {app: web, tier: front}',
      '  annotations:',
      '    <<: [*labels, {owner: team-a, tier: ignored}]',
      '    tier: back',
      'data: {copy: &v "1", again: *v}',
    );
    const result = load(text);
    expect(result.diagnostics).toEqual([]);
    const [object] = result.objects;
    expect(object?.data).toMatchObject({
      metadata: {
        labels: { app: 'web', tier: 'front' },
        annotations: { app: 'web', tier: 'back', owner: 'team-a' },
      },
      data: { copy: '1', again: '1' },
    });
    // A merged key sits where the merge is written; a written key where it is written.
    expect(object?.positions['/metadata/annotations/owner']).toMatchObject({ line: 7, column: 9 });
    expect(object?.positions['/metadata/annotations/tier']).toMatchObject({ line: 8, column: 11 });
    expect(object?.positions['/data/again']).toMatchObject({ line: 9, column: 29 });
  });

  it('records the position of every nested field, escaping keys as JSON pointers do', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      '  labels:',
      '    app.kubernetes.io/name: web',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '    spec:',
      '      containers:',
      '        - name: web',
      '          image: nginx',
      '          ports:',
      '            - containerPort: 8080',
      '              protocol: TCP',
      '      nodeSelector:',
    );
    const [object] = load(text).objects;
    const at = (pointer: string) => {
      const p = object?.positions[pointer];
      return p === undefined ? undefined : `${p.line}:${p.column}`;
    };
    expect(at('')).toBe('1:1');
    expect(at('/metadata')).toBe('4:3');
    expect(at('/metadata/labels/app.kubernetes.io~1name')).toBe('6:29');
    expect(at('/spec/selector/matchLabels/app')).toBe('8:33');
    expect(at('/spec/template/spec/containers')).toBe('13:9');
    expect(at('/spec/template/spec/containers/0')).toBe('13:11');
    expect(at('/spec/template/spec/containers/0/ports/0/containerPort')).toBe('16:30');
    expect(at('/spec/template/spec/containers/0/ports/0/protocol')).toBe('17:25');
    // An empty value is at its key.
    expect(at('/spec/template/spec/nodeSelector')).toBe('18:7');
  });

  it('drops `field: null` from typed objects, as the API server does', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: s, creationTimestamp: null, labels: }',
      'spec: {ports: [{port: 80}]}',
    );
    const result = load(text);
    expect(result.diagnostics).toEqual([]);
    expect(result.objects[0]?.data.metadata).toEqual({ name: 's' });
  });

  it('reads YAML 1.2 whatever the document says: timestamps and yes/no stay strings', () => {
    const text = yaml(
      '%YAML 1.1',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: c}',
      'data: {when: 2024-01-01T00:00:00Z, ok: yes}',
    );
    const [object] = load(text).objects;
    expect(object?.data).toMatchObject({ data: { when: '2024-01-01T00:00:00Z', ok: 'yes' } });
  });

  it('does not flag real manifests: kubectl output with status, int-or-string ports and numeric quantities', () => {
    const result = loadManifests([fixture('kubectl-get.yaml'), fixture('cluster-config.yaml')]);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([
      'cluster-config.yaml:176 PW008',
    ]);
    expect(result.objects).toHaveLength(20);
    expect(result.objects.every((o) => o.simulated || o.kind === 'ServiceAccount')).toBe(true);
  });

  it.each([
    { name: 'an enum value newer than the schema', status: 'status: {phase: Hibernating}' },
    {
      name: 'a partial status written by hand',
      status: 'status: {podIP: 10.244.1.5, containerStatuses: [{name: c}]}',
    },
  ])('does not flag $name under status', ({ status }) => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: p}',
      'spec: {containers: [{name: c, image: i}]}',
      status,
    );
    expect(load(text).diagnostics).toEqual([]);
  });

  it('still flags a wrong type under status', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: p}',
      'spec: {containers: [{name: c, image: i}]}',
      'status: {podIPs: 10.244.1.5}',
    );
    expect(load(text).diagnostics).toMatchObject([
      { code: 'PW006', line: 5, column: 18, params: { path: 'status.podIPs' } },
    ]);
  });

  it('types simulated objects for later stages', () => {
    const [cluster] = loadManifests([fixture('cluster-config.yaml')]).objects;
    expect(cluster !== undefined && isKind(cluster, 'Cluster')).toBe(true);
    if (cluster !== undefined && isKind(cluster, 'Cluster')) {
      expect(cluster.data.spec?.nodes?.map((n) => n.ip)).toEqual(['192.168.1.10', '192.168.1.11']);
    }
  });

  it('gives the same result, in the same order, every time', () => {
    const files = [fixture('cluster-config.yaml'), fixture('kubectl-get.yaml')];
    const first = JSON.stringify(loadManifests(files));
    expect(JSON.stringify(loadManifests(files))).toBe(first);
    expect(JSON.stringify(loadManifests(files.map((f) => ({ ...f }))))).toBe(first);
  });
});
