import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clusterDoc, draws, isLocalOn, podsYaml, serviceYaml, testCluster } from '../testkit.ts';
import { nftBaseChainsAt } from './chains.ts';
import { nftDecider } from './decider.ts';
import { evaluateNftBaseChain, evaluateNftablesHook } from './evaluate.ts';
import type { NftHookContext, NftPacket } from './types.ts';

const t = testCluster(
  clusterDoc({ kubeProxy: '{mode: nftables}' }),
  podsYaml('web', 3, 'worker-1'),
  podsYaml('client', 1, 'worker-1'),
  serviceYaml('web', '10.96.100.10', 'web'),
  serviceYaml(
    'sticky',
    '10.96.100.11',
    'web',
    '  sessionAffinity: ClientIP\n  ports: [{port: 8080, targetPort: 8080}]',
  ),
  serviceYaml('nobody', '10.96.100.12', 'nobody'),
  serviceYaml(
    'api',
    '10.96.100.13',
    'web',
    '  type: NodePort\n  externalTrafficPolicy: Local\n  ports: [{port: 80, targetPort: 8080, nodePort: 30080}]',
  ),
);
const worker = t.node('worker-1');
const master = t.node('master');
const webIPs = t.podIPs('web');
const client = t.podIPs('client')[0] ?? '';

const packet = (dst: string, dport: number, extra: Partial<NftPacket> = {}): NftPacket => ({
  src: client,
  dst,
  protocol: 'tcp',
  sport: 40000,
  dport,
  mark: 0,
  ctState: 'new',
  ...extra,
});
const ctx = (node = worker, ...values: number[]): NftHookContext => ({
  isLocal: isLocalOn(node),
  draw: draws(...(values.length === 0 ? [0] : values)),
});

describe('kube-proxy nftables evaluator', () => {
  it('nftables ClusterIP dnat goes through service-ips vmap and numgen', () => {
    const result = evaluateNftablesHook(worker, 'prerouting', packet('10.96.100.10', 80), ctx(worker, 0.5));
    expect(result.verdict).toBe('accept');
    expect(result.nat).toEqual({ kind: 'dnat', address: webIPs[1], port: 8080 });
    expect(result.packet.dst).toBe(webIPs[1]);
    expect(result.mark).toBe(0);
    // filter-prerouting (dstnat - 10) runs first: `ct state new jump firewall-check`, no firewall element.
    expect(result.chains.map((run) => run.chain.name)).toEqual(['filter-prerouting', 'nat-prerouting']);
    expect(result.hits[0]?.rule).toBe('ip kube-proxy/chain/filter-prerouting/1');
    const nat = result.chains[1]?.hits ?? [];
    const chains = nat.map((hit) => hit.chain);
    expect(chains[0]).toBe('nat-prerouting');
    expect(chains[1]).toBe('services');
    expect(chains[2]).toMatch(/^service-[A-Z2-7]{8}-default\/web\/tcp\/$/);
    expect(chains[3]).toMatch(/^endpoint-[A-Z2-7]{8}-default\/web\/tcp\/__/);
    expect(nat[1]?.elements).toEqual(['ip kube-proxy/map/service-ips/10.96.100.10 . tcp . 80']);
    expect(nat[2]?.numgen).toEqual({ index: 1, of: 3 });
    expect(result.decidedBy?.effect).toBe('dnat');
    expect(result.decidedBy?.text).toBe(`meta l4proto tcp dnat to ${webIPs[1]}:8080`);
    expect(result.decidedBy?.path).toEqual(['nat-prerouting', 'services', chains[2], chains[3]]);
    const decider = nftDecider(result);
    expect(decider?.view).toBe('nft');
    expect(decider?.refs).toContain('ip kube-proxy/chain/services/1');
    expect(decider?.refs).toContain('ip kube-proxy/map/service-ips/10.96.100.10 . tcp . 80');
  });

  it('nftables traffic to a ClusterIP on an undefined port is rejected by cluster-ips-check', () => {
    const result = evaluateNftablesHook(worker, 'forward', packet('10.96.100.10', 81), ctx());
    expect(result.verdict).toBe('reject');
    expect(result.decidedBy?.rule).toBe('ip kube-proxy/chain/cluster-ips-check/1');
    expect(result.decidedBy?.elements).toEqual(['ip kube-proxy/set/cluster-ips/10.96.100.10']);
    expect(result.decidedBy?.path).toEqual(['filter-forward', 'cluster-ips-check']);
  });

  it('nftables packet to an unallocated cluster IP is dropped', () => {
    const result = evaluateNftablesHook(worker, 'forward', packet('10.96.200.200', 80), ctx());
    expect(result.verdict).toBe('drop');
    expect(result.decidedBy?.rule).toBe('ip kube-proxy/chain/cluster-ips-check/2');
  });

  it('nftables service without endpoints is rejected through no-endpoint-services and reject-chain', () => {
    const result = evaluateNftablesHook(worker, 'forward', packet('10.96.100.12', 80), ctx());
    expect(result.verdict).toBe('reject');
    expect(result.hits.map((hit) => hit.rule)).toEqual([
      'ip kube-proxy/chain/filter-forward/1',
      'ip kube-proxy/chain/service-endpoints-check/1',
      'ip kube-proxy/chain/reject-chain/1',
    ]);
    expect(result.hits[1]?.elements).toEqual([
      'ip kube-proxy/map/no-endpoint-services/10.96.100.12 . tcp . 80',
    ]);
  });

  it('nftables established packets skip the nat chains and pass the ct state new filters', () => {
    const result = evaluateNftablesHook(
      worker,
      'prerouting',
      packet('10.96.100.10', 80, { ctState: 'established' }),
      ctx(),
    );
    expect(result.verdict).toBe('continue');
    expect(result.nat).toBeUndefined();
    expect(result.chains.find((run) => run.chain.name === 'nat-prerouting')?.skipped).toBe(true);
  });

  it('nftables host traffic to a ClusterIP is marked in nat-output and masqueraded in nat-postrouting', () => {
    const out = evaluateNftablesHook(
      worker,
      'output',
      packet('10.96.100.10', 80, { src: '192.168.1.11' }),
      ctx(),
    );
    expect(out.mark).toBe(0x4000);
    expect(out.nat?.kind).toBe('dnat');
    const post = evaluateNftablesHook(worker, 'postrouting', out.packet, ctx());
    expect(post.nat).toEqual({ kind: 'masquerade', fullyRandom: true });
    expect(post.mark).toBe(0);
    expect(post.decidedBy?.rule).toBe('ip kube-proxy/chain/masquerading/3');
  });

  it('nftables runs the output base chains in priority order', () => {
    const chains = nftBaseChainsAt(worker, 'OUTPUT');
    expect(chains.map((c) => [c.name, c.priority])).toEqual([
      ['filter-output', -110],
      ['nat-output', -100],
      ['filter-output-post-dnat', -90],
    ]);
    expect(chains.every((c) => c.iptablesHook === 'OUTPUT')).toBe(true);
  });

  it('nftables ClientIP affinity records the client and then sticks to its endpoint', () => {
    const first = evaluateNftablesHook(worker, 'prerouting', packet('10.96.100.11', 8080), ctx(worker, 0.9));
    const update = first.setUpdates[0];
    expect(update?.address).toBe(client);
    expect(update?.set).toMatch(/^affinity-/);
    const remembered = new Set([`${update?.set}|${client}`]);
    const second = evaluateNftablesHook(worker, 'prerouting', packet('10.96.100.11', 8080), {
      isLocal: isLocalOn(worker),
      draw: () => 0,
      dynamicSetContains: (set, ip) => remembered.has(`${set}|${ip}`),
    });
    expect(second.nat).toEqual(first.nat);
    expect(second.hits.some((hit) => hit.numgen !== undefined)).toBe(false);
  });

  it('nftables NodePort with externalTrafficPolicy Local dnats on a node with endpoints', () => {
    const result = evaluateNftablesHook(
      worker,
      'prerouting',
      packet('192.168.1.11', 30080, { src: '203.0.113.7' }),
      ctx(),
    );
    expect(result.nat?.kind).toBe('dnat');
    const nat = result.chains.find((run) => run.chain.name === 'nat-prerouting')?.hits ?? [];
    expect(nat[1]?.rule).toBe('ip kube-proxy/chain/services/2');
    expect(nat[1]?.elements).toEqual(['ip kube-proxy/map/service-nodeports/tcp . 30080']);
  });

  it('nftables NodePort with externalTrafficPolicy Local is dropped on a node without endpoints', () => {
    const pre = evaluateNftablesHook(
      master,
      'prerouting',
      packet('192.168.1.10', 30080, { src: '203.0.113.7' }),
      ctx(master),
    );
    expect(pre.nat).toBeUndefined();
    const input = evaluateNftablesHook(master, 'input', pre.packet, ctx(master));
    expect(input.verdict).toBe('drop');
    expect(input.decidedBy?.rule).toBe('ip kube-proxy/chain/nodeport-endpoints-check/1');
  });

  it('nftables ICMP to a ClusterIP matches no port element and is rejected at cluster-ips-check', () => {
    const icmp: NftPacket = { src: client, dst: '10.96.100.10', protocol: 'icmp', mark: 0, ctState: 'new' };
    expect(evaluateNftablesHook(worker, 'prerouting', icmp, ctx()).nat).toBeUndefined();
    expect(evaluateNftablesHook(worker, 'forward', icmp, ctx()).verdict).toBe('reject');
  });

  it('nftables base chain evaluation by name matches the hook evaluation', () => {
    const chain = evaluateNftBaseChain(worker, 'nat-prerouting', packet('10.96.100.10', 80), ctx(worker, 0));
    expect(chain.nat).toEqual({ kind: 'dnat', address: webIPs[0], port: 8080 });
    expect(() => evaluateNftBaseChain(worker, 'no-such-chain', packet('10.96.100.10', 80), ctx())).toThrow();
  });

  it('nftables numgen always lands on one of the endpoints, whatever the draw', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (draw) => {
        const result = evaluateNftablesHook(
          worker,
          'prerouting',
          packet('10.96.100.10', 80),
          ctx(worker, draw),
        );
        return result.nat?.kind === 'dnat' && webIPs.includes(result.nat.address);
      }),
    );
  });
});

describe('kube-proxy nftables evaluator and NAT bindings', () => {
  it('nftables nat chains are not consulted once an earlier nat table bound the NAT', () => {
    const result = evaluateNftablesHook(worker, 'prerouting', packet('10.96.100.10', 80), {
      ...ctx(),
      natBound: true,
    });
    expect(result.nat).toBeUndefined();
    expect(result.chains.find((run) => run.chain.name === 'nat-prerouting')?.skipped).toBe(true);
  });
});

describe('kube-proxy nftables evaluator for LoadBalancer source ranges', () => {
  const lb = testCluster(
    clusterDoc({ kubeProxy: '{mode: nftables}' }),
    podsYaml('front', 1, 'worker-1'),
    `${serviceYaml(
      'front',
      '10.96.100.14',
      'front',
      '  type: LoadBalancer\n  loadBalancerSourceRanges: [203.0.113.0/24]\n  ports: [{port: 443, targetPort: 8080, nodePort: 30443}]',
    )}
status:
  loadBalancer: {ingress: [{ip: 198.51.100.10}]}`,
  );
  const node = lb.node('worker-1');
  const from = (src: string): NftPacket => packet('198.51.100.10', 443, { src });

  it('nftables LoadBalancer traffic from outside loadBalancerSourceRanges is dropped by the firewall chain', () => {
    const result = evaluateNftablesHook(node, 'prerouting', from('192.0.2.9'), ctx(node));
    expect(result.verdict).toBe('drop');
    expect(result.decidedBy?.chain).toMatch(/^firewall-[A-Z2-7]{8}-default\/front\/tcp\/$/);
    expect(result.hits[1]?.elements).toEqual(['ip kube-proxy/map/firewall-ips/198.51.100.10 . tcp . 443']);
  });

  it('nftables LoadBalancer traffic from an allowed source is masqueraded and dnatted', () => {
    const result = evaluateNftablesHook(node, 'prerouting', from('203.0.113.7'), ctx(node));
    expect(result.verdict).toBe('accept');
    expect(result.nat).toEqual({ kind: 'dnat', address: lb.podIPs('front')[0], port: 8080 });
    expect(result.mark).toBe(0x4000);
  });
});
