/**
 * The e2e netpol topology (test/e2e/network/netpol): namespaces x, y, z with pods a, b, c each, serving 80 and
 * 81 over TCP and UDP under the names `serve-<port>-<proto>`; two nodes, so pairs are both same-node and
 * cross-node. z/c declares `serve-80-tcp` on 8080, so a named port resolves differently per destination pod.
 * Each scenario adds policies; the CNI is chosen per test. Pod IPs are fixed for the ipBlock cases.
 */
import type { CniPlugin } from '../../cluster/types.ts';

export const POD_IPS: Readonly<Record<string, string>> = {
  'x/a': '10.244.0.10',
  'x/b': '10.244.0.74',
  'x/c': '10.244.0.11',
  'y/a': '10.244.0.75',
  'y/b': '10.244.0.12',
  'y/c': '10.244.0.76',
  'z/a': '10.244.0.13',
  'z/b': '10.244.0.77',
  'z/c': '10.244.0.14',
};

const NODES: Readonly<Record<string, string>> = { master: '192.168.1.10', 'worker-1': '192.168.1.11' };

function clusterDocument(plugin: CniPlugin): string {
  const mode =
    plugin === 'calico' ? 'ipip' : plugin === 'cilium' ? 'vxlan' : plugin === 'weave' ? 'fastdp' : 'vxlan';
  return `apiVersion: packetwalk.dev/v1alpha1
kind: Cluster
metadata: {name: netpol}
spec:
  podCIDR: 10.244.0.0/16
  cni: {plugin: ${plugin}, mode: ${mode}}
  nodes:
${Object.entries(NODES)
  .map(([name, ip]) => `    - {name: ${name}, ip: ${ip}${name === 'master' ? ', role: control-plane' : ''}}`)
  .join('\n')}
  externalClients: [{name: laptop, ip: 203.0.113.7}]
`;
}

function pod(ref: string, ip: string): string {
  const [namespace, name] = ref.split('/');
  const node = ip.split('.').map(Number)[3] ?? 0;
  const serve80 = ref === 'z/c' ? 8080 : 80;
  return `apiVersion: v1
kind: Pod
metadata: {name: ${name}, namespace: ${namespace}, labels: {pod: ${name}}}
spec:
  nodeName: ${node >= 64 ? 'worker-1' : 'master'}
  containers:
  - name: cont-80-81
    image: registry.k8s.io/e2e-test-images/agnhost:2.47
    ports:
    - {name: serve-80-tcp, containerPort: ${serve80}, protocol: TCP}
    - {name: serve-81-tcp, containerPort: 81, protocol: TCP}
    - {name: serve-80-udp, containerPort: 80, protocol: UDP}
    - {name: serve-81-udp, containerPort: 81, protocol: UDP}
status: {podIP: ${ip}}
`;
}

function namespace(name: string): string {
  return `apiVersion: v1\nkind: Namespace\nmetadata: {name: ${name}, labels: {ns: ${name}}}\n`;
}

/** The topology plus `policies` (YAML documents), under `plugin`. */
export function netpolCluster(plugin: CniPlugin, policies: string): string {
  return [
    clusterDocument(plugin),
    ...['x', 'y', 'z'].map(namespace),
    ...Object.entries(POD_IPS).map(([ref, ip]) => pod(ref, ip)),
    policies,
  ].join('---\n');
}

/** A NetworkPolicy document; `spec` is YAML indented by four spaces. */
export function policy(namespace: string, name: string, spec: string): string {
  return `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: ${name}, namespace: ${namespace}}\nspec:\n${spec}\n`;
}

/** Named policy sets, each from an e2e case (plus DNS, endPort and named-port variants). */
export const SCENARIOS: Readonly<Record<string, string>> = {
  'no policies at all': '',
  "should support a 'default-deny-ingress' policy": policy(
    'x',
    'deny-ingress',
    '    podSelector: {}\n    policyTypes: [Ingress]',
  ),
  "should support a 'default-deny-all' policy": policy(
    'x',
    'deny-all',
    '    podSelector: {}\n    policyTypes: [Ingress, Egress]',
  ),
  'should deny ingress from pods on other namespaces': policy(
    'x',
    'deny-other-ns',
    '    podSelector: {}\n    ingress:\n    - from: [{podSelector: {}}]',
  ),
  'should enforce policy to allow ingress traffic from pods in all namespaces': policy(
    'x',
    'allow-from-another-ns',
    '    podSelector: {matchLabels: {pod: a}}\n    ingress:\n    - from: [{namespaceSelector: {}}]',
  ),
  'should enforce policy based on NamespaceSelector with MatchExpressions': policy(
    'x',
    'allow-ns-y',
    '    podSelector: {matchLabels: {pod: a}}\n    ingress:\n    - from:\n      - namespaceSelector: {matchExpressions: [{key: kubernetes.io/metadata.name, operator: In, values: [y]}]}',
  ),
  'should enforce policy based on PodSelector and NamespaceSelector': policy(
    'x',
    'allow-ns-and-pod',
    '    podSelector: {matchLabels: {pod: a}}\n    ingress:\n    - from:\n      - namespaceSelector: {matchExpressions: [{key: kubernetes.io/metadata.name, operator: NotIn, values: [x]}]}\n        podSelector: {matchLabels: {pod: b}}',
  ),
  'should enforce policy based on PodSelector or NamespaceSelector': policy(
    'x',
    'allow-ns-or-pod',
    '    podSelector: {matchLabels: {pod: a}}\n    ingress:\n    - from:\n      - namespaceSelector: {matchExpressions: [{key: kubernetes.io/metadata.name, operator: NotIn, values: [x]}]}\n      - podSelector: {matchLabels: {pod: b}}',
  ),
  'should enforce policy based on PodSelector with MatchExpressions (Exists, DoesNotExist)': policy(
    'y',
    'exists',
    '    podSelector: {matchExpressions: [{key: pod, operator: Exists}]}\n    ingress:\n    - from:\n      - podSelector: {matchExpressions: [{key: pod, operator: NotIn, values: [a, c]}, {key: role, operator: DoesNotExist}]}',
  ),
  'should allow ingress access on one named port': policy(
    'z',
    'allow-named-port',
    '    podSelector: {}\n    ingress:\n    - ports: [{port: serve-80-tcp}]',
  ),
  'should allow egress access on one named port': policy(
    'x',
    'allow-egress-named-port',
    '    podSelector: {matchLabels: {pod: a}}\n    policyTypes: [Egress]\n    egress:\n    - to: [{namespaceSelector: {matchLabels: {ns: z}}}]\n      ports: [{port: serve-80-tcp}, {port: 81}]',
  ),
  'should enforce policy based on Ports': policy(
    'x',
    'allow-port-81',
    '    podSelector: {}\n    ingress:\n    - from: [{namespaceSelector: {}}]\n      ports: [{port: 81, protocol: TCP}]',
  ),
  'should allow ingress to a port range with endPort': policy(
    'y',
    'allow-range',
    '    podSelector: {}\n    ingress:\n    - ports: [{port: 79, endPort: 81, protocol: TCP}, {port: 8000, endPort: 8100}]',
  ),
  'should enforce ingress policy allowing any port traffic to a server on a specific protocol': policy(
    'y',
    'allow-udp',
    '    podSelector: {matchLabels: {pod: b}}\n    ingress:\n    - ports: [{protocol: UDP}]',
  ),
  'should support denying of egress traffic on the client side (even if the server explicitly allows this traffic)':
    [
      policy('x', 'deny-egress-a', '    podSelector: {matchLabels: {pod: a}}\n    policyTypes: [Egress]'),
      policy(
        'y',
        'allow-ingress-b',
        '    podSelector: {matchLabels: {pod: b}}\n    ingress:\n    - from: [{namespaceSelector: {}}]',
      ),
    ].join('---\n'),
  'should enforce egress-only policyTypes without touching ingress': policy(
    'x',
    'egress-only',
    '    podSelector: {}\n    policyTypes: [Egress]\n    egress:\n    - to: [{namespaceSelector: {matchLabels: {ns: y}}}]',
  ),
  'should allow egress access to server in CIDR block': policy(
    'x',
    'allow-cidr',
    `    podSelector: {matchLabels: {pod: a}}\n    policyTypes: [Egress]\n    egress:\n    - to: [{ipBlock: {cidr: ${POD_IPS['y/b'] ?? ''}/32}}]`,
  ),
  'should enforce except clause while egress access to server in CIDR block': policy(
    'x',
    'allow-cidr-except',
    `    podSelector: {matchLabels: {pod: b}}\n    policyTypes: [Egress]\n    egress:\n    - to: [{ipBlock: {cidr: 10.244.0.0/24, except: [${POD_IPS['z/a'] ?? ''}/32, 10.244.0.72/29]}}]\n      ports: [{port: 80}]`,
  ),
  'should allow ingress from an external CIDR block with except': policy(
    'y',
    'allow-external',
    '    podSelector: {}\n    ingress:\n    - from: [{ipBlock: {cidr: 203.0.113.0/24, except: [203.0.113.128/25]}}, {ipBlock: {cidr: 192.168.1.11/32}}]',
  ),
  'default-deny-egress blocks DNS to kube-system CoreDNS on 53 unless allowed': [
    policy('x', 'deny-egress', '    podSelector: {}\n    policyTypes: [Egress]'),
    policy(
      'y',
      'allow-dns',
      '    podSelector: {}\n    policyTypes: [Egress]\n    egress:\n    - to:\n      - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}\n        podSelector: {matchLabels: {k8s-app: kube-dns}}\n      ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]',
    ),
  ].join('---\n'),
  'should enforce multiple, stacked policies with overlapping podSelectors': [
    policy(
      'z',
      'allow-a-from-x',
      '    podSelector: {matchLabels: {pod: a}}\n    ingress:\n    - from: [{namespaceSelector: {matchLabels: {ns: x}}}]',
    ),
    policy(
      'z',
      'allow-all-from-y',
      '    podSelector: {}\n    ingress:\n    - from: [{namespaceSelector: {matchLabels: {ns: y}}}]\n      ports: [{port: 80}]',
    ),
  ].join('---\n'),
};

/** (protocol, port) probes every pair is asked about. */
export const PROBES: readonly { readonly protocol: 'TCP' | 'UDP' | 'ICMP'; readonly port?: number }[] = [
  { protocol: 'TCP', port: 80 },
  { protocol: 'TCP', port: 81 },
  { protocol: 'UDP', port: 80 },
  { protocol: 'TCP', port: 8080 },
  { protocol: 'UDP', port: 53 },
  { protocol: 'TCP', port: 53 },
  { protocol: 'ICMP' },
];
