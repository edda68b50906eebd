/**
 * Which drawn nodes and edges the walk on show passes, and in which direction: forward legs (DNS queries,
 * the connection, the controller's upstream connection) or reply legs. Pure; the canvas applies the marks
 * after layout, so they never move anything.
 */
import type { Step, Trace } from '../../engine/index.ts';
import { isReplyLeg, legsOf } from '../../state/walkSlice.ts';
import { anchorCandidates, nodeId } from './anchors.ts';
import type { OnPath } from './flowTypes.ts';
import type { ModelEdge } from './model.ts';

export interface WalkMarks {
  readonly nodes: ReadonlyMap<string, OnPath>;
  readonly edges: ReadonlyMap<string, OnPath>;
}

const NO_MARKS: WalkMarks = { nodes: new Map(), edges: new Map() };

/** The drawn id a step is shown at: its first candidate the canvas drew. */
export function anchorOf(
  step: Step,
  drawn: ReadonlySet<string>,
  externals: ReadonlyMap<string, string>,
): string | undefined {
  return anchorCandidates(step, externals).find((id) => drawn.has(id));
}

function add(marks: Map<string, OnPath>, id: string, dir: OnPath): void {
  const had = marks.get(id);
  marks.set(id, had === undefined || had === dir ? dir : 'both');
}

/** Edges by their two ends, in both directions. */
function adjacency(edges: readonly ModelEdge[]): Map<string, Map<string, string>> {
  const adj = new Map<string, Map<string, string>>();
  const link = (a: string, b: string, id: string) => {
    const m = adj.get(a) ?? new Map<string, string>();
    m.set(b, id);
    adj.set(a, m);
  };
  for (const e of edges) {
    link(e.source, e.target, e.id);
    link(e.target, e.source, e.id);
  }
  return adj;
}

/** The edges between two consecutive anchors: the direct one, else a two-edge path through one neighbour. */
function edgesBetween(adj: Map<string, Map<string, string>>, a: string, b: string): readonly string[] {
  const direct = adj.get(a)?.get(b);
  if (direct !== undefined) return [direct];
  for (const [mid, first] of adj.get(a) ?? []) {
    const second = adj.get(mid)?.get(b);
    if (second !== undefined) return [first, second];
  }
  return [];
}

export function walkMarks(
  trace: Trace | null,
  drawn: ReadonlySet<string>,
  edges: readonly ModelEdge[],
  externals: ReadonlyMap<string, string>,
): WalkMarks {
  if (trace === null) return NO_MARKS;
  const nodes = new Map<string, OnPath>();
  const onEdges = new Map<string, OnPath>();
  const adj = adjacency(edges);
  for (const leg of legsOf(trace)) {
    const dir: OnPath = isReplyLeg(leg.leg) ? 'reply' : 'forward';
    let previous: string | undefined;
    for (const step of leg.steps) {
      const anchor = anchorOf(step, drawn, externals);
      if (anchor === undefined) continue;
      add(nodes, anchor, dir);
      if (step.at.node !== undefined && drawn.has(nodeId(step.at.node)))
        add(nodes, nodeId(step.at.node), dir);
      if (previous !== undefined && previous !== anchor) {
        for (const id of edgesBetween(adj, previous, anchor)) add(onEdges, id, dir);
      }
      previous = anchor;
    }
  }
  return { nodes, edges: onEdges };
}

/** The nodes and pods a walk passes through (every leg), so a large cluster draws them in full. */
export function touchedBy(trace: Trace | null): { nodes: Set<string>; pods: Set<string> } {
  const nodes = new Set<string>();
  const pods = new Set<string>();
  for (const leg of legsOf(trace)) {
    for (const step of leg.steps) {
      if (step.at.node !== undefined) nodes.add(step.at.node);
      if (step.at.netns !== undefined && step.at.netns !== 'host')
        pods.add(step.at.netns.slice('pod:'.length));
    }
  }
  return { nodes, pods };
}
