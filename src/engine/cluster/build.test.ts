import { describe, expect, it } from 'vitest';
import { loadManifests } from '../manifest/load.ts';
import { buildCluster } from './build.ts';
import { build, codes, deployment, endpointsOf, pod, podsOf, service } from './testkit.ts';

const WEB = `${deployment('web', { replicas: 3, ports: '[{name: http, containerPort: 8080}]' })}---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: http}]
`;

describe('the seed topology with no Cluster document', () => {
  const c = build(WEB);

  it('has a control-plane node and a worker on 192.168.1.0/24', () => {
    expect(c.nodes.map((n) => [n.name, n.role, n.internalIP, n.podCIDR])).toEqual([
      ['master', 'control-plane', '192.168.1.10', '10.244.0.0/24'],
      ['worker-1', 'worker', '192.168.1.11', '10.244.1.0/24'],
    ]);
    expect(c.settings.nodeNetworks).toEqual(['192.168.1.0/24']);
  });

  it('uses the kubeadm defaults: Service 10.96.0.0/12, Pod 10.244.0.0/16, Flannel VXLAN, kube-proxy iptables, cluster.local', () => {
    const s = c.settings;
    expect([s.serviceCIDR, s.podCIDR, s.clusterDomain, s.cni, s.kubeProxy.mode]).toEqual([
      '10.96.0.0/12',
      '10.244.0.0/16',
      'cluster.local',
      { plugin: 'flannel', mode: 'vxlan' },
      'iptables',
    ]);
    expect(s.nodePortRange).toEqual({ min: 30000, max: 32767 });
    expect(Object.values(s.sources).every((v) => v === 'default')).toBe(true);
  });

  it('gives kubernetes 10.96.0.1 and kube-dns 10.96.0.10', () => {
    expect(service(c, 'default/kubernetes').clusterIP).toBe('10.96.0.1');
    expect(service(c, 'kube-system/kube-dns').clusterIP).toBe('10.96.0.10');
    expect(c.settings.dnsServiceIP).toBe('10.96.0.10');
  });

  it('runs both CoreDNS replicas on the control plane at 10.244.0.2 and 10.244.0.3, as after kubeadm init', () => {
    const dns = podsOf(c, 'kube-system', 'coredns-');
    expect(dns.map((p) => [p.node, p.ip]).sort()).toEqual([
      ['master', '10.244.0.2'],
      ['master', '10.244.0.3'],
    ]);
  });

  it('puts user pods on the worker from 10.244.1.2 upward, in replica order', () => {
    const web = [...podsOf(c, 'default', 'web-')].sort((a, b) => (a.ip ?? '').localeCompare(b.ip ?? ''));
    expect(web.map((p) => [p.node, p.ip])).toEqual([
      ['worker-1', '10.244.1.2'],
      ['worker-1', '10.244.1.3'],
      ['worker-1', '10.244.1.4'],
    ]);
  });

  it('resolves the named targetPort to 8080 for every ready endpoint', () => {
    expect(endpointsOf(c, 'default/web')).toEqual([
      '10.244.1.2:8080/TCP',
      '10.244.1.3:8080/TCP',
      '10.244.1.4:8080/TCP',
    ]);
  });

  it('reports nothing', () => {
    expect(c.diagnostics).toEqual([]);
  });
});

describe('determinism', () => {
  const docs = [
    deployment('web', { replicas: 2 }),
    deployment('api', { replicas: 3, namespace: 'shop' }),
    'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {selector: {app: web}, ports: [{port: 80}]}\n',
    'apiVersion: v1\nkind: Service\nmetadata: {name: api, namespace: shop}\nspec: {type: NodePort, selector: {app: api}, ports: [{port: 80}]}\n',
    'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\nspec:\n  serviceName: db\n  replicas: 2\n  selector: {matchLabels: {app: db}}\n  template:\n    metadata: {labels: {app: db}}\n    spec: {containers: [{name: db, image: postgres}]}\n',
    'apiVersion: v1\nkind: Service\nmetadata: {name: db}\nspec: {clusterIP: None, selector: {app: db}, ports: [{name: pg, port: 5432}]}\n',
    'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: web}\nspec: {rules: [{host: a.example, http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}}]}\n',
  ];
  // A fixed permutation of the documents (and of the files): no Math.random in tests either.
  const order = [4, 1, 6, 0, 3, 5, 2];

  it('builds the same cluster, byte for byte, from the same documents in another file order', () => {
    const asFiles = (idx: readonly number[]) =>
      idx.map((i) => ({ name: `doc-${i}.yaml`, text: docs[i] ?? '' }));
    const a = buildCluster(loadManifests(asFiles(docs.map((_, i) => i))));
    const b = buildCluster(loadManifests(asFiles(order)));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('builds the same cluster (apart from source positions) from shuffled documents in one file', () => {
    const strip = (value: unknown): unknown =>
      JSON.parse(
        JSON.stringify(value, (key, v: unknown) =>
          key === 'origin' || key === 'diagnostics' ? undefined : v,
        ),
      );
    const a = buildCluster(loadManifests([{ name: 'a.yaml', text: docs.join('---\n') }]));
    const b = buildCluster(
      loadManifests([{ name: 'a.yaml', text: order.map((i) => docs[i]).join('---\n') }]),
    );
    expect(strip(b)).toEqual(strip(a));
    expect(b.diagnostics.map((d) => d.code)).toEqual(a.diagnostics.map((d) => d.code));
  });

  it('does not renumber existing Services when another is added', () => {
    const before = build(docs.join('---\n'));
    const after = build(
      [
        ...docs,
        'apiVersion: v1\nkind: Service\nmetadata: {name: extra}\nspec: {selector: {app: x}, ports: [{port: 1}]}\n',
      ].join('---\n'),
    );
    expect(service(after, 'default/web').clusterIP).toBe(service(before, 'default/web').clusterIP);
    expect(service(after, 'shop/api').ports[0]?.nodePort).toBe(
      service(before, 'shop/api').ports[0]?.nodePort,
    );
  });
});

describe('a kubectl get -o yaml List with status fields', () => {
  const c = build(`apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Node
  metadata:
    name: cp
    labels: {node-role.kubernetes.io/control-plane: ""}
  spec:
    podCIDR: 10.244.0.0/24
    taints: [{key: node-role.kubernetes.io/control-plane, effect: NoSchedule}]
  status: {addresses: [{type: InternalIP, address: 172.18.0.2}, {type: Hostname, address: cp}]}
- apiVersion: v1
  kind: Node
  metadata: {name: w1}
  spec: {podCIDR: 10.244.2.0/24}
  status: {addresses: [{type: InternalIP, address: 172.18.0.3}]}
- apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web, namespace: default}
  spec:
    replicas: 2
    selector: {matchLabels: {app: web}}
    template:
      metadata: {labels: {app: web}}
      spec: {containers: [{name: web, image: nginx, ports: [{containerPort: 80}]}]}
- apiVersion: apps/v1
  kind: ReplicaSet
  metadata:
    name: web-7d4b9c
    namespace: default
    ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: web, uid: u1, controller: true}]
  spec:
    replicas: 2
    selector: {matchLabels: {app: web, pod-template-hash: 7d4b9c}}
    template:
      metadata: {labels: {app: web, pod-template-hash: 7d4b9c}}
      spec: {containers: [{name: web, image: nginx}]}
- apiVersion: v1
  kind: Pod
  metadata:
    name: web-7d4b9c-aaaaa
    namespace: default
    labels: {app: web, pod-template-hash: 7d4b9c}
    ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web-7d4b9c, uid: u2, controller: true}]
  spec: {nodeName: w1, containers: [{name: web, image: nginx, ports: [{containerPort: 80}]}]}
  status:
    phase: Running
    hostIP: 172.18.0.3
    podIP: 10.244.2.7
    conditions: [{type: Ready, status: "True"}]
- apiVersion: v1
  kind: Pod
  metadata:
    name: web-7d4b9c-bbbbb
    namespace: default
    labels: {app: web, pod-template-hash: 7d4b9c}
    ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web-7d4b9c, uid: u2, controller: true}]
  spec: {nodeName: w1, containers: [{name: web, image: nginx, ports: [{containerPort: 80}]}]}
  status:
    phase: Running
    hostIP: 172.18.0.3
    podIP: 10.244.2.9
    conditions: [{type: Ready, status: "False"}]
- apiVersion: v1
  kind: Service
  metadata: {name: web, namespace: default}
  spec: {type: NodePort, clusterIP: 10.96.45.3, selector: {app: web}, ports: [{port: 80, targetPort: 80, nodePort: 30080}]}
- apiVersion: v1
  kind: Service
  metadata: {name: lb, namespace: default}
  spec: {type: LoadBalancer, clusterIP: 10.96.45.4, selector: {app: web}, ports: [{port: 80, nodePort: 30081}]}
  status: {loadBalancer: {ingress: [{ip: 34.120.1.2}]}}
`);

  it('takes the nodes, their addresses and pod CIDRs from the Node objects, control plane first', () => {
    expect(c.nodes.map((n) => [n.name, n.role, n.internalIP, n.podCIDR, n.taints.length])).toEqual([
      ['cp', 'control-plane', '172.18.0.2', '10.244.0.0/24', 1],
      ['w1', 'worker', '172.18.0.3', '10.244.2.0/24', 0],
    ]);
    expect(c.settings.sources.nodes).toBe('node-objects');
  });

  it('keeps the pods it lists and creates no more for the Deployment or ReplicaSet', () => {
    expect(podsOf(c, 'default', 'web-').map((p) => [p.name, p.node, p.ip, p.ipSource, p.ready])).toEqual([
      ['web-7d4b9c-aaaaa', 'w1', '10.244.2.7', 'status', true],
      ['web-7d4b9c-bbbbb', 'w1', '10.244.2.9', 'status', false],
    ]);
    expect(pod(c, 'default/web-7d4b9c-aaaaa').workload).toEqual({ kind: 'Deployment', name: 'web' });
  });

  it('honours the explicit clusterIP, nodePort and load-balancer ingress', () => {
    expect(service(c, 'default/web').clusterIP).toBe('10.96.45.3');
    expect(service(c, 'default/web').ports[0]?.nodePort).toBe(30080);
    expect(service(c, 'default/lb').loadBalancerIPs).toEqual(['34.120.1.2']);
    expect(c.loadBalancers[0]?.ipSource).toBe('status');
  });

  it('publishes only the Ready pod as a ready endpoint, the other as not ready', () => {
    expect(endpointsOf(c, 'default/web')).toEqual(['10.244.2.7:80/TCP']);
    const all = c.endpointSlices.filter((s) => s.service === 'default/web').flatMap((s) => s.endpoints);
    expect(all.map((e) => [e.addresses[0], e.conditions.ready, e.conditions.serving, e.nodeName])).toEqual([
      ['10.244.2.7', true, true, 'w1'],
      ['10.244.2.9', false, false, 'w1'],
    ]);
  });

  it('still adds CoreDNS, scheduled onto the control plane it tolerates', () => {
    expect(
      podsOf(c, 'kube-system', 'coredns-')
        .map((p) => [p.node, p.ip])
        .sort(),
    ).toEqual([
      ['cp', '10.244.0.2'],
      ['cp', '10.244.0.3'],
    ]);
    expect(codes(c).filter((x) => x !== 'PW119')).toEqual([]);
  });
});
