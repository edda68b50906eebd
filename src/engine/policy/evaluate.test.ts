/**
 * The reference evaluator against the e2e suite's truth tables (test/e2e/network/netpol) and the rest of
 * REFERENCE §7: isolation per direction, union of rules, both ends must allow, peers, ports, ipBlock, DNS.
 */
import { describe, expect, it } from 'vitest';
import { buildCluster } from '../cluster/build.ts';
import type { Cluster, IPv4, PodRef } from '../cluster/types.ts';
import { loadManifests } from '../manifest/load.ts';
import { netpolCluster, POD_IPS, SCENARIOS } from './__fixtures__/netpolScenarios.ts';
import { policyAllows } from './evaluate.ts';
import type { DirectionVerdict, PolicyEndpointRef, PolicyProtocol } from './types.ts';

function cluster(scenario: string, plugin: 'calico' | 'flannel' | 'cilium' = 'calico'): Cluster {
  const policies = SCENARIOS[scenario];
  if (policies === undefined) throw new Error(`no scenario ${scenario}`);
  return buildCluster(loadManifests([{ name: 'netpol.yaml', text: netpolCluster(plugin, policies) }]));
}

const end = (text: string): PolicyEndpointRef =>
  text.includes('/') ? { pod: text as PodRef } : { ip: text as IPv4 };

function ask(
  c: Cluster,
  src: string,
  dst: string,
  protocol: PolicyProtocol = 'TCP',
  port: number | undefined = 80,
) {
  return policyAllows(c, { src: end(src), dst: end(dst), protocol, ...(port === undefined ? {} : { port }) });
}

const EXTERNAL_SERVER = '8.8.8.8';
/** CoreDNS's first pod address (the system adds CoreDNS; its name carries a hash, its IP is stable). */
const COREDNS = '10.244.0.1';

type Row = readonly [
  scenario: string,
  src: string,
  dst: string,
  protocol: PolicyProtocol,
  port: number | undefined,
  allowed: boolean,
];

const ROWS: readonly Row[] = [
  ["should support a 'default-deny-ingress' policy", 'x/b', 'x/a', 'TCP', 80, false],
  ["should support a 'default-deny-ingress' policy", 'y/a', 'x/a', 'TCP', 80, false],
  ["should support a 'default-deny-ingress' policy", 'x/a', 'y/a', 'TCP', 80, true],
  ["should support a 'default-deny-all' policy", 'x/a', 'y/a', 'TCP', 80, false],
  ["should support a 'default-deny-all' policy", 'y/a', 'y/b', 'TCP', 80, true],
  ['should deny ingress from pods on other namespaces', 'x/b', 'x/a', 'TCP', 80, true],
  ['should deny ingress from pods on other namespaces', 'y/a', 'x/a', 'TCP', 80, false],
  ['should deny ingress from pods on other namespaces', 'z/a', 'x/a', 'TCP', 80, false],
  [
    'should enforce policy to allow ingress traffic from pods in all namespaces',
    'z/a',
    'x/a',
    'TCP',
    80,
    true,
  ],
  ['should enforce policy based on NamespaceSelector with MatchExpressions', 'y/a', 'x/a', 'TCP', 80, true],
  ['should enforce policy based on NamespaceSelector with MatchExpressions', 'x/b', 'x/a', 'TCP', 80, false],
  ['should enforce policy based on NamespaceSelector with MatchExpressions', 'z/a', 'x/a', 'TCP', 80, false],
  ['should enforce policy based on PodSelector and NamespaceSelector', 'y/b', 'x/a', 'TCP', 80, true],
  ['should enforce policy based on PodSelector and NamespaceSelector', 'z/b', 'x/a', 'TCP', 80, true],
  ['should enforce policy based on PodSelector and NamespaceSelector', 'x/b', 'x/a', 'TCP', 80, false],
  ['should enforce policy based on PodSelector and NamespaceSelector', 'y/a', 'x/a', 'TCP', 80, false],
  ['should enforce policy based on PodSelector or NamespaceSelector', 'x/b', 'x/a', 'TCP', 80, true],
  ['should enforce policy based on PodSelector or NamespaceSelector', 'y/a', 'x/a', 'TCP', 80, true],
  ['should enforce policy based on PodSelector or NamespaceSelector', 'x/c', 'x/a', 'TCP', 80, false],
  ['should allow ingress access on one named port', 'x/a', 'z/a', 'TCP', 80, true],
  ['should allow ingress access on one named port', 'x/a', 'z/a', 'TCP', 81, false],
  // z/c declares serve-80-tcp on 8080: the name resolves per destination pod.
  ['should allow ingress access on one named port', 'x/a', 'z/c', 'TCP', 8080, true],
  ['should allow ingress access on one named port', 'x/a', 'z/c', 'TCP', 80, false],
  ['should allow egress access on one named port', 'x/a', 'z/b', 'TCP', 80, true],
  ['should allow egress access on one named port', 'x/a', 'z/c', 'TCP', 8080, true],
  ['should allow egress access on one named port', 'x/a', 'z/b', 'TCP', 81, true],
  ['should allow egress access on one named port', 'x/a', 'y/b', 'TCP', 80, false],
  ['should allow egress access on one named port', 'x/a', EXTERNAL_SERVER, 'TCP', 80, false],
  ['should enforce policy based on Ports', 'y/a', 'x/a', 'TCP', 81, true],
  ['should enforce policy based on Ports', 'y/a', 'x/a', 'TCP', 80, false],
  ['should enforce policy based on Ports', 'y/a', 'x/a', 'UDP', 81, false],
  ['should allow ingress to a port range with endPort', 'x/a', 'y/a', 'TCP', 79, true],
  ['should allow ingress to a port range with endPort', 'x/a', 'y/a', 'TCP', 81, true],
  ['should allow ingress to a port range with endPort', 'x/a', 'y/a', 'TCP', 82, false],
  ['should allow ingress to a port range with endPort', 'x/a', 'y/a', 'TCP', 8080, true],
  ['should allow ingress to a port range with endPort', 'x/a', 'y/a', 'UDP', 80, false],
  [
    'should enforce ingress policy allowing any port traffic to a server on a specific protocol',
    'x/a',
    'y/b',
    'UDP',
    53,
    true,
  ],
  [
    'should enforce ingress policy allowing any port traffic to a server on a specific protocol',
    'x/a',
    'y/b',
    'TCP',
    80,
    false,
  ],
  [
    'should enforce ingress policy allowing any port traffic to a server on a specific protocol',
    'x/a',
    'y/b',
    'ICMP',
    undefined,
    false,
  ],
  [
    'should support denying of egress traffic on the client side (even if the server explicitly allows this traffic)',
    'x/a',
    'y/b',
    'TCP',
    80,
    false,
  ],
  [
    'should support denying of egress traffic on the client side (even if the server explicitly allows this traffic)',
    'x/b',
    'y/b',
    'TCP',
    80,
    true,
  ],
  ['should enforce egress-only policyTypes without touching ingress', 'z/a', 'x/a', 'TCP', 80, true],
  ['should enforce egress-only policyTypes without touching ingress', 'x/a', 'z/a', 'TCP', 80, false],
  ['should enforce egress-only policyTypes without touching ingress', 'x/a', 'y/a', 'TCP', 80, true],
  ['should allow egress access to server in CIDR block', 'x/a', 'y/b', 'TCP', 80, true],
  ['should allow egress access to server in CIDR block', 'x/a', 'y/a', 'TCP', 80, false],
  ['should enforce except clause while egress access to server in CIDR block', 'x/b', 'x/a', 'TCP', 80, true],
  [
    'should enforce except clause while egress access to server in CIDR block',
    'x/b',
    'z/a',
    'TCP',
    80,
    false,
  ],
  [
    'should enforce except clause while egress access to server in CIDR block',
    'x/b',
    'z/b',
    'TCP',
    80,
    false,
  ],
  [
    'should enforce except clause while egress access to server in CIDR block',
    'x/b',
    'x/a',
    'TCP',
    81,
    false,
  ],
  ['should allow ingress from an external CIDR block with except', '203.0.113.7', 'y/a', 'TCP', 80, true],
  ['should allow ingress from an external CIDR block with except', '203.0.113.200', 'y/a', 'TCP', 80, false],
  ['should allow ingress from an external CIDR block with except', '192.168.1.11', 'y/b', 'TCP', 80, true],
  ['should allow ingress from an external CIDR block with except', 'x/a', 'y/a', 'TCP', 80, false],
  [
    'default-deny-egress blocks DNS to kube-system CoreDNS on 53 unless allowed',
    'x/a',
    COREDNS,
    'UDP',
    53,
    false,
  ],
  [
    'default-deny-egress blocks DNS to kube-system CoreDNS on 53 unless allowed',
    'y/a',
    COREDNS,
    'UDP',
    53,
    true,
  ],
  [
    'default-deny-egress blocks DNS to kube-system CoreDNS on 53 unless allowed',
    'y/a',
    COREDNS,
    'TCP',
    53,
    true,
  ],
  [
    'default-deny-egress blocks DNS to kube-system CoreDNS on 53 unless allowed',
    'y/a',
    COREDNS,
    'TCP',
    9153,
    false,
  ],
  [
    'default-deny-egress blocks DNS to kube-system CoreDNS on 53 unless allowed',
    'y/a',
    'z/a',
    'UDP',
    53,
    false,
  ],
  ['should enforce multiple, stacked policies with overlapping podSelectors', 'x/a', 'z/a', 'TCP', 81, true],
  ['should enforce multiple, stacked policies with overlapping podSelectors', 'x/a', 'z/b', 'TCP', 81, false],
  ['should enforce multiple, stacked policies with overlapping podSelectors', 'y/a', 'z/b', 'TCP', 80, true],
  ['should enforce multiple, stacked policies with overlapping podSelectors', 'y/a', 'z/b', 'TCP', 81, false],
];

describe('NetworkPolicy semantics (e2e truth tables)', () => {
  it.each(ROWS)('%s: %s → %s %s/%s allowed=%s', (scenario, src, dst, protocol, port, allowed) => {
    expect(ask(cluster(scenario), src, dst, protocol, port).allowed).toBe(allowed);
  });
});

describe('explanations', () => {
  it('names the isolating policies and the rule, peer and port that admitted a connection', () => {
    const decision = ask(
      cluster('should enforce policy based on PodSelector or NamespaceSelector'),
      'x/b',
      'x/a',
    );
    expect(decision.egress).toEqual({ kind: 'not-isolated', allowed: true });
    expect(decision.ingress).toEqual({
      kind: 'allowed-by-rule',
      allowed: true,
      isolatedBy: ['x/allow-ns-or-pod'],
      rule: { policy: 'x/allow-ns-or-pod', direction: 'ingress', ruleIndex: 0, peerIndex: 1 },
    });
  });

  it('says which policies isolate a pod when nothing admits the connection', () => {
    const decision = ask(cluster("should support a 'default-deny-all' policy"), 'x/a', 'y/a');
    expect(decision.egress).toEqual<DirectionVerdict>({
      kind: 'denied',
      allowed: false,
      isolatedBy: ['x/deny-all'],
    });
    expect(decision.ingress.kind).toBe('not-isolated');
  });

  it('allows traffic from the pod’s own node regardless of policy (kubelet probes)', () => {
    const c = cluster("should support a 'default-deny-all' policy");
    expect(ask(c, '192.168.1.10', 'x/a').ingress).toEqual({ kind: 'from-own-node', allowed: true });
    expect(ask(c, '192.168.1.11', 'x/a').allowed).toBe(false);
  });

  it('still applies a pod’s egress policy to its own node (as Calico and Cilium do)', () => {
    expect(ask(cluster("should support a 'default-deny-all' policy"), 'x/a', '192.168.1.10').allowed).toBe(
      false,
    );
  });

  it('never blocks a pod from itself', () => {
    expect(ask(cluster("should support a 'default-deny-all' policy"), 'x/a', 'x/a').egress.kind).toBe(
      'loopback',
    );
  });

  it('reports not-enforced under Flannel, which has no policy engine', () => {
    const decision = ask(cluster("should support a 'default-deny-all' policy", 'flannel'), 'y/a', 'x/a');
    expect(decision).toEqual({
      allowed: true,
      egress: { kind: 'not-enforced', allowed: true },
      ingress: { kind: 'not-enforced', allowed: true },
    });
  });

  it('matches pod IPs with ipBlock only when the CNI does (Calico yes, Cilium no)', () => {
    const c = cluster('should allow egress access to server in CIDR block', 'cilium');
    const query = { src: end('x/a'), dst: end(POD_IPS['y/b'] ?? ''), protocol: 'TCP' as const, port: 80 };
    expect(policyAllows(c, query).allowed).toBe(true);
    expect(policyAllows(c, query, { ipBlockMatchesClusterPeers: false }).allowed).toBe(false);
  });
});

describe('policyTypes defaulting (REFERENCE §7.2)', () => {
  const yaml = (spec: string) =>
    buildCluster(
      loadManifests([
        {
          name: 'p.yaml',
          text: netpolCluster(
            'calico',
            `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: x}\nspec:\n${spec}\n`,
          ),
        },
      ]),
    );

  it('treats a policy without policyTypes and without egress rules as ingress-only', () => {
    const c = yaml('  podSelector: {}');
    expect(ask(c, 'x/a', 'y/a').allowed).toBe(true);
    expect(ask(c, 'y/a', 'x/a').allowed).toBe(false);
  });

  it('adds Egress when the policy has egress rules', () => {
    const c = yaml('  podSelector: {}\n  egress:\n  - to: [{namespaceSelector: {matchLabels: {ns: z}}}]');
    expect(ask(c, 'x/a', 'y/a').allowed).toBe(false);
    expect(ask(c, 'x/a', 'z/a').allowed).toBe(true);
    expect(ask(c, 'y/a', 'x/a').allowed).toBe(false);
  });

  it('keeps an explicit egress-only policy from isolating ingress', () => {
    const c = yaml('  podSelector: {}\n  policyTypes: [Egress]\n  ingress: [{}]');
    expect(ask(c, 'y/a', 'x/a').allowed).toBe(true);
    expect(ask(c, 'x/a', 'y/a').allowed).toBe(false);
  });
});
