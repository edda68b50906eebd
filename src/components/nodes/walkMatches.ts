/**
 * Which lines of a node's views the walk used: every step on the node whose decider (a rule, a route, an
 * IPVS server, a neighbour or FDB entry…) carries refs that a line of the view also carries. Pure, so the
 * node panel can highlight the lines and the tests can check them against real traces.
 */
import type { NodeView, NodeViewKind, Step, Trace } from '../../engine/index.ts';
import { legsOf, type StepRef } from '../../state/walkSlice.ts';

/** A line of a view the walk matched, and the steps that matched it in story order. */
export interface LineMatch {
  /** Index in `NodeView.lines`. */
  readonly line: number;
  readonly steps: readonly StepRef[];
}

export interface NodeWalkMatches {
  /** Whether any step of any leg happens on this node. */
  readonly passesNode: boolean;
  /** Matched lines per view kind, in line order; views without matches are absent. */
  readonly byView: ReadonlyMap<NodeViewKind, readonly LineMatch[]>;
}

/**
 * The views a decider's refs can be found in. kube-proxy's restore input shows the same rules as
 * iptables-save (same rule ids), so a netfilter decider lights up both.
 */
function viewsOfDecider(view: NonNullable<Step['decider']>['view']): readonly NodeViewKind[] {
  return view === 'iptables-save' ? ['iptables-save', 'iptables-restore'] : [view];
}

/** The steps on `node` whose deciders link into `views`, and the lines each one matched. */
export function matchWalkOnNode(
  trace: Trace | null,
  node: string,
  views: readonly NodeView[],
): NodeWalkMatches {
  // ref -> steps that used it, per view kind
  const wanted = new Map<NodeViewKind, Map<string, StepRef[]>>();
  let passesNode = false;
  for (const { leg, steps } of legsOf(trace)) {
    steps.forEach((step, index) => {
      if (step.at.node !== node) return;
      passesNode = true;
      const decider = step.decider;
      if (decider === undefined) return;
      for (const kind of viewsOfDecider(decider.view)) {
        let byRef = wanted.get(kind);
        if (byRef === undefined) wanted.set(kind, (byRef = new Map()));
        for (const ref of new Set(decider.refs)) {
          const list = byRef.get(ref) ?? [];
          list.push({ leg, index });
          byRef.set(ref, list);
        }
      }
    });
  }

  const order = legsOf(trace).map((l) => l.leg);
  const inStoryOrder = (steps: StepRef[]) =>
    steps.sort((a, b) => order.indexOf(a.leg) - order.indexOf(b.leg) || a.index - b.index);
  const byView = new Map<NodeViewKind, readonly LineMatch[]>();
  for (const view of views) {
    const byRef = wanted.get(view.kind);
    if (byRef === undefined) continue;
    const matches: LineMatch[] = [];
    view.lines.forEach((line, i) => {
      const steps: StepRef[] = [];
      for (const ref of line.refs) {
        for (const s of byRef.get(ref) ?? []) {
          if (!steps.some((t) => t.leg === s.leg && t.index === s.index)) steps.push(s);
        }
      }
      if (steps.length > 0) matches.push({ line: i, steps: inStoryOrder(steps) });
    });
    if (matches.length > 0) byView.set(view.kind, matches);
  }
  return { passesNode, byView };
}

/**
 * The matched line to go to after `current` (a line index, or -1 before the first), wrapping around, among
 * the lines shown (`shown` lists visible line indices, as a filter leaves them). Undefined when none is shown.
 */
export function nextMatchedLine(
  matches: readonly LineMatch[],
  shown: ReadonlySet<number>,
  current: number,
): number | undefined {
  const visible = matches.filter((m) => shown.has(m.line)).map((m) => m.line);
  return visible.find((l) => l > current) ?? visible[0];
}
