import { describe, expect, it } from 'vitest';
import {
  analyze,
  createDataplane,
  renderNodeViews,
  trace,
  type NodeView,
  type Trace,
} from '../../engine/index.ts';
import { SCENARIOS, type ScenarioId } from '../../scenarios/index.ts';
import { matchWalkOnNode, nextMatchedLine, type LineMatch } from './walkMatches.ts';
import { stepLabel } from './stepLabel.ts';

function scenarioWalk(id: ScenarioId, request?: { from: string; to: string }) {
  const scenario = SCENARIOS.find((s) => s.id === id);
  if (scenario === undefined) throw new Error(`no scenario ${id}`);
  const { cluster } = analyze(scenario.files);
  const dataplane = createDataplane(cluster);
  const t = trace(cluster, dataplane, {
    from: request?.from ?? scenario.walk.from,
    to: request?.to ?? scenario.walk.to,
    protocol: scenario.walk.protocol,
    seed: 1,
  });
  const viewsOf = (node: string): readonly NodeView[] => {
    const dp = dataplane.node(node);
    if (dp === undefined) throw new Error(`no node ${node}`);
    return renderNodeViews(dp, { date: 'Sun Nov 22 08:10:00 2026' });
  };
  return { trace: t, viewsOf, nodes: cluster.nodes.map((n) => n.name as string) };
}

function linesOf(
  views: readonly NodeView[],
  kind: string,
  matches: readonly LineMatch[] | undefined,
): string[] {
  const view = views.find((v) => v.kind === kind);
  return (matches ?? []).map((m) => view?.lines[m.line]?.text ?? '');
}

describe('matchWalkOnNode: the lines of a node view a walk used', () => {
  const seed = scenarioWalk('cross-node-service');
  const t: Trace = seed.trace;

  it('pod to ClusterIP: the client node highlights the KUBE-SERVICES → KUBE-SVC → KUBE-SEP DNAT path', () => {
    expect(t.verdict).toBe('delivered');
    const dnat = t.steps.findIndex((s) => s.kind === 'netfilter' && s.changed.includes('dst'));
    const node = t.steps[dnat]?.at.node;
    expect(node).toBe('worker-1');
    const views = seed.viewsOf('worker-1');
    const result = matchWalkOnNode(t, 'worker-1', views);
    expect(result.passesNode).toBe(true);

    const save = result.byView.get('iptables-save');
    const texts = linesOf(views, 'iptables-save', save);
    expect(texts).toContainEqual(expect.stringMatching(/^-A KUBE-SERVICES .* -j KUBE-SVC-/));
    expect(texts).toContainEqual(
      expect.stringMatching(/^-A KUBE-SEP-\S+ .*-j DNAT --to-destination 10\.244\.2\.\d+:8080/),
    );
    // The DNAT line names the forward step that used it, in the walk panel's numbering.
    const dnatLine = save?.find(
      (m) => /-j DNAT/.test(views[0]?.lines[m.line]?.text ?? '') && m.steps.some((s) => s.leg === 'forward'),
    );
    expect(dnatLine?.steps).toContainEqual({ leg: 'forward', index: dnat });
    // Every matched line really carries one of its steps' decider refs.
    for (const m of save ?? []) {
      const refs = views[0]?.lines[m.line]?.refs ?? [];
      expect(
        m.steps.some((s) => legSteps(t, s.leg)[s.index]?.decider?.refs.some((r) => refs.includes(r))),
      ).toBe(true);
    }
  });

  it('kube-proxy restore input shows the same rules, so it lights up too', () => {
    const views = seed.viewsOf('worker-1');
    const result = matchWalkOnNode(t, 'worker-1', views);
    const restore = linesOf(views, 'iptables-restore', result.byView.get('iptables-restore'));
    expect(restore).toContainEqual(expect.stringMatching(/-j DNAT --to-destination 10\.244\.2\.\d+:8080/));
  });

  it('routes view: the route to the other node goes through flannel.1, and the FDB entry that encapsulated', () => {
    const views = seed.viewsOf('worker-1');
    const routes = linesOf(views, 'routes', matchWalkOnNode(t, 'worker-1', views).byView.get('routes'));
    expect(routes).toContainEqual(
      expect.stringContaining('10.244.2.0/24 via 10.244.2.0 dev flannel.1 onlink'),
    );
  });

  it('the receiving node has its own lines; a reply step is named by its leg', () => {
    const views = seed.viewsOf('worker-2');
    const result = matchWalkOnNode(t, 'worker-2', views);
    expect(result.passesNode).toBe(true);
    const legs = new Set([...result.byView.values()].flat().flatMap((m) => m.steps.map((s) => s.leg)));
    expect(legs.has('forward')).toBe(true);
    expect(legs.has('reply')).toBe(true);
  });

  it('a node the walk never enters: passesNode is false and nothing matches', () => {
    // Without the DNS lookup (a Service reference), the control-plane node is off the path.
    const direct = scenarioWalk('cross-node-service', { from: 'client', to: 'svc/default/web:80' });
    const untouched = direct.nodes.filter((n) => !legStepsAll(direct.trace).some((s) => s.at.node === n));
    expect(untouched.length).toBeGreaterThan(0);
    const node = untouched[0] ?? '';
    const result = matchWalkOnNode(direct.trace, node, direct.viewsOf(node));
    expect(result).toEqual({ passesNode: false, byView: new Map() });
  });

  it('no walk: nothing', () => {
    const result = matchWalkOnNode(null, 'worker-1', seed.viewsOf('worker-1'));
    expect(result.passesNode).toBe(false);
    expect(result.byView.size).toBe(0);
  });

  it('IPVS NodePort: the ipvsadm virtual and real server lines are highlighted', () => {
    const ipvs = scenarioWalk('ipvs-nodeport');
    const node = ipvs.trace.steps.find((s) => s.kind === 'ipvs')?.at.node;
    expect(node).toBeDefined();
    const views = ipvs.viewsOf(node ?? '');
    const lines = linesOf(
      views,
      'ipvsadm',
      matchWalkOnNode(ipvs.trace, node ?? '', views).byView.get('ipvsadm'),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^TCP {2}\S+:30080 /));
    expect(lines).toContainEqual(expect.stringMatching(/-> 10\.244\.\d+\.\d+:\d+/));
  });
});

describe('nextMatchedLine', () => {
  const matches: LineMatch[] = [3, 10, 42].map((line) => ({ line, steps: [{ leg: 'forward', index: 0 }] }));
  const all = new Set([3, 10, 42]);
  it.each([
    ['from before the first', -1, all, 3],
    ['to the following one', 3, all, 10],
    ['wraps around after the last', 42, all, 3],
    ['skips lines the filter hides', 3, new Set([3, 42]), 42],
  ])('%s', (_name, current, shown, expected) => {
    expect(nextMatchedLine(matches, shown, current)).toBe(expected);
  });
  it('none shown: undefined', () => {
    expect(nextMatchedLine(matches, new Set([1, 2]), -1)).toBeUndefined();
  });
});

describe('stepLabel', () => {
  it('numbers steps within their leg, 1-based, and names the DNS query', () => {
    expect(stepLabel({ leg: 'forward', index: 5 }, 'long')).toEqual({
      key: 'nodePanel.step.forward',
      params: { n: 6 },
    });
    expect(stepLabel({ leg: 'reply', index: 0 }, 'mark')).toEqual({
      key: 'nodePanel.mark.reply',
      params: { n: 1 },
    });
    expect(stepLabel({ leg: 'dns:1', index: 2 }, 'long')).toEqual({
      key: 'nodePanel.step.dns',
      params: { n: 3, query: 2 },
    });
  });
});

function legSteps(t: Trace, leg: string) {
  if (leg === 'forward') return t.steps;
  if (leg === 'reply') return t.reply?.steps ?? [];
  if (leg.startsWith('dns:')) return t.dns[Number(leg.slice(4))]?.steps ?? [];
  return [];
}

function legStepsAll(t: Trace) {
  return [...t.dns.flatMap((q) => q.steps), ...t.steps, ...(t.reply?.steps ?? [])];
}
