import { describe, expect, it } from 'vitest';
import { createDataplane } from '../index.ts';
import { createConntrack } from './conntrack.ts';
import { STEP_BUDGET, type WalkContext } from './context.ts';
import { runOuterHooks } from './outerHooks.ts';
import { createDraws } from './random.ts';
import { emptySessionState, kernelStates } from './sessionState.ts';
import { loadFolder, stepsOf, walkIn } from './testkit.ts';
import type { PacketState } from './types.ts';

const FLANNEL = 'scenarios/cross-node-service';
const CALICO = 'scenarios/calico-policy';

function contextFor(folder: string): WalkContext {
  const cluster = loadFolder(folder);
  return {
    cluster,
    dataplane: createDataplane(cluster),
    draws: createDraws(1),
    conntrack: createConntrack(),
    kernel: kernelStates(emptySessionState),
    steps: [],
    last: undefined,
    attached: undefined,
    socketLb: undefined,
    nodePort: undefined,
    budget: STEP_BUDGET,
    replying: false,
  };
}

/** The encapsulated packet of a walk, as the sender's tunnel device built it. */
function encapsulated(folder: string, from: string, to: string): PacketState {
  const packet = stepsOf(walkIn(folder, from, to).steps, 'encap')[0]?.packet;
  if (packet?.outer === undefined) throw new Error('no encapsulated packet');
  return packet;
}

function hostOf(ctx: WalkContext, name: string): Parameters<typeof runOuterHooks>[1] {
  const node = ctx.dataplane.node(name);
  if (node === undefined) throw new Error(`no node ${name}`);
  return node;
}

describe('the outer packet of a tunnel through the nodes’ netfilter hooks', () => {
  it("calico ipip: the outer packet is accepted by cali-INPUT's IPIP rule on the receiving node", () => {
    const t = walkIn(CALICO, 'shop/frontend', 'svc/shop/db:5432');
    expect(t.verdict).toBe('delivered');
    const decap = stepsOf(t.steps, 'decap')[0];
    const outerInput = t.steps.find(
      (s) => s.kind === 'netfilter' && s.at.hook === 'INPUT' && s.packet.outer?.protocol === 'ipip',
    );
    expect(outerInput?.at).toMatchObject({ node: decap?.at.node, table: 'filter', chain: 'cali-INPUT' });
    expect(outerInput?.explain.key).toBe('walk.netfilter.outerAccept');
    expect(outerInput?.decider?.text).toContain('-p ipencap');
    expect(outerInput?.decider?.text).toContain('cali40all-hosts-net');
    expect(t.steps.indexOf(outerInput as never)).toBeLessThan(t.steps.indexOf(decap as never));
  });

  it('calico ipip: an IPIP packet from a host that is not a Calico node is dropped by cali-INPUT', () => {
    const packet = encapsulated(CALICO, 'shop/frontend', 'svc/shop/db:5432');
    const ctx = contextFor(CALICO);
    const receiver = ctx.cluster.nodes.find((n) => n.internalIP === packet.outer?.dst)?.name ?? '';
    const node = hostOf(ctx, receiver);
    const host = node.netns.find((ns) => ns.id === 'host');
    if (host === undefined || packet.outer === undefined) throw new Error('no host namespace');
    const stranger: PacketState = { ...packet, outer: { ...packet.outer, src: '10.0.0.99' } };
    const result = runOuterHooks(ctx, node, host, 'receive', stranger, 'eth0');
    expect(result.end?.verdict).toBe('dropped');
    const step = ctx.steps[ctx.steps.length - 1];
    expect(step?.explain.key).toBe('walk.netfilter.outerDrop');
    expect(step?.decider?.text).toMatch(/-p ipencap .*Drop IPIP packets from non-Calico hosts.* -j DROP/);
  });

  it('flannel vxlan: outer UDP 8472 traverses OUTPUT/POSTROUTING on the sender and PREROUTING/INPUT on the receiver', () => {
    const packet = encapsulated(FLANNEL, 'client', 'svc/default/web:80');
    expect(packet.outer).toMatchObject({ protocol: 'udp', dport: 8472 });
    const ctx = contextFor(FLANNEL);
    const sender = hostOf(ctx, 'worker-1');
    const receiver = hostOf(ctx, 'worker-2');
    const senderHost = sender.netns.find((ns) => ns.id === 'host');
    const receiverHost = receiver.netns.find((ns) => ns.id === 'host');
    if (senderHost === undefined || receiverHost === undefined) throw new Error('no host namespace');
    const sent = runOuterHooks(ctx, sender, senderHost, 'send', packet, 'eth0');
    expect(sent.end).toBeUndefined();
    expect(new Set(sent.evaluated.map((p) => p.hook))).toEqual(new Set(['OUTPUT', 'POSTROUTING']));
    expect(sent.evaluated).toContainEqual({ hook: 'OUTPUT', table: 'filter' });
    const received = runOuterHooks(ctx, receiver, receiverHost, 'receive', packet, 'eth0');
    expect(received.end).toBeUndefined();
    expect(new Set(received.evaluated.map((p) => p.hook))).toEqual(new Set(['PREROUTING', 'INPUT']));
    expect(received.evaluated).toContainEqual({ hook: 'INPUT', table: 'filter' });
    // Nothing decides for flannel's tunnel traffic: the tables fall through, and no step clutters the walk.
    expect(ctx.steps).toHaveLength(0);
    const t = walkIn(FLANNEL, 'client', 'svc/default/web:80');
    expect(t.verdict).toBe('delivered');
    expect(t.steps.filter((s) => s.kind === 'netfilter' && s.packet.outer !== undefined)).toHaveLength(0);
  });
});
