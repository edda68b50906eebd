import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { analyze } from '../../engine/index.ts';
import { UNDERLAY, deviceId, hookId, nodeId, podId } from './anchors.ts';
import { layoutModel, type ElkLike } from './elkLayout.ts';
import {
  allEdges,
  buildModel,
  MAX_DETAILED_NODES,
  MAX_NODES,
  MAX_PODS_PER_NODE,
  NOTHING_TOUCHED,
} from './model.ts';
import { walkMarks, touchedBy } from './onPath.ts';
import { currentAnchorOf } from './currentAnchor.ts';
import { toFlow, withMarks } from './toFlow.ts';
import { scenario, topologyOf, walk } from './testkit.ts';

const elk = new ELK();

function cluster(nodes: number, podsOnW1: number): string {
  const list = Array.from({ length: nodes }, (_, i) => `    - {name: w${i + 1}, ip: 10.0.1.${i + 1}}`).join(
    '\n',
  );
  return `apiVersion: packetwalk.dev/v1alpha1
kind: Cluster
metadata: {name: big}
spec:
  nodes:
${list}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: crowd}
spec:
  replicas: ${podsOnW1}
  selector: {matchLabels: {app: crowd}}
  template:
    metadata: {labels: {app: crowd}}
    spec:
      nodeName: w1
      containers: [{name: c, image: nginx}]`;
}

describe('the canvas model', () => {
  const flannel = scenario('cross-node-service');
  const topo = topologyOf(flannel);
  const model = buildModel(flannel.cluster, topo);

  it('draws each node with its pods, veths, bridge, hooks, routing, tunnel and uplink', () => {
    const w1 = model.nodes.find((n) => n.name === 'worker-1');
    const ids = w1?.items.map((i) => i.id) ?? [];
    expect(ids).toEqual(expect.arrayContaining([deviceId('worker-1', 'eth0'), deviceId('worker-1', 'cni0')]));
    expect(ids).toContain(deviceId('worker-1', 'flannel.1'));
    for (const h of ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'] as const)
      expect(ids).toContain(hookId('worker-1', h));
    const client = flannel.cluster.pods.find((p) => p.name === 'client');
    const veth = w1?.edges.find((e) => e.role === 'veth-pair' && e.source === podId(client?.ref ?? ''));
    expect(veth?.target).toMatch(/^dev:worker-1:veth/);
    expect(
      w1?.edges.some((e) => e.source === veth?.target && e.target === deviceId('worker-1', 'cni0')),
    ).toBe(true);
    expect(w1?.uplink).toBe(deviceId('worker-1', 'eth0'));
  });

  it('without a topology yet, still draws pods, hooks and routing (never a blank group)', () => {
    const bare = buildModel(flannel.cluster, {});
    const w2 = bare.nodes.find((n) => n.name === 'worker-2');
    expect(w2?.items.filter((i) => i.kind === 'pod').length).toBeGreaterThan(0);
    expect(w2?.items.filter((i) => i.kind === 'hook')).toHaveLength(5);
    expect(w2?.uplink).toBe(nodeId('worker-2'));
  });

  it('draws kube-ipvs0 in IPVS mode and the upstream DNS always', () => {
    const ipvs = scenario('ipvs-nodeport');
    const m = buildModel(ipvs.cluster, topologyOf(ipvs));
    expect(m.nodes.flatMap((n) => n.items).some((i) => i.id.endsWith(':kube-ipvs0'))).toBe(true);
    expect(m.outer.map((o) => o.kind)).toContain('upstreamDns');
  });

  it(`in a big cluster: ${MAX_DETAILED_NODES} nodes in detail, compact cards up to ${MAX_NODES}, then a count`, () => {
    const big = analyze([{ name: 'big.yaml', text: cluster(MAX_NODES + 5, 20) }]);
    const m = buildModel(big.cluster, {}, NOTHING_TOUCHED);
    expect(m.nodes.filter((n) => n.detailed)).toHaveLength(MAX_DETAILED_NODES);
    expect(m.nodes).toHaveLength(MAX_NODES);
    expect(m.hiddenNodes).toBe(5);
    const w1 = m.nodes.find((n) => n.name === 'w1');
    expect(w1?.items.filter((i) => i.kind === 'pod')).toHaveLength(MAX_PODS_PER_NODE);
    const more = w1?.items.find((i) => i.kind === 'morePods');
    const onW1 = big.cluster.pods.filter((p) => p.node === 'w1').length;
    expect(onW1).toBeGreaterThanOrEqual(20);
    expect(more?.kind === 'morePods' && more.data.count).toBe(onW1 - MAX_PODS_PER_NODE);
  });

  it('draws in full the nodes and pods the walk touches, even past the limits', () => {
    const big = analyze([{ name: 'big.yaml', text: cluster(MAX_NODES + 5, 20) }]);
    const lastPod = big.cluster.pods.filter((p) => p.node === 'w1').at(-1)?.ref ?? '';
    const m = buildModel(big.cluster, {}, { nodes: new Set(['w45']), pods: new Set([lastPod]) });
    expect(m.nodes.find((n) => n.name === 'w45')?.detailed).toBe(true);
    expect(m.nodes.find((n) => n.name === 'w1')?.items.some((i) => i.id === podId(lastPod))).toBe(true);
    // Cluster order is kept: the touched node does not jump to the front.
    expect(m.nodes.at(-1)?.name).toBe('w45');
  });
});

describe('the layout (elk, layered)', () => {
  const flannel = scenario('cross-node-service');
  const model = buildModel(flannel.cluster, topologyOf(flannel));

  it('is deterministic: the same input gives the same positions', async () => {
    const a = toFlow(model, await layoutModel(model, elk), null);
    const b = toFlow(model, await layoutModel(model, new ELK()), null);
    expect(b.nodes.map((n) => [n.id, n.position])).toEqual(a.nodes.map((n) => [n.id, n.position]));
  });

  it('lays each node out top to bottom: pods above the hooks, the uplink at the bottom, above the underlay', async () => {
    const flow = toFlow(model, await layoutModel(model, elk), null);
    const y = (id: string) => flow.nodes.find((n) => n.id === id)?.position.y ?? NaN;
    const client = flannel.cluster.pods.find((p) => p.name === 'client')?.ref ?? '';
    expect(y(podId(client))).toBeLessThan(y(hookId('worker-1', 'PREROUTING')));
    expect(y(hookId('worker-1', 'PREROUTING'))).toBeLessThan(y(hookId('worker-1', 'POSTROUTING')));
    expect(y(hookId('worker-1', 'POSTROUTING'))).toBeLessThan(y(deviceId('worker-1', 'eth0')));
    const group = flow.nodes.find((n) => n.id === nodeId('worker-1'));
    expect((group?.position.y ?? 0) + Number(group?.style?.height)).toBeLessThanOrEqual(y(UNDERLAY));
  });

  it('never moves anything when the step changes: marks change classes, not positions', async () => {
    const flow = toFlow(model, await layoutModel(model, elk), null);
    const t = walk(flannel, 'client', 'web:80');
    const drawn = new Set(flow.nodes.map((n) => n.id));
    const marks = walkMarks(t, drawn, allEdges(model), new Map());
    const marked = withMarks(flow, marks);
    expect(marked.nodes.map((n) => n.position)).toEqual(flow.nodes.map((n) => n.position));
    expect(marks.nodes.get(UNDERLAY)).toBe('both');
    expect(marks.nodes.get(deviceId('worker-1', 'flannel.1'))).toMatch(/forward|both/);
    expect([...marks.edges.values()]).toContain('reply');
    // Off the path, nodes and edges keep their objects, so React Flow has nothing to redo for them.
    const off = marked.nodes.filter((n) => !marks.nodes.has(n.id));
    expect(off.length).toBeGreaterThan(0);
    for (const n of off) expect(flow.nodes).toContain(n);
    for (const e of marked.edges.filter((e) => !marks.edges.has(e.id))) expect(flow.edges).toContain(e);
    // Marking again with the same marks changes no object at all.
    const again = withMarks(marked, marks);
    again.nodes.forEach((n, i) => expect(n).toBe(marked.nodes[i]));
    again.edges.forEach((e, i) => expect(e).toBe(marked.edges[i]));
  });

  it("keeps the packet's place out of node data: every step of a walk maps to one drawn anchor", async () => {
    const flow = toFlow(model, await layoutModel(model, elk), null);
    const t = walk(flannel, 'client', 'web:80');
    const drawn = new Set(flow.nodes.map((n) => n.id));
    const at = (index: number) =>
      currentAnchorOf({ trace: t, step: { leg: 'forward', index } }, drawn, new Map());
    const anchors = t.steps.map((_, i) => at(i));
    expect(anchors).toContain(deviceId('worker-1', 'flannel.1'));
    expect(anchors[0]).toBeDefined();
    expect(at(t.steps.length + 5)).toBeUndefined();
    expect(flow.nodes.every((n) => !('current' in n.data))).toBe(true);
  });

  it('mirrors the lower row of a 10-node cluster so its uplinks face the underlay', async () => {
    const ten = analyze([{ name: 'ten.yaml', text: cluster(10, 3) }]);
    const m = buildModel(ten.cluster, {});
    const at = await layoutModel(m, elk);
    const top = at.groups.get(nodeId('w1'));
    const bottom = at.groups.get(nodeId('w10'));
    expect(top?.flipped).toBe(false);
    expect(bottom?.flipped).toBe(true);
    expect((top?.y ?? 0) + (top?.height ?? 0)).toBeLessThan(at.underlay.y);
    expect(bottom?.y).toBeGreaterThan(at.underlay.y + at.underlay.height);
    // In the mirrored group the hooks come before the pods, reading from the underlay.
    const pod = m.nodes.find((n) => n.name === 'w10')?.items.find((i) => i.kind === 'pod')?.id ?? '';
    expect(at.inner.get(hookId('w10', 'POSTROUTING'))?.y ?? NaN).toBeLessThan(at.inner.get(pod)?.y ?? NaN);
  });

  it('falls back to a grid when elk fails, without throwing', async () => {
    const failing = { layout: () => Promise.reject(new Error('boom')) } as unknown as ElkLike;
    const at = await layoutModel(model, failing);
    expect(at.inner.size).toBe(model.nodes.flatMap((n) => n.items).length);
  });

  it('touched sets come from every leg of the walk', () => {
    const t = walk(flannel, 'client', 'web:80');
    const touched = touchedBy(t);
    expect([...touched.nodes].sort()).toEqual(expect.arrayContaining(['worker-1', 'worker-2']));
  });
});
