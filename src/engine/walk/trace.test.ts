import { describe, expect, it } from 'vitest';
import { stepsOf, walkIn } from './testkit.ts';

const FLANNEL = 'scenarios/cross-node-service';
const CALICO = 'scenarios/calico-policy';
const NODEPORT = 'engine/walk/__fixtures__/nodeport';

describe('trace: Services end to end (kube-proxy iptables)', () => {
  it('pod to ClusterIP on another node (Flannel VXLAN)', () => {
    const t = walkIn(FLANNEL, 'client', 'svc/default/web:80');
    expect(t.verdict).toBe('delivered');
    expect(t.destination?.pod).toMatch(/^default\/web-/);
    expect(t.destination?.port).toBe(8080);
    const dnat = t.steps.find((s) => s.kind === 'netfilter' && s.changed.includes('dst'));
    expect(dnat?.at).toMatchObject({ node: 'worker-1', hook: 'PREROUTING', table: 'nat' });
    expect(dnat?.decider?.path?.slice(0, 3)).toEqual([
      'PREROUTING',
      'KUBE-SERVICES',
      expect.stringMatching(/^KUBE-SVC-/),
    ]);
    expect(dnat?.decider?.text).toMatch(/-j DNAT --to-destination 10\.244\.2\.\d:8080/);
    const encap = stepsOf(t.steps, 'encap')[0];
    expect(encap?.packet.outer).toMatchObject({
      src: '192.168.1.11',
      dst: '192.168.1.12',
      dport: 8472,
      vni: 1,
      protocol: 'udp',
    });
    expect(encap?.decider?.refs[0]).toMatch(/^fdb:host:\d+$/);
    expect(stepsOf(t.steps, 'decap')[0]?.at.node).toBe('worker-2');
    const last = t.steps[t.steps.length - 1];
    expect(last?.kind).toBe('deliver');
    expect(last?.packet).toMatchObject({ src: '10.244.1.2', dst: t.destination?.ip, dport: 8080, ttl: 62 });
    expect(last?.packet.outer).toBeUndefined();
    // The reply is translated back by conntrack: the client sees the Service IP answer.
    expect(t.reply?.verdict).toBe('delivered');
    const answer = t.reply?.steps[t.reply.steps.length - 1]?.packet;
    expect(answer).toMatchObject({
      src: t.request.to.includes('svc') ? expect.stringMatching(/^10\.\d+/) : '',
      sport: 80,
      flags: 'S.',
    });
    expect(stepsOf(t.reply?.steps ?? [], 'conntrack').map((s) => s.explain.key)).toContain(
      'walk.conntrack.reverseNat',
    );
    expect(t.conntrack.find((c) => c.node === 'worker-1')?.nat).toEqual(['DNAT']);
  });

  it('same seed, same walk; the seed decides the backend', () => {
    const a = walkIn(FLANNEL, 'client', 'svc/default/web:80', 'tcp', 7);
    const b = walkIn(FLANNEL, 'client', 'svc/default/web:80', 'tcp', 7);
    expect(a).toEqual(b);
    const backends = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map(
        (seed) => walkIn(FLANNEL, 'client', 'svc/default/web:80', 'tcp', seed).destination?.pod,
      ),
    );
    expect(backends.size).toBe(2);
  });

  it('hairpin: a pod reaches itself through its Service, masqueraded to the bridge address', () => {
    const t = walkIn(NODEPORT, 'web', 'svc/default/web-cluster:80');
    expect(t.verdict).toBe('delivered');
    const masq = t.steps.find((s) => s.kind === 'netfilter' && s.changed.includes('src'));
    expect(masq?.decider?.text).toContain('MASQUERADE');
    expect(masq?.packet.src).toBe('10.244.2.1');
    expect(t.reply?.steps[t.reply.steps.length - 1]?.packet.src).toMatch(/^10\.1\d\d\./);
  });

  it('no endpoints: kube-proxy REJECTs', () => {
    const t = walkIn(NODEPORT, 'web', 'svc/default/empty:80');
    // The REJECT's ICMP port unreachable is walked back to the client (errorReply.test.ts).
    expect(t).toMatchObject({ verdict: 'rejected', reason: 'no-endpoints', reply: { verdict: 'delivered' } });
    expect(t.steps[t.steps.length - 1]?.decider?.text).toContain('has no endpoints');
  });

  it.each([
    {
      name: 'external to NodePort with externalTrafficPolicy Local on a node without endpoints',
      to: '192.168.1.11:30080',
      verdict: 'dropped',
      reason: 'no-local-endpoint',
    },
    {
      name: 'external to NodePort with externalTrafficPolicy Local on the node with the endpoint keeps the source',
      to: '192.168.1.12:30080',
      verdict: 'delivered',
      src: '203.0.113.7',
    },
    {
      name: "external to NodePort with externalTrafficPolicy Cluster is SNATed to the entry node's flannel.1 address",
      to: '192.168.1.11:30081',
      verdict: 'delivered',
      src: '10.244.1.0',
    },
  ])('$name', ({ to, verdict, reason, src }) => {
    const t = walkIn(NODEPORT, 'external', to);
    expect(t.verdict).toBe(verdict);
    if (reason !== undefined) expect(t.reason).toBe(reason);
    if (src !== undefined) {
      expect(t.steps[t.steps.length - 1]?.packet.src).toBe(src);
      expect(t.reply?.steps[t.reply.steps.length - 1]?.packet.src).toBe(to.split(':')[0]);
    }
  });
});

describe('trace: sockets, routing and policy', () => {
  it('node to ClusterIP: DNAT in OUTPUT, the reroute, and MASQUERADE to the tunnel address', () => {
    const t = walkIn(FLANNEL, 'node/worker-1', 'svc/default/web:80');
    expect(t.verdict).toBe('delivered');
    const dnat = t.steps.find((s) => s.changed.includes('dst'));
    expect(dnat?.at).toMatchObject({ hook: 'OUTPUT', table: 'nat' });
    expect(t.steps.some((s) => s.kind === 'route' && s.explain.key === 'walk.route.reroute')).toBe(true);
    expect(t.steps.at(-1)?.packet.src).toBe('10.244.1.0');
    expect(t.reply?.steps.at(-1)?.packet).toMatchObject({ src: '10.103.58.83', dst: '192.168.1.11' });
  });

  it('egress from a pod to the internet is masqueraded to the node address', () => {
    const t = walkIn(FLANNEL, 'client', '8.8.8.8:53', 'udp');
    expect(t.verdict).toBe('delivered');
    const masq = t.steps.find((s) => s.changed.includes('src'));
    expect(masq?.decider?.path).toEqual(['POSTROUTING', 'FLANNEL-POSTRTG']);
    expect(t.steps.at(-1)?.packet.src).toBe('192.168.1.11');
    expect(t.reply?.steps.at(-1)?.packet).toMatchObject({ src: '8.8.8.8', dst: '10.244.1.2' });
  });

  it('a port nobody listens on is refused', () => {
    const t = walkIn(FLANNEL, 'client', '10.244.2.2:9999');
    // The RST is walked back to the client (errorReply.test.ts).
    expect(t).toMatchObject({ verdict: 'refused', reason: 'no-listener', reply: { verdict: 'delivered' } });
    // The RST coming back closes the entry: conntrack -L shows CLOSE, the reply seen.
    expect(t.conntrack.length).toBeGreaterThan(0);
    for (const entry of t.conntrack) {
      expect(entry.state).toBe('CLOSE');
      expect(entry.text).toMatch(
        /^tcp +6 10 CLOSE src=10\.244\.1\.2 dst=10\.244\.2\.2 sport=\d+ dport=9999 src=/,
      );
    }
  });

  it('ICMP echo to a pod on another node is answered', () => {
    const t = walkIn(FLANNEL, 'client', '10.244.2.2', 'icmp');
    expect(t.verdict).toBe('delivered');
    expect(t.reply?.steps[t.reply.steps.length - 1]?.packet.flags).toBe('echo-reply');
  });

  it('containers of one pod talk over lo', () => {
    const t = walkIn(FLANNEL, 'web', '127.0.0.1:8080');
    expect(t.verdict).toBe('delivered');
    expect(stepsOf(t.steps, 'veth')).toHaveLength(0);
  });

  it('an external client cannot reach a pod IP: the router has no route', () => {
    expect(walkIn(FLANNEL, 'external', '10.244.2.2:8080').verdict).toBe('no-route');
  });

  it('Calico IPIP: frontend reaches db through the Service, allowed by policy', () => {
    const t = walkIn(CALICO, 'shop/frontend', 'svc/shop/db:5432');
    expect(t.verdict).toBe('delivered');
    expect(stepsOf(t.steps, 'encap')[0]?.packet.outer).toMatchObject({ protocol: 'ipip' });
    expect(
      stepsOf(t.steps, 'netfilter').some((s) => (s.decider?.path ?? []).some((c) => c.startsWith('cali-'))),
    ).toBe(true);
    expect(stepsOf(t.steps, 'neighbour')[0]?.decider?.text).toContain('169.254.1.1');
  });

  it('Calico: a connection the policy does not allow is dropped by the policy chains', () => {
    const t = walkIn(CALICO, 'shop/db', 'svc/shop/db:5432');
    expect(t).toMatchObject({ verdict: 'dropped', reason: 'policy-denied' });
    expect(t.steps[t.steps.length - 1]?.decider?.path).toContain('cali-FORWARD');
  });

  it('a bad request comes back as a trace, not an exception', () => {
    expect(walkIn(FLANNEL, 'nobody', '10.0.0.1:80').summary.key).toBe('walk.request.unknownPod');
  });
});
