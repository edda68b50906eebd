import { describe, expect, it } from 'vitest';
import type { Trace } from '../../engine/index.ts';
import { SCENARIOS } from '../../scenarios/index.ts';
import { legsOf } from '../../state/walkSlice.ts';
import { anchorCandidates, externalsByIp } from './anchors.ts';
import { arrange } from './layoutPlan.ts';
import { buildModel } from './model.ts';
import { touchedBy } from './onPath.ts';
import { toFlow } from './toFlow.ts';
import { scenario, topologyOf, walk } from './testkit.ts';

/** Extra walks per scenario beyond its default one: same node, to the outside, from a node, DNS. */
const EXTRA: Readonly<Record<string, readonly [string, string, 'tcp' | 'udp' | 'icmp'][]>> = {
  'cross-node-service': [
    ['client', 'web.default.svc.cluster.local:80', 'tcp'],
    ['client', '203.0.113.7:443', 'tcp'],
    ['node/worker-1', 'web:80', 'tcp'],
    ['external', '192.168.1.11:80', 'tcp'],
    ['client', 'example.com:443', 'tcp'],
  ],
  'calico-policy': [
    ['kube-system/coredns', 'db.shop:5432', 'tcp'],
    ['shop/frontend', '203.0.113.7:443', 'tcp'],
    ['node/master', 'db.shop:5432', 'tcp'],
  ],
  'ipvs-nodeport': [['node/worker-1', '192.168.1.12:30080', 'tcp']],
};

function samePodPairs(id: string): [string, string, 'tcp'][] {
  const { cluster } = scenario(id);
  const byNode = new Map<string, string[]>();
  for (const p of cluster.pods)
    if (p.node && !p.hostNetwork && p.ip) byNode.set(p.node, [...(byNode.get(p.node) ?? []), p.ref]);
  const pair = [...byNode.values()].find((refs) => refs.length >= 2);
  if (!pair) return [];
  const target = cluster.pods.find((p) => p.ref === pair[1]);
  return [[pair[0] ?? '', `${target?.ip ?? ''}:80`, 'tcp']];
}

function uncovered(id: string, t: Trace): string[] {
  const analysis = scenario(id);
  const model = buildModel(analysis.cluster, topologyOf(analysis), touchedBy(t));
  const flow = toFlow(model, arrange(model, new Map()), null);
  const drawn = new Set(flow.nodes.map((n) => n.id));
  const externals = externalsByIp(analysis.cluster.settings.externalClients);
  return legsOf(t).flatMap((leg) =>
    leg.steps
      // The most specific place, not just the node's group: small scenarios collapse nothing.
      .filter((s) => !drawn.has(anchorCandidates(s, externals)[0] ?? ''))
      .map((s) => `${leg.leg} ${s.kind} ${JSON.stringify(s.at)}`),
  );
}

describe('every step of every walk is shown somewhere on the canvas', () => {
  for (const s of SCENARIOS) {
    const walks = [
      [s.walk.from, s.walk.to, s.walk.protocol] as const,
      ...(EXTRA[s.id] ?? []),
      ...samePodPairs(s.id),
    ];
    for (const [from, to, protocol] of walks) {
      it(`${s.id}: ${from} → ${to} (${protocol})`, () => {
        const t = walk(scenario(s.id), from, to, protocol);
        expect(legsOf(t).flatMap((l) => l.steps).length, t.summary.key).toBeGreaterThan(0);
        expect(uncovered(s.id, t)).toEqual([]);
      });
    }
  }

  it('the cross-node walk has DNS legs, and they are drawn too', () => {
    const t = walk(scenario('cross-node-service'), 'client', 'web:80');
    expect(t.dns.length).toBeGreaterThan(0);
    expect(uncovered('cross-node-service', t)).toEqual([]);
  });
});
