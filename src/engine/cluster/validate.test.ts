import { describe, expect, it } from 'vitest';
import { build, deployment, diagnostics } from './testkit.ts';

const CLUSTER = (spec: string): string =>
  `apiVersion: packetwalk.dev/v1alpha1\nkind: Cluster\nmetadata: {name: lab}\nspec: ${spec}\n---\n`;
const POLICY =
  'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny-all}\nspec: {podSelector: {}, policyTypes: [Ingress]}\n';

describe('network overlaps', () => {
  it('Pod and Service networks that overlap: PW104 names both ranges', () => {
    const c = build(CLUSTER('{podCIDR: 10.96.0.0/16, serviceCIDR: 10.96.0.0/12}'));
    expect(diagnostics(c, 'PW104').map((d) => [d.severity, d.params, d.line])).toEqual([
      ['error', { podCIDR: '10.96.0.0/16', serviceCIDR: '10.96.0.0/12' }, 4],
    ]);
  });

  it("the Pod network over the node network: PW105 (Calico's 192.168.0.0/16 on the seed nodes)", () => {
    const c = build(CLUSTER('{podCIDR: 192.168.0.0/16, cni: {plugin: calico}}'));
    expect(diagnostics(c, 'PW105')[0]?.params).toEqual({
      podCIDR: '192.168.0.0/16',
      nodeNetwork: '192.168.1.0/24',
    });
  });

  it('the Service network over the node network: PW106', () => {
    const c = build(CLUSTER('{serviceCIDR: 192.168.0.0/16}'));
    expect(diagnostics(c, 'PW106')[0]?.params).toEqual({
      serviceCIDR: '192.168.0.0/16',
      nodeNetwork: '192.168.1.0/24',
    });
  });

  it('the defaults do not overlap', () => {
    expect(build('').diagnostics).toEqual([]);
  });
});

describe('duplicate addresses', () => {
  it('two pods reporting one IP: PW109', () => {
    const pod = (name: string): string =>
      `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec: {nodeName: worker-1, containers: [{name: c, image: x}]}\nstatus: {podIP: 10.244.1.9}\n---\n`;
    const c = build(pod('a') + pod('b'));
    expect(diagnostics(c, 'PW109').map((d) => d.params)).toEqual([
      { ip: '10.244.1.9', first: 'Pod default/a', second: 'Pod default/b' },
    ]);
  });

  it('a node address reused by a Service load balancer: PW109', () => {
    const c = build(
      'apiVersion: v1\nkind: Service\nmetadata: {name: lb}\nspec: {type: LoadBalancer, ports: [{port: 80}]}\nstatus: {loadBalancer: {ingress: [{ip: 192.168.1.11}]}}\n',
    );
    expect(diagnostics(c, 'PW109')[0]?.params).toEqual({
      ip: '192.168.1.11',
      first: 'Node worker-1',
      second: 'Service default/lb (load balancer)',
    });
  });

  it('two nodes with one name: PW135, the second ignored', () => {
    const c = build(CLUSTER('{nodes: [{name: a, ip: 10.0.0.1}, {name: a, ip: 10.0.0.2}]}'));
    expect(c.nodes.map((n) => n.internalIP)).toEqual(['10.0.0.1']);
    expect(diagnostics(c, 'PW135')[0]?.params).toEqual({ node: 'a' });
  });
});

describe('NetworkPolicy and the CNI', () => {
  it('under Flannel every NetworkPolicy is PW118: accepted, never enforced', () => {
    const c = build(POLICY);
    expect(diagnostics(c, 'PW118').map((d) => [d.severity, d.params])).toEqual([
      ['warning', { name: 'default/deny-all', cni: 'flannel' }],
    ]);
    expect(c.networkPolicies.map((p) => [p.ref, p.spec.policyTypes])).toEqual([
      ['default/deny-all', ['Ingress']],
    ]);
    expect(c.settings.enforcesNetworkPolicy).toBe(false);
  });

  it.each(['calico', 'cilium', 'canal', 'weave'])(
    'under %s NetworkPolicy is enforced (no PW118)',
    (plugin) => {
      const c = build(CLUSTER(`{cni: {plugin: ${plugin}}}`) + POLICY);
      expect(diagnostics(c, 'PW118')).toEqual([]);
      expect(c.settings.enforcesNetworkPolicy).toBe(true);
    },
  );
});

describe('Node objects', () => {
  it('a Node without an InternalIP gets the next free seed address (PW133)', () => {
    const c = build('apiVersion: v1\nkind: Node\nmetadata: {name: lonely}\n');
    expect(c.nodes.map((n) => [n.name, n.internalIP, n.role])).toEqual([
      ['lonely', '192.168.1.10', 'worker'],
    ]);
    expect(diagnostics(c, 'PW133')[0]?.params).toEqual({ node: 'lonely', ip: '192.168.1.10' });
  });

  it("the Cluster document's nodes win over Node objects (PW102)", () => {
    const c = build(
      CLUSTER('{nodes: [{name: a, ip: 10.0.0.1}]}') +
        'apiVersion: v1\nkind: Node\nmetadata: {name: b}\nstatus: {addresses: [{type: InternalIP, address: 10.0.0.2}]}\n---\n' +
        deployment('web'),
    );
    expect(c.nodes.map((n) => n.name)).toEqual(['a']);
    expect(diagnostics(c, 'PW102')[0]?.params).toMatchObject({
      setting: 'nodes',
      winner: 'Cluster/lab',
      other: 'Node objects',
    });
  });
});
