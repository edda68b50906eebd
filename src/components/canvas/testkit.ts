/**
 * Test helpers for the canvas: a scenario's analysis, real traces through it, and each node's topology as the
 * engine reads it off the dataplane (the same devices the walk uses).
 */
import {
  analyze,
  createDataplane,
  nodeTopology,
  trace,
  type Analysis,
  type Trace,
} from '../../engine/index.ts';
import type { NodeTopology } from '../../engine/topology/types.ts';
import { SCENARIOS } from '../../scenarios/index.ts';

export function scenario(id: string): Analysis {
  const s = SCENARIOS.find((x) => x.id === id);
  if (!s) throw new Error(`no scenario ${id}`);
  return analyze(s.files);
}

export function topologyOf(analysis: Analysis): Record<string, NodeTopology> {
  const lazy = createDataplane(analysis.cluster);
  const out: Record<string, NodeTopology> = {};
  for (const n of analysis.cluster.nodes) {
    const dp = lazy.node(n.name);
    if (dp) out[n.name] = nodeTopology(dp, n.internalIP);
  }
  return out;
}

export function walk(
  analysis: Analysis,
  from: string,
  to: string,
  protocol: 'tcp' | 'udp' | 'icmp' = 'tcp',
): Trace {
  return trace(analysis.cluster, createDataplane(analysis.cluster), { from, to, protocol, seed: 1 });
}
