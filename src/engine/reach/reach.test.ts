/**
 * `reachability` against REFERENCE §7 and the upstream e2e suite (test/e2e/network/netpol/network_policy.go):
 * each case builds the e2e topology (namespaces x, y, z; pods a, b, c), applies the case's policies, and
 * compares the whole matrix with the truth table the e2e test expects — written the way the e2e test
 * writes it: everything allowed, then ExpectAllIngress / ExpectAllEgress / Expect / ExpectPeer. Loopback
 * pairs are allowed (the e2e suite ignores them). CoreDNS pods (kube-system) are in the matrix too.
 */
import { describe, expect, it } from 'vitest';
import { buildCluster } from '../cluster/build.ts';
import type { CniPlugin } from '../cluster/types.ts';
import { loadManifests } from '../manifest/load.ts';
import { netpolCluster, POD_IPS, policy } from '../policy/__fixtures__/netpolScenarios.ts';
import { reachability, type ReachQuery } from './reach.ts';

const ns = (ref: string): string => ref.split('/')[0] ?? '';

/** The e2e suite's Reachability: a truth table that starts all true and is edited by expectations. */
class Expected {
  readonly table: Record<string, Record<string, boolean>> = {};
  constructor(readonly pods: readonly string[]) {
    for (const f of pods) this.table[f] = Object.fromEntries(pods.map((t) => [t, true]));
  }
  private set(match: (from: string, to: string) => boolean, value: boolean): this {
    for (const f of this.pods) for (const t of this.pods) if (match(f, t)) (this.table[f] ?? {})[t] = value;
    return this;
  }
  expect(from: string, to: string, value: boolean) {
    return this.set((f, t) => f === from && t === to, value);
  }
  expectAllIngress(to: string, value: boolean) {
    return this.set((_f, t) => t === to, value);
  }
  expectAllEgress(from: string, value: boolean) {
    return this.set((f) => f === from, value);
  }
  /** ExpectPeer with namespaces; undefined = any. */
  expectPeer(fromNs: string | undefined, toNs: string | undefined, value: boolean) {
    return this.set(
      (f, t) => (fromNs === undefined || ns(f) === fromNs) && (toNs === undefined || ns(t) === toNs),
      value,
    );
  }
  /** The e2e suite ignores loopback; a pod reaching itself is always allowed. */
  done() {
    return this.set((f, t) => f === t, true).table;
  }
}

function matrixFor(plugin: CniPlugin, policies: string, q: ReachQuery) {
  const cluster = buildCluster(
    loadManifests([{ name: 'netpol.yaml', text: netpolCluster(plugin, policies) }]),
  );
  return reachability(cluster, q).matrix;
}

const TCP80: ReachQuery = { port: 80, protocol: 'TCP' };
const TCP81: ReachQuery = { port: 81, protocol: 'TCP' };

const DENY_OTHER_NS = policy(
  'x',
  'deny-other-ns',
  '    podSelector: {}\n    ingress:\n    - from: [{podSelector: {}}]',
);

type Case = readonly [
  name: string,
  plugin: CniPlugin,
  policies: string,
  q: ReachQuery,
  expected: (e: Expected) => Expected,
];

const CASES: readonly Case[] = [
  ['no policies: everything reachable', 'calico', '', TCP80, (e) => e],
  [
    'should deny ingress from pods on other namespaces',
    'calico',
    DENY_OTHER_NS,
    TCP80,
    (e) => e.expectPeer(undefined, 'x', false).expectPeer('x', 'x', true),
  ],
  [
    'should allow ingress access from namespace on one named port (port 81 allowed for namespace y)',
    'calico',
    policy(
      'x',
      'allow-y-on-81',
      '    podSelector: {}\n    ingress:\n    - from: [{namespaceSelector: {matchLabels: {ns: y}}}]\n      ports: [{port: serve-81-tcp}]',
    ),
    TCP81,
    (e) => e.expectPeer(undefined, 'x', false).expectPeer('y', 'x', true),
  ],
  [
    'should allow ingress access from namespace on one named port (port 80 not allowed for namespace y)',
    'calico',
    policy(
      'x',
      'allow-y-on-81',
      '    podSelector: {}\n    ingress:\n    - from: [{namespaceSelector: {matchLabels: {ns: y}}}]\n      ports: [{port: serve-81-tcp}]',
    ),
    TCP80,
    (e) => e.expectPeer(undefined, 'x', false),
  ],
  [
    'should support denying of egress traffic on the client side (even if the server explicitly allows this traffic)',
    'calico',
    [
      policy(
        'x',
        'allow-to-ns-y-pod-a',
        '    podSelector: {matchLabels: {pod: a}}\n    policyTypes: [Egress]\n    egress:\n    - to: [{namespaceSelector: {matchLabels: {ns: y}}, podSelector: {matchLabels: {pod: a}}}]',
      ),
      policy(
        'y',
        'allow-from-xa-on-ya',
        '    podSelector: {matchLabels: {pod: a}}\n    ingress:\n    - from: [{namespaceSelector: {matchLabels: {ns: x}}, podSelector: {matchLabels: {pod: a}}}]',
      ),
      policy(
        'y',
        'allow-from-xa-on-yb',
        '    podSelector: {matchLabels: {pod: b}}\n    ingress:\n    - from: [{namespaceSelector: {matchLabels: {ns: x}}, podSelector: {matchLabels: {pod: a}}}]',
      ),
    ].join('---\n'),
    TCP80,
    (e) =>
      e
        .expectAllEgress('x/a', false)
        .expectAllIngress('y/a', false)
        .expectAllIngress('y/b', false)
        .expect('x/a', 'y/a', true),
  ],
  [
    'should enforce policy based on PodSelector and NamespaceSelector (AND)',
    'calico',
    policy(
      'x',
      'and',
      '    podSelector: {matchLabels: {pod: a}}\n    ingress:\n    - from:\n      - namespaceSelector: {matchExpressions: [{key: ns, operator: NotIn, values: [x]}]}\n        podSelector: {matchLabels: {pod: b}}',
    ),
    TCP80,
    (e) => e.expectAllIngress('x/a', false).expect('y/b', 'x/a', true).expect('z/b', 'x/a', true),
  ],
  [
    'should enforce policy based on PodSelector or NamespaceSelector (OR)',
    'calico',
    policy(
      'x',
      'or',
      '    podSelector: {matchLabels: {pod: a}}\n    ingress:\n    - from:\n      - namespaceSelector: {matchExpressions: [{key: ns, operator: NotIn, values: [x]}]}\n      - podSelector: {matchLabels: {pod: b}}',
    ),
    TCP80,
    // kube-system has no `ns` label, so NotIn [x] selects it too: CoreDNS may reach x/a.
    (e) =>
      e
        .expectAllIngress('x/a', false)
        .expectPeer('y', 'x', true)
        .expectPeer('z', 'x', true)
        .expectPeer('kube-system', 'x', true)
        .expect('x/b', 'x/a', true),
  ],
  [
    'should allow egress access to server in CIDR block (Calico matches pod IPs)',
    'calico',
    policy(
      'x',
      'allow-cidr',
      `    podSelector: {matchLabels: {pod: a}}\n    policyTypes: [Egress]\n    egress:\n    - to: [{ipBlock: {cidr: ${POD_IPS['y/b'] ?? ''}/32}}]`,
    ),
    TCP80,
    (e) => e.expectAllEgress('x/a', false).expect('x/a', 'y/b', true),
  ],
  [
    'under Cilium an ipBlock does not match a pod: the CIDR rule lets nothing through',
    'cilium',
    policy(
      'x',
      'allow-cidr',
      `    podSelector: {matchLabels: {pod: a}}\n    policyTypes: [Egress]\n    egress:\n    - to: [{ipBlock: {cidr: ${POD_IPS['y/b'] ?? ''}/32}}]`,
    ),
    TCP80,
    (e) => e.expectAllEgress('x/a', false),
  ],
  ['Flannel does not enforce: everything reachable', 'flannel', DENY_OTHER_NS, TCP80, (e) => e],
];

describe('reachability (e2e truth tables)', () => {
  it.each(CASES)('%s', (_name, plugin, policies, q, expected) => {
    const matrix = matrixFor(plugin, policies, q);
    const pods = Object.keys(matrix);
    expect(pods).toEqual(expect.arrayContaining(Object.keys(POD_IPS)));
    expect(matrix).toEqual(expected(new Expected(pods)).done());
  });

  it('the same policies under Calico deny what Flannel lets through', () => {
    expect(matrixFor('calico', DENY_OTHER_NS, TCP80)['y/a']?.['x/a']).toBe(false);
    expect(matrixFor('flannel', DENY_OTHER_NS, TCP80)['y/a']?.['x/a']).toBe(true);
  });

  it('leaves out hostNetwork pods and pods without an IP', () => {
    const extra = `apiVersion: v1
kind: Pod
metadata: {name: host, namespace: x}
spec: {hostNetwork: true, nodeName: master, containers: [{name: c, image: i}]}
---
apiVersion: v1
kind: Pod
metadata: {name: nowhere, namespace: x}
spec: {nodeName: no-such-node, containers: [{name: c, image: i}]}
`;
    const matrix = matrixFor('calico', extra, TCP80);
    expect(Object.keys(matrix)).not.toContain('x/host');
    expect(Object.keys(matrix)).not.toContain('x/nowhere');
    expect(Object.keys(matrix)).toContain('x/a');
  });

  it('keeps the JSON contract: {port, protocol, matrix}', () => {
    const cluster = buildCluster(loadManifests([{ name: 'n.yaml', text: netpolCluster('calico', '') }]));
    expect(Object.keys(reachability(cluster, { port: 53, protocol: 'UDP' }))).toEqual([
      'port',
      'protocol',
      'matrix',
    ]);
  });
});
