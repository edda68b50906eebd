import { describe, expect, it } from 'vitest';
import { build, deployment, diagnostics, pod, podsOf } from './testkit.ts';

const cluster = (spec: string): string => `apiVersion: packetwalk.dev/v1alpha1
kind: Cluster
metadata: {name: lab}
spec:
${spec
  .split('\n')
  .map((l) => `  ${l}`)
  .join('\n')}
---
`;

const ips = (c: ReturnType<typeof build>, prefix: string): string[] =>
  podsOf(c, 'default', prefix)
    .map((p) => p.ip ?? '-')
    .sort((a, b) => Number(a.split('.')[3]) - Number(b.split('.')[3]));

describe('pod subnets', () => {
  it('explicit node podCIDRs are honoured; the rest get the next free /24 in node order', () => {
    const c = build(
      cluster(`nodes:
- {name: a, ip: 10.0.0.1, role: control-plane}
- {name: b, ip: 10.0.0.2, podCIDR: 10.244.0.0/24}
- {name: c, ip: 10.0.0.3}`),
    );
    expect(c.nodes.map((n) => [n.name, n.podCIDR])).toEqual([
      ['a', '10.244.1.0/24'],
      ['b', '10.244.0.0/24'],
      ['c', '10.244.2.0/24'],
    ]);
  });

  it('a node podCIDR outside the Pod network is PW123; two nodes on one range is PW125', () => {
    const c = build(
      cluster(`nodes:
- {name: a, ip: 10.0.0.1, podCIDR: 10.99.0.0/24}
- {name: b, ip: 10.0.0.2, podCIDR: 10.244.5.0/24}
- {name: c, ip: 10.0.0.3, podCIDR: 10.244.5.0/24}`),
    );
    expect(diagnostics(c, 'PW123')[0]?.params).toEqual({
      node: 'a',
      cidr: '10.99.0.0/24',
      podCIDR: '10.244.0.0/16',
    });
    expect(diagnostics(c, 'PW125')[0]?.params).toEqual({ node: 'c', cidr: '10.244.5.0/24', other: 'b' });
  });

  it('a Pod network too small for every node leaves the last without a range (PW124) and its pods without IPs', () => {
    const c = build(
      cluster(`podCIDR: 10.244.0.0/24
nodes:
- {name: a, ip: 10.0.0.1}
- {name: b, ip: 10.0.0.2}`) +
        deployment('web', { replicas: 2, extraSpec: '      nodeSelector: {kubernetes.io/hostname: b}\n' }),
    );
    expect(c.nodes.map((n) => n.podCIDRs)).toEqual([['10.244.0.0/24'], []]);
    expect(diagnostics(c, 'PW124')[0]?.params).toEqual({ node: 'b', podCIDR: '10.244.0.0/24' });
    expect(podsOf(c, 'default', 'web-').map((p) => p.ip)).toEqual([undefined, undefined]);
    // Both web pods, and the CoreDNS replica spread onto b (there is no control plane here to hold both).
    expect(
      diagnostics(c, 'PW112')
        .map((d) => String(d.params['pod']).replace(/-[^/]*$/, ''))
        .sort(),
    ).toEqual(['default/web', 'default/web', 'kube-system/coredns']);
  });
});

describe('pod IPs', () => {
  it('Flannel (host-local) starts at .2: .0 is flannel.1, .1 is the cni0 bridge', () => {
    const c = build(deployment('web', { replicas: 3 }));
    expect(ips(c, 'web-')).toEqual(['10.244.1.2', '10.244.1.3', '10.244.1.4']);
    expect(c.nodes[1]?.cniAddresses).toEqual({ bridge: '10.244.1.1', tunnel: '10.244.1.0' });
  });

  it('Flannel host-gw has a bridge but no tunnel address', () => {
    const c = build(cluster('cni: {plugin: flannel, mode: host-gw}') + deployment('web'));
    expect(c.nodes[1]?.cniAddresses).toEqual({ bridge: '10.244.1.1' });
    expect(ips(c, 'web-')).toEqual(['10.244.1.2']);
  });

  it('status.podIP is honoured and never handed out again', () => {
    const c = build(`${deployment('web', { replicas: 2 })}---
apiVersion: v1
kind: Pod
metadata: {name: fixed}
spec: {nodeName: worker-1, containers: [{name: c, image: x}]}
status: {phase: Running, podIP: 10.244.1.2}
`);
    expect(pod(c, 'default/fixed').ip).toBe('10.244.1.2');
    expect(pod(c, 'default/fixed').ipSource).toBe('status');
    expect(ips(c, 'web-')).toEqual(['10.244.1.3', '10.244.1.4']);
  });

  it("a status.podIP outside the node's range is honoured with PW126", () => {
    const c = build(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: odd}\nspec: {nodeName: worker-1, containers: [{name: c, image: x}]}\nstatus: {podIP: 10.244.7.7}\n',
    );
    expect(pod(c, 'default/odd').ip).toBe('10.244.7.7');
    expect(diagnostics(c, 'PW126')[0]?.params).toEqual({
      pod: 'default/odd',
      ip: '10.244.7.7',
      node: 'worker-1',
      cidr: '10.244.1.0/24',
    });
  });

  it('a pod reported Pending without an IP keeps no IP', () => {
    const c = build(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: waiting}\nspec: {nodeName: worker-1, containers: [{name: c, image: x}]}\nstatus: {phase: Pending}\n',
    );
    expect([pod(c, 'default/waiting').ip, pod(c, 'default/waiting').ready]).toEqual([undefined, false]);
  });

  it("Calico takes /26 blocks from its pool in node order; in IPIP mode the tunnel holds the block's first address", () => {
    const c = build(
      cluster('cni: {plugin: calico, mode: ipip}\npodCIDR: 10.244.0.0/16') +
        deployment('web', { replicas: 2 }),
    );
    expect(c.nodes.map((n) => [n.podCIDRs, n.cniAddresses])).toEqual([
      [['10.244.0.0/26'], { tunnel: '10.244.0.0' }],
      [['10.244.0.64/26'], { tunnel: '10.244.0.64' }],
    ]);
    expect(ips(c, 'web-')).toEqual(['10.244.0.65', '10.244.0.66']);
    expect(
      podsOf(c, 'kube-system', 'coredns-')
        .map((p) => p.ip)
        .sort(),
    ).toEqual(['10.244.0.1', '10.244.0.2']);
  });

  it('Calico in BGP mode has no tunnel and uses every address of the block', () => {
    const c = build(cluster('cni: {plugin: calico, mode: bgp}') + deployment('web'));
    expect(ips(c, 'web-')).toEqual(['10.244.0.64']);
  });

  it('a full Calico block makes the node claim the next free one', () => {
    const c = build(cluster('cni: {plugin: calico, mode: vxlan}') + deployment('web', { replicas: 70 }));
    expect(c.nodes[1]?.podCIDRs).toEqual(['10.244.0.64/26', '10.244.0.128/26']);
    expect(podsOf(c, 'default', 'web-').every((p) => p.ip !== undefined)).toBe(true);
  });

  it("Cilium's cilium_host router takes .1, pods start at .2", () => {
    const c = build(cluster('cni: {plugin: cilium, mode: vxlan}') + deployment('web'));
    expect(c.nodes[1]?.cniAddresses).toEqual({ router: '10.244.1.1' });
    expect(ips(c, 'web-')).toEqual(['10.244.1.2']);
  });

  it('a node range with no address left is PW112 for the pods that do not fit', () => {
    const c = build(
      cluster(`podCIDR: 10.244.0.0/16
nodes:
- {name: only, ip: 10.0.0.1, podCIDR: 10.244.9.0/29}`) + deployment('web', { replicas: 6 }),
    );
    // /29: .0 network, .1 bridge, .7 broadcast; .2-.6 for pods, CoreDNS takes two of them.
    expect(podsOf(c, 'default', 'web-').filter((p) => p.ip !== undefined)).toHaveLength(3);
    expect(diagnostics(c, 'PW112')).toHaveLength(3);
  });
});
