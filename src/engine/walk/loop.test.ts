import { describe, expect, it } from 'vitest';
import type { LazyDataplane } from '../dataplane/build.ts';
import type { NodeDataplane, Route } from '../dataplane/types.ts';
import { createDataplane } from '../index.ts';
import { parseIPv4 } from '../net/ipv4.ts';
import { loadVariant, stepsOf } from './testkit.ts';
import { trace } from './trace.ts';

const SEED = 'scenarios/cross-node-service';

/** The generated dataplane with one node's host route to `dst` swapped (plain readonly data: copied). */
function withRoute(
  base: LazyDataplane,
  nodeName: string,
  dst: string,
  swap: (route: Route) => Route,
): LazyDataplane {
  let changed: NodeDataplane | undefined;
  return {
    cluster: base.cluster,
    node(name) {
      const node = base.node(name);
      if (node === undefined || name !== nodeName) return node;
      changed ??= {
        ...node,
        netns: node.netns.map((ns) =>
          ns.id !== 'host'
            ? ns
            : { ...ns, routes: ns.routes.map((r) => (r.table === 'main' && r.dst === dst ? swap(r) : r)) },
        ),
      };
      return changed;
    },
  };
}

describe('trace: routing loops', () => {
  // Flannel host-gw: worker-1 routes 10.244.2.0/24 via worker-2; worker-2 is made to route it back.
  const cluster = loadVariant(SEED, 'flannel', 'host-gw', 'iptables');
  const worker1 = parseIPv4('192.168.1.11');
  const looped = withRoute(createDataplane(cluster), 'worker-2', '10.244.2.0/24', (route) => ({
    table: 'main',
    type: 'unicast',
    dst: route.dst,
    ...(worker1 === undefined ? {} : { via: worker1 }),
    dev: 'eth0',
  }));

  it('two nodes routing a pod subnet at each other end in TTL exceeded, with a step that says so', () => {
    const t = trace(cluster, looped, { from: 'client', to: '10.244.2.2:8080', protocol: 'tcp', seed: 1 });
    expect(t).toMatchObject({ verdict: 'ttl-exceeded', reason: 'ttl-exceeded', reply: null });
    const last = t.steps.at(-1);
    expect(last).toMatchObject({ kind: 'drop', explain: { key: 'walk.drop.ttl' } });
    expect(last?.packet.ttl).toBe(1);
    // The bounce is what the swapped route says: worker-2 sends it back to worker-1.
    const bounced = stepsOf(t.steps, 'route').find((s) => s.at.node === 'worker-2');
    expect(bounced?.decider?.text).toBe('10.244.2.0/24 via 192.168.1.11 dev eth0');
    // Every routed hop took one off the TTL: 63 forwards from 64 down to 1.
    const ttls = stepsOf(t.steps, 'underlay').map((s) => s.packet.ttl);
    expect(ttls[0]).toBe(63);
    expect(ttls.every((ttl, i) => i === 0 || ttl === (ttls[i - 1] ?? 0) - 1)).toBe(true);
  });

  it('the unmodified dataplane delivers the same request', () => {
    const t = trace(cluster, createDataplane(cluster), {
      from: 'client',
      to: '10.244.2.2:8080',
      protocol: 'tcp',
      seed: 1,
    });
    expect(t.verdict).toBe('delivered');
  });
});

describe('trace: TTL on every forwarding path', () => {
  it.each(['iptables', 'ipvs', 'nftables'])(
    'pod to ClusterIP on another node arrives with TTL 62 under kube-proxy %s (two routed hops)',
    (proxy) => {
      const cluster = loadVariant(SEED, 'flannel', 'vxlan', proxy);
      const t = trace(cluster, createDataplane(cluster), {
        from: 'client',
        to: 'svc/default/web:80',
        protocol: 'tcp',
        seed: 1,
      });
      expect(t.verdict).toBe('delivered');
      expect(t.steps.at(-1)?.packet.ttl).toBe(62);
    },
  );
});
