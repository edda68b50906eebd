import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDataplane } from '../index.ts';
import { loadFolder, loadVariant } from './testkit.ts';
import { trace } from './trace.ts';
import type { Trace } from './types.ts';

const FOLDERS = [
  'scenarios/cross-node-service',
  'scenarios/calico-policy',
  'engine/walk/__fixtures__/nodeport',
];
const VERDICTS = ['delivered', 'dropped', 'rejected', 'refused', 'no-route', 'dns-failure', 'ttl-exceeded'];

function wellFormed(t: Trace): void {
  expect(VERDICTS).toContain(t.verdict);
  expect(t.steps.length).toBeLessThanOrEqual(400);
  for (const step of [...t.steps, ...(t.reply?.steps ?? [])]) {
    expect(step.explain.key.startsWith('walk.')).toBe(true);
    expect(step.packet.ttl).toBeGreaterThan(0);
  }
  if (t.verdict === 'delivered') expect(t.destination).not.toBeNull();
}

describe('the walker never hangs or throws', () => {
  it('on random requests through the scenarios', () => {
    const clusters = [
      ...FOLDERS.map((folder) => loadFolder(folder)),
      loadVariant('scenarios/cross-node-service', 'calico', 'vxlan', 'ipvs'),
      loadVariant('scenarios/cross-node-service', 'canal', 'host-gw', 'nftables'),
      loadVariant('scenarios/calico-policy', 'weave', 'fastdp', 'iptables'),
      loadVariant('scenarios/cross-node-service', 'cilium', 'geneve', 'none'),
    ];
    fc.assert(
      fc.property(
        fc.nat(clusters.length - 1),
        fc.nat(50),
        fc.nat(50),
        fc.constantFrom('tcp', 'udp', 'icmp'),
        fc.integer(),
        fc.constantFrom(80, 53, 8080, 5432, 30080, 30081, 22, 9),
        (which, fromIndex, toIndex, protocol, seed, port) => {
          const cluster = clusters[which];
          if (cluster === undefined) return;
          const sources = [
            ...cluster.pods.map((p) => `pod/${p.namespace}/${p.name}`),
            ...cluster.nodes.map((n) => `node/${n.name}`),
            'external',
          ];
          const ips = [
            ...cluster.pods.flatMap((p) => (p.ip === undefined ? [] : [p.ip])),
            ...cluster.services.flatMap((s) => (s.clusterIP === undefined ? [] : [s.clusterIP])),
            ...cluster.nodes.map((n) => n.internalIP),
            '8.8.8.8',
            '10.255.255.1',
            'web',
            'kube-dns.kube-system',
            'nothere.example',
          ];
          const from = sources[fromIndex % sources.length] ?? 'external';
          const to = `${ips[toIndex % ips.length] ?? '1.1.1.1'}:${port}`;
          const t = trace(cluster, createDataplane(cluster), { from, to, protocol, seed });
          wellFormed(t);
        },
      ),
      { numRuns: 150 },
    );
  });
});
