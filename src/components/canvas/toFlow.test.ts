import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { UNDERLAY } from './anchors.ts';
import { layoutModel } from './elkLayout.ts';
import type { UnderlayData } from './flowTypes.ts';
import { buildModel } from './model.ts';
import { servicesTable } from './services.ts';
import { toFlow } from './toFlow.ts';
import { scenario, topologyOf } from './testkit.ts';

describe('toFlow', () => {
  const analysis = scenario('cross-node-service');
  const model = buildModel(analysis.cluster, topologyOf(analysis));

  it('connects every edge to a handle its nodes draw, wires to a port of the underlay bar under their uplink', async () => {
    const flow = toFlow(model, await layoutModel(model, new ELK()), null);
    const bar = flow.nodes.find((n) => n.id === UNDERLAY);
    const ports = (bar?.data as UnderlayData).ports;
    expect(ports).toHaveLength(analysis.cluster.nodes.length);
    for (const e of flow.edges) {
      expect(e.sourceHandle).toMatch(/^s-(top|bottom|left|right)$/);
      if (e.target === UNDERLAY && e.data?.role === 'wire') {
        const port = ports.find((p) => `t-${p.id}` === e.targetHandle);
        const uplink = flow.nodes.find((n) => n.id === e.source);
        const parent = flow.nodes.find((n) => n.id === uplink?.parentId);
        const centre =
          (parent?.position.x ?? 0) + (uplink?.position.x ?? 0) + Number(uplink?.style?.width) / 2;
        expect(port && (bar?.position.x ?? 0) + port.x).toBeCloseTo(centre);
      } else {
        expect(e.targetHandle).toMatch(/^t-(top|bottom|left|right)$/);
      }
    }
  });

  it('lists the Services in a table beside the nodes, not on the path', async () => {
    const flow = toFlow(model, await layoutModel(model, null), servicesTable(analysis.cluster));
    const table = flow.nodes.find((n) => n.type === 'services');
    expect(table?.data.services).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'web', type: 'ClusterIP' })]),
    );
    expect(flow.edges.some((e) => e.source === 'services' || e.target === 'services')).toBe(false);
  });

  it('puts child nodes after their group, as React Flow requires', async () => {
    const flow = toFlow(model, await layoutModel(model, null), null);
    const index = new Map(flow.nodes.map((n, i) => [n.id, i]));
    for (const n of flow.nodes) {
      if (n.parentId !== undefined) expect(index.get(n.parentId)).toBeLessThan(index.get(n.id) ?? -1);
    }
  });
});
