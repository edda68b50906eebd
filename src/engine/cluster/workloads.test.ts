import { describe, expect, it } from 'vitest';
import { nameSuffix, podTemplateHash, safeEncode, KUBE_ALPHABET } from './hash.ts';
import { build, deployment, diagnostics, pod, podsOf } from './testkit.ts';

describe('deterministic names', () => {
  it('SafeEncodeString maps digits the way Kubernetes does (0→4 … 5→9, 6→b … 9→f)', () => {
    expect(safeEncode('0123456789')).toBe('456789bcdf');
  });
  it('a pod-template-hash is 8–10 characters of the encoded digit alphabet', () => {
    const hash = podTemplateHash('default', 'web');
    expect(hash).toMatch(/^[4-9bcdf]{8,10}$/);
    expect(podTemplateHash('default', 'web')).toBe(hash);
    expect(podTemplateHash('other', 'web')).not.toBe(hash);
  });
  it('a name suffix is 5 characters of the Kubernetes alphabet, different per seed', () => {
    const a = nameSuffix('default/web-x/0');
    expect(a).toHaveLength(5);
    expect([...a].every((ch) => KUBE_ALPHABET.includes(ch))).toBe(true);
    expect(nameSuffix('default/web-x/1')).not.toBe(a);
  });
});

describe('workloads to pods', () => {
  it('a Deployment makes <deploy>-<hash>-<5 chars> pods owned by its ReplicaSet, labels and ports carried', () => {
    const c = build(
      deployment('web', {
        replicas: 2,
        labels: { app: 'web', tier: 'front' },
        ports:
          '[{name: http, containerPort: 8080, protocol: TCP}, {name: metrics, containerPort: 9090, protocol: UDP}]',
      }),
    );
    const pods = podsOf(c, 'default', 'web-');
    const hash = podTemplateHash('default', 'web');
    expect(pods).toHaveLength(2);
    for (const p of pods) {
      expect(p.name).toMatch(new RegExp(`^web-${hash}-[${KUBE_ALPHABET}]{5}$`));
      expect(p.labels).toEqual({ app: 'web', tier: 'front', 'pod-template-hash': hash });
      expect(p.owner).toEqual({ kind: 'ReplicaSet', name: `web-${hash}` });
      expect(p.workload).toEqual({ kind: 'Deployment', name: 'web' });
      expect(p.containers).toEqual([
        {
          name: 'app',
          image: 'nginx',
          ports: [
            { name: 'http', containerPort: 8080, protocol: 'TCP' },
            { name: 'metrics', containerPort: 9090, protocol: 'UDP' },
          ],
        },
      ]);
      expect([p.phase, p.ready]).toEqual(['Running', true]);
      expect(p.provenance).toMatchObject({
        from: 'controller',
        controller: 'replicaset-controller',
        objectId: 'Deployment/default/web',
      });
    }
  });

  it('replicas: 0 makes no pods; a missing replicas makes one', () => {
    expect(podsOf(build(deployment('web', { replicas: 0 })), 'default', 'web-')).toHaveLength(0);
    const one = build(deployment('web').replace('  replicas: 1\n', ''));
    expect(podsOf(one, 'default', 'web-')).toHaveLength(1);
  });

  it('a StatefulSet makes <name>-0, <name>-1 with stable hostnames under its serviceName', () => {
    const c = build(`apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db, namespace: data}
spec:
  serviceName: db-headless
  replicas: 2
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: pg, image: postgres, ports: [{name: pg, containerPort: 5432}]}]}
`);
    expect(
      podsOf(c, 'data', 'db-').map((p) => [
        p.name,
        p.hostname,
        p.subdomain,
        p.labels['statefulset.kubernetes.io/pod-name'],
      ]),
    ).toEqual([
      ['db-0', 'db-0', 'db-headless', 'db-0'],
      ['db-1', 'db-1', 'db-headless', 'db-1'],
    ]);
    expect(pod(c, 'data/db-0').owner).toEqual({ kind: 'StatefulSet', name: 'db' });
  });

  it('a DaemonSet puts one pod on each node that admits it (the tainted control plane only when tolerated)', () => {
    const ds = (tolerations: string): string => `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: kube-system}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      tolerations: ${tolerations}
      containers: [{name: agent, image: busybox}]
`;
    expect(podsOf(build(ds('[]')), 'kube-system', 'agent-').map((p) => p.node)).toEqual(['worker-1']);
    const everywhere = podsOf(build(ds('[{operator: Exists}]')), 'kube-system', 'agent-').map((p) => p.node);
    expect([...everywhere].sort()).toEqual(['master', 'worker-1']);
  });

  it('a Job runs min(parallelism, completions) pods labelled with job-name', () => {
    const c = build(`apiVersion: batch/v1
kind: Job
metadata: {name: migrate}
spec:
  parallelism: 3
  completions: 2
  template:
    metadata: {labels: {app: migrate}}
    spec: {restartPolicy: Never, containers: [{name: m, image: busybox}]}
`);
    const pods = podsOf(c, 'default', 'migrate-');
    expect(pods).toHaveLength(2);
    expect(pods[0]?.labels).toMatchObject({
      app: 'migrate',
      'job-name': 'migrate',
      'batch.kubernetes.io/job-name': 'migrate',
    });
  });

  it('a bare ReplicaSet makes <rs>-<5 chars> pods', () => {
    const c = build(`apiVersion: apps/v1
kind: ReplicaSet
metadata: {name: front}
spec:
  replicas: 2
  selector: {matchLabels: {app: front}}
  template:
    metadata: {labels: {app: front}}
    spec: {containers: [{name: f, image: nginx}]}
`);
    expect(podsOf(c, 'default', 'front-').map((p) => p.name.length)).toEqual([11, 11]);
    expect(podsOf(c, 'default', 'front-')[0]?.workload).toEqual({ kind: 'ReplicaSet', name: 'front' });
  });

  it('a bare Pod keeps its name, labels and ports', () => {
    const c = build(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: client, labels: {role: client}}\nspec: {containers: [{name: c, image: curl, ports: [{containerPort: 53, protocol: UDP}]}]}\n',
    );
    const p = pod(c, 'default/client');
    expect([p.labels, p.containers[0]?.ports, p.owner, p.ip]).toEqual([
      { role: 'client' },
      [{ containerPort: 53, protocol: 'UDP' }],
      undefined,
      '10.244.1.2',
    ]);
  });

  it('a selector that does not select its own template is PW128 and makes no pods, as the API server refuses it', () => {
    const yaml = deployment('web').replace(
      'selector: {matchLabels: {app: web}}',
      'selector: {matchLabels: {app: other}}',
    );
    const c = build(yaml);
    expect(podsOf(c, 'default', 'web-')).toHaveLength(0);
    expect(diagnostics(c, 'PW128')[0]).toMatchObject({
      severity: 'error',
      params: { kind: 'Deployment', name: 'web' },
    });
  });
});
