import type { StateCreator } from 'zustand';
import type { Analysis, Cluster, NodeTopology, Trace } from '../engine/index.ts';
import { legsOf } from './walkSlice.ts';
import type { AppState } from './store.ts';

/** Nodes drawn with their devices whatever the walk: every node of a cluster up to this size. */
export const TOPOLOGY_NODE_LIMIT = 40;

/** The nodes a walk passes through, each once, in the order it first reaches them. */
export function nodesOfTrace(trace: Trace | null): readonly string[] {
  if (trace === null) return [];
  const nodes = new Set<string>();
  for (const { steps } of legsOf(trace))
    for (const step of steps) if (step.at.node !== undefined) nodes.add(step.at.node);
  return [...nodes];
}

/**
 * The nodes to draw with their devices, in cluster order: all of them up to {@link TOPOLOGY_NODE_LIMIT}, else
 * the first ones up to the limit plus every node the walk passes through (the others are drawn collapsed).
 */
export function nodesToDraw(
  cluster: Cluster,
  trace: Trace | null,
  limit = TOPOLOGY_NODE_LIMIT,
): readonly string[] {
  const walked = new Set(nodesOfTrace(trace));
  return cluster.nodes.filter((n, i) => i < limit || walked.has(n.name)).map((n) => n.name);
}

/** The devices of the drawn nodes, as the engine read them off the dataplane of the last good analysis. */
export interface TopologySlice {
  /** By node name; only the drawn nodes whose topology has arrived. */
  readonly topology: Readonly<Record<string, NodeTopology>>;
  /** The analysis `topology` was built from: a newer one replaces it wholesale, so removed nodes vanish. */
  readonly topologyOf: Analysis | null;
  /**
   * Take topologies built from `of`. Ignored unless `of` is still the last good analysis (a late answer for
   * manifests edited since); replaces everything when `of` is newer than what is shown, else adds the nodes.
   */
  setTopology: (nodes: readonly NodeTopology[], of: Analysis) => void;
}

export const createTopologySlice: StateCreator<AppState, [], [], TopologySlice> = (set) => ({
  topology: {},
  topologyOf: null,
  setTopology: (nodes, of) =>
    set((s) => {
      if (of !== s.lastGood) return {};
      const base = of === s.topologyOf ? s.topology : {};
      const topology: Record<string, NodeTopology> = { ...base };
      for (const node of nodes) topology[node.node] = node;
      return { topology, topologyOf: of };
    }),
});

/**
 * The nodes a topology request should ask for now: all those to draw when the topology on show is for an
 * older analysis (it will be replaced), else only those still missing. Empty when nothing is to ask.
 */
export function topologyToRequest(
  state: Pick<AppState, 'lastGood' | 'topology' | 'topologyOf' | 'trace'>,
): readonly string[] {
  if (state.lastGood === null) return [];
  const wanted = nodesToDraw(state.lastGood.cluster, state.trace);
  if (state.topologyOf !== state.lastGood) return wanted;
  return wanted.filter((name) => state.topology[name] === undefined);
}
