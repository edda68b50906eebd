import { describe, expect, it } from 'vitest';
import type { IToleration } from 'kubernetes-models/v1/Toleration';
import { tolerates } from './scheduling.ts';
import { build, deployment, diagnostics, pod, podsOf } from './testkit.ts';
import type { Taint } from './types.ts';

const THREE_WORKERS = `apiVersion: packetwalk.dev/v1alpha1
kind: Cluster
metadata: {name: lab}
spec:
  nodes:
  - {name: cp, ip: 10.0.0.10, role: control-plane}
  - {name: w-c, ip: 10.0.0.13}
  - {name: w-a, ip: 10.0.0.11}
  - {name: w-b, ip: 10.0.0.12}
---
`;

const CP_TAINT: Taint = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' };

describe('tolerations', () => {
  it.each<[string, IToleration, Taint, boolean]>([
    ['Exists on the key', { key: CP_TAINT.key, operator: 'Exists' }, CP_TAINT, true],
    [
      'Exists on the key with the right effect',
      { key: CP_TAINT.key, operator: 'Exists', effect: 'NoSchedule' },
      CP_TAINT,
      true,
    ],
    ['the wrong effect', { key: CP_TAINT.key, operator: 'Exists', effect: 'NoExecute' }, CP_TAINT, false],
    ['an empty key with Exists tolerates everything', { operator: 'Exists' }, CP_TAINT, true],
    ['Equal with the same (empty) value', { key: CP_TAINT.key, effect: 'NoSchedule' }, CP_TAINT, true],
    [
      'Equal with another value',
      { key: 'dedicated', operator: 'Equal', value: 'gpu' },
      { key: 'dedicated', value: 'db', effect: 'NoSchedule' },
      false,
    ],
    ['another key', { key: 'dedicated', operator: 'Exists' }, CP_TAINT, false],
  ])('%s', (_name, toleration, taint, expected) => {
    expect(tolerates(toleration, taint)).toBe(expected);
  });
});

describe('scheduling', () => {
  it('the control-plane taint keeps ordinary pods off the control plane', () => {
    const c = build(deployment('web', { replicas: 4 }));
    expect(new Set(podsOf(c, 'default', 'web-').map((p) => p.node))).toEqual(new Set(['worker-1']));
  });

  it('a pod that tolerates the control-plane taint may be spread onto it', () => {
    const c = build(
      deployment('web', {
        replicas: 2,
        extraSpec:
          '      tolerations: [{key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}]\n',
      }),
    );
    expect(
      podsOf(c, 'default', 'web-')
        .map((p) => p.node)
        .sort(),
    ).toEqual(['master', 'worker-1']);
  });

  it('spreads replicas round-robin over the schedulable nodes in name order', () => {
    const c = build(THREE_WORKERS + deployment('web', { replicas: 4 }));
    const byOrdinal = [...podsOf(c, 'default', 'web-')].sort((a, b) =>
      (a.ip ?? '').localeCompare(b.ip ?? ''),
    );
    expect(byOrdinal.map((p) => p.node).sort()).toEqual(['w-a', 'w-a', 'w-b', 'w-c']);
  });

  it('a second workload also starts on the least-loaded node, so single replicas do not pile up', () => {
    const c = build(THREE_WORKERS + [deployment('a'), deployment('b'), deployment('c')].join('---\n'));
    expect(['a', 'b', 'c'].map((n) => podsOf(c, 'default', `${n}-`)[0]?.node)).toEqual(['w-a', 'w-b', 'w-c']);
  });

  it('spec.nodeName is honoured, even on the tainted control plane', () => {
    const c = build(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {nodeName: master, containers: [{name: c, image: x}]}\n',
    );
    expect([pod(c, 'default/p').node, pod(c, 'default/p').ip]).toEqual(['master', '10.244.0.4']);
  });

  it('nodeSelector is honoured', () => {
    const c = build(
      THREE_WORKERS +
        deployment('web', { replicas: 2, extraSpec: '      nodeSelector: {kubernetes.io/hostname: w-b}\n' }),
    );
    expect(podsOf(c, 'default', 'web-').map((p) => p.node)).toEqual(['w-b', 'w-b']);
  });

  it('required node affinity is honoured', () => {
    const affinity = `      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms: [{matchExpressions: [{key: kubernetes.io/hostname, operator: NotIn, values: [w-a, w-b]}]}]
`;
    const c = build(THREE_WORKERS + deployment('web', { replicas: 2, extraSpec: affinity }));
    expect(podsOf(c, 'default', 'web-').map((p) => p.node)).toEqual(['w-c', 'w-c']);
  });

  it('a pod pinned to a node that does not exist is PW110 and gets no IP', () => {
    const c = build(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  nodeName: ghost\n  containers: [{name: c, image: x}]\n',
    );
    expect([pod(c, 'default/p').node, pod(c, 'default/p').ip, pod(c, 'default/p').phase]).toEqual([
      undefined,
      undefined,
      'Pending',
    ]);
    expect(diagnostics(c, 'PW110')[0]).toMatchObject({
      severity: 'error',
      line: 5,
      column: 13,
      params: { pod: 'default/p', node: 'ghost' },
    });
  });

  it("a pod no node admits stays Pending with PW111 naming each node's reason", () => {
    const c = build(deployment('web', { replicas: 2, extraSpec: '      nodeSelector: {disktype: ssd}\n' }));
    expect(podsOf(c, 'default', 'web-').every((p) => p.phase === 'Pending' && p.ip === undefined)).toBe(true);
    expect(diagnostics(c, 'PW111').map((d) => d.params)).toEqual([
      {
        pod: 'Deployment default/web',
        detail:
          'master: taint node-role.kubernetes.io/control-plane:NoSchedule; worker-1: nodeSelector disktype=ssd',
      },
    ]);
  });

  it('a cordoned node takes no new pods', () => {
    const c = build(`apiVersion: v1
kind: Node
metadata: {name: a}
spec: {unschedulable: true}
status: {addresses: [{type: InternalIP, address: 10.1.0.1}]}
---
apiVersion: v1
kind: Node
metadata: {name: b}
status: {addresses: [{type: InternalIP, address: 10.1.0.2}]}
---
${deployment('web', { replicas: 2 })}`);
    expect(podsOf(c, 'default', 'web-').map((p) => p.node)).toEqual(['b', 'b']);
  });

  it("a hostNetwork pod takes its node's IP and uses no pod address", () => {
    const c = build(
      deployment('probe', { extraSpec: '      hostNetwork: true\n' }) + '---\n' + deployment('web'),
    );
    const probe = podsOf(c, 'default', 'probe-')[0];
    expect([probe?.node, probe?.ip, probe?.ipSource, probe?.hostNetwork]).toEqual([
      'worker-1',
      '192.168.1.11',
      'host-network',
      true,
    ]);
    expect(podsOf(c, 'default', 'web-')[0]?.ip).toBe('10.244.1.2');
  });
});
