import { describe, expect, it } from 'vitest';
import { createDataplane } from '../index.ts';
import { loadVariant, stepsOf } from './testkit.ts';
import { trace } from './trace.ts';
import type { Trace } from './types.ts';

const SEED = 'scenarios/cross-node-service';
const POLICY = 'scenarios/calico-policy';

function weave(folder: string, mode: string, from: string, to: string): Trace {
  const cluster = loadVariant(folder, 'weave', mode, 'iptables');
  return trace(cluster, createDataplane(cluster), { from, to, protocol: 'tcp', seed: 1 });
}

describe('trace: Weave Net', () => {
  it('weave fastdp pod to ClusterIP on another node', () => {
    const t = weave(SEED, 'fastdp', 'client', 'svc/default/web:80');
    expect(t.verdict).toBe('delivered');
    expect(t.destination).toMatchObject({ pod: expect.stringMatching(/^default\/web-/), port: 8080 });
    const dnat = t.steps.find((s) => s.kind === 'netfilter' && s.changed.includes('dst'));
    expect(dnat?.at).toMatchObject({ node: 'worker-1', hook: 'PREROUTING', table: 'nat' });
    expect(dnat?.decider?.text).toContain('-j DNAT --to-destination 10.244.2.2:8080');
    // ARP floods across the overlay; the remote pod answers.
    expect(stepsOf(t.steps, 'neighbour')[1]?.explain).toMatchObject({
      key: 'walk.neighbour.overlay',
      params: { node: 'worker-2', tunnel: 'vxlan-6784' },
    });
    // weave bridge → vethwe-bridge → datapath (no iptables) → vxlan-6784.
    const datapath = stepsOf(t.steps, 'bridge').filter((s) => s.at.device === 'datapath');
    expect(datapath.map((s) => [s.at.node, s.explain.params['port']])).toEqual([
      ['worker-1', 'vxlan-6784'],
      ['worker-2', 'vethwe-datapath'],
    ]);
    const encap = stepsOf(t.steps, 'encap');
    expect(encap).toHaveLength(1);
    expect(encap[0]?.at).toMatchObject({ node: 'worker-1', device: 'vxlan-6784' });
    expect(encap[0]?.packet.outer).toMatchObject({
      protocol: 'udp',
      src: '192.168.1.11',
      dst: '192.168.1.12',
      dport: 6784,
    });
    expect(encap[0]?.decider?.text).toContain('dst 192.168.1.12 self');
    expect(stepsOf(t.steps, 'decap')[0]?.at).toMatchObject({ node: 'worker-2', device: 'vxlan-6784' });
    // br_netfilter on the far node's weave bridge: FORWARD goes through WEAVE-NPC.
    const farForward = t.steps.find((s) => s.at.node === 'worker-2' && s.at.hook === 'FORWARD');
    expect(farForward?.decider?.path).toContain('WEAVE-NPC');
    expect(t.steps.some((s) => s.at.device === 'datapath' && s.kind === 'netfilter')).toBe(false);
    expect(t.steps.at(-1)).toMatchObject({ kind: 'deliver', at: { node: 'worker-2' } });
    // One routed hop (worker-1's IP layer): the TTL drops by one.
    expect(t.steps.at(-1)?.packet.ttl).toBe(63);
    expect(t.reply?.verdict).toBe('delivered');
    expect(stepsOf(t.reply?.steps ?? [], 'encap')[0]?.packet.outer).toMatchObject({
      dst: '192.168.1.11',
      dport: 6784,
    });
    expect(t.reply?.steps.at(-1)?.packet).toMatchObject({ src: '10.103.58.83', sport: 80 });
  });

  it('weave-npc default-deny ingress drops at WEAVE-NPC', () => {
    // frontend may reach db on 5432 only; 5433 falls through WEAVE-NPC-INGRESS to weave's DROP.
    const t = weave(POLICY, 'fastdp', 'shop/frontend', '192.168.1.2:5433');
    expect(t).toMatchObject({ verdict: 'dropped', reason: 'policy-denied' });
    const last = t.steps.at(-1);
    expect(last?.at).toMatchObject({ node: 'worker-1', hook: 'FORWARD', table: 'filter' });
    expect(last?.explain).toMatchObject({
      key: 'walk.netfilter.policyDefaultDrop',
      params: { policyChain: 'WEAVE-NPC-INGRESS' },
    });
    expect(last?.decider?.text).toBe('-A FORWARD -o weave -j DROP');
    expect(last?.decider?.refs.some((ref) => ref.includes('WEAVE-NPC'))).toBe(true);
  });

  it('weave-npc allows what a NetworkPolicy allows, across nodes', () => {
    const t = weave(POLICY, 'fastdp', 'shop/frontend', 'svc/shop/db:5432');
    expect(t.verdict).toBe('delivered');
    expect(t.reply?.verdict).toBe('delivered');
  });

  it("node to ClusterIP: masqueraded to the node's weave address, whose MAC the far datapath tunnels back", () => {
    const t = weave(SEED, 'fastdp', 'node/master', 'svc/default/web:80');
    expect(t.verdict).toBe('delivered');
    expect(t.steps.at(-1)?.packet.src).toBe('10.244.0.1');
    expect(stepsOf(t.reply?.steps ?? [], 'neighbour')[0]?.explain.params).toMatchObject({ node: 'master' });
    expect(stepsOf(t.reply?.steps ?? [], 'encap')[0]?.packet.outer).toMatchObject({
      dst: '192.168.1.10',
      dport: 6784,
    });
    expect(t.reply?.verdict).toBe('delivered');
    expect(t.reply?.steps.at(-1)?.packet).toMatchObject({ src: '10.103.58.83', dst: '192.168.1.10' });
  });

  it('weave sleeve stops where the userspace router takes the frame, and says so', () => {
    const t = weave(SEED, 'sleeve', 'client', 'svc/default/web:80');
    expect(t).toMatchObject({ verdict: 'dropped', reason: 'unsupported' });
    expect(t.steps.at(-1)?.explain).toMatchObject({
      key: 'walk.neighbour.userspace',
      params: { port: 'vethwe-bridge', peer: 'vethwe-pcap' },
    });
  });
});
