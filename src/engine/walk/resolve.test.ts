import { describe, expect, it } from 'vitest';
import { stepsOf, walkIn } from './testkit.ts';

const SEED = 'scenarios/cross-node-service';
const INGRESS = 'engine/walk/__fixtures__/ingress';

describe('trace: DNS and Ingress', () => {
  it('a Service name is resolved by walking the query to CoreDNS, then connected to', () => {
    const t = walkIn(SEED, 'client', 'web:80');
    expect(t.verdict).toBe('delivered');
    const first = t.dns[0];
    expect(first).toMatchObject({
      name: 'web.default.svc.cluster.local.',
      type: 'A',
      rcode: 'NOERROR',
      server: '10.96.0.10',
    });
    expect(first?.answers).toEqual(['10.103.58.83']);
    expect(first?.answeredBy).toMatch(/^kube-system\/coredns-/);
    // The query itself was DNATed from the kube-dns ClusterIP to a CoreDNS pod, and answered back from 10.96.0.10.
    expect(
      first?.steps.some((s) => s.kind === 'netfilter' && s.changed.includes('dst') && s.packet.dport === 53),
    ).toBe(true);
    expect(first?.steps.some((s) => s.kind === 'dns-answer')).toBe(true);
    expect(first?.steps.at(-1)?.packet).toMatchObject({ src: '10.96.0.10', sport: 53 });
    expect(t.steps[0]?.packet.dst).toBe('10.103.58.83');
  });

  it('a name that exists nowhere fails after the whole search list', () => {
    const t = walkIn(SEED, 'client', 'nothere:80');
    expect(t.verdict).toBe('dns-failure');
    expect(t.dns.map((q) => q.rcode)).toContain('NXDOMAIN');
    expect(t.steps).toEqual([]);
  });

  it('external to an Ingress URL: the cloud load balancer, the controller pod, then the upstream connection', () => {
    const t = walkIn(INGRESS, 'external', 'http://shop.example.com/cart');
    expect(t.verdict).toBe('delivered');
    expect(stepsOf(t.steps, 'load-balancer')).toHaveLength(1);
    expect(t.destination?.pod).toMatch(/^ingress-nginx\/ingress-nginx-controller-/);
    expect(t.steps[0]?.packet.payload).toMatchObject({
      kind: 'http',
      host: 'shop.example.com',
      path: '/cart',
    });
    expect(t.upstream?.verdict).toBe('delivered');
    expect(t.upstream?.destination?.pod).toMatch(/^default\/web-/);
  });
});
