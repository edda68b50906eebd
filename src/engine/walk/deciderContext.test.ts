import { describe, expect, it } from 'vitest';
import { createDataplane } from '../index.ts';
import { CONTEXT_RADIUS, chainWindow } from './deciderContext.ts';
import { loadVariant, stepsOf, walkIn } from './testkit.ts';
import { trace } from './trace.ts';

const FLANNEL = 'scenarios/cross-node-service';

const rules = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r${i + 1}`, position: i + 1 }));
const render = (rule: { id: string }) => `-A X ${rule.id}`;

describe('decider context: the window around the deciding rule', () => {
  it('centres on the rule that decided and counts what it leaves out', () => {
    const ctx = chainWindow({ chain: 'X', rules: rules(20), render, decided: 'r10', matched: new Set() });
    expect(ctx.lines.map((l) => l.position)).toEqual([7, 8, 9, 10, 11, 12, 13]);
    expect(ctx.lines.find((l) => l.role === 'decided')?.ref).toBe('r10');
    expect(ctx).toMatchObject({ omittedBefore: 6, omittedAfter: 7 });
  });

  it('stays within a short chain', () => {
    const ctx = chainWindow({ chain: 'X', rules: rules(3), render, decided: 'r1', matched: new Set(['r2']) });
    expect(ctx.lines.map((l) => l.role)).toEqual(['decided', 'matched', 'context']);
    expect(ctx).toMatchObject({ omittedBefore: 0, omittedAfter: 0 });
  });

  it("shows a chain's tail when its policy decided and nothing matched", () => {
    const ctx = chainWindow({ chain: 'X', policy: 'DROP', rules: rules(12), render, matched: new Set() });
    expect(ctx.lines.map((l) => l.position)).toEqual([6, 7, 8, 9, 10, 11, 12]);
    expect(ctx.lines.every((l) => l.role === 'context')).toBe(true);
    expect(ctx.policy).toBe('DROP');
  });
});

describe('decider context: real walks', () => {
  it('pod to ClusterIP (iptables): the DNAT rule in its KUBE-SEP chain, the SVC jump in KUBE-SVC', () => {
    const t = walkIn(FLANNEL, 'client', 'svc/default/web:80');
    const dnat = t.steps.find((s) => s.kind === 'netfilter' && s.changed.includes('dst'));
    const ctx = dnat?.decider?.context;
    expect(ctx?.chain).toMatch(/^KUBE-SEP-/);
    const decided = ctx?.lines.filter((l) => l.role === 'decided') ?? [];
    expect(decided).toHaveLength(1);
    expect(decided[0]?.text).toBe(dnat?.decider?.text);
    expect(decided[0]?.position).toBe(dnat?.at.ruleIndex);
    // KUBE-MARK-MASQ for hairpin traffic sits just above the DNAT rule in the same chain.
    expect(ctx?.lines.map((l) => l.text).join('\n')).toMatch(/-j KUBE-MARK-MASQ/);
    expect(ctx?.lines.length).toBeLessThanOrEqual(2 * CONTEXT_RADIUS + 1);
  });

  it('a chain policy verdict shows the built-in chain with its policy', () => {
    const t = walkIn(FLANNEL, 'client', 'svc/default/web:80');
    const fallThrough = t.steps.find(
      (s) => s.kind === 'netfilter' && s.explain.key === 'walk.netfilter.fallThrough',
    );
    const ctx = fallThrough?.decider?.context;
    expect(ctx?.policy).toBe('ACCEPT');
    expect(ctx?.chain).toBe(fallThrough?.at.hook);
    expect(ctx?.lines.some((l) => l.role === 'decided')).toBe(false);
  });

  it('nftables mode: the deciding rule of the kube-proxy table in its chain', () => {
    const cluster = loadVariant(FLANNEL, 'flannel', 'vxlan', 'nftables');
    const t = trace(cluster, createDataplane(cluster), {
      from: 'client',
      to: 'svc/default/web:80',
      protocol: 'tcp',
      seed: 1,
    });
    const dnat = stepsOf(t.steps, 'nftables').find((s) => s.changed.includes('dst'));
    const ctx = dnat?.decider?.context;
    const decided = ctx?.lines.find((l) => l.role === 'decided');
    expect(decided?.text).toBe(dnat?.decider?.text);
    expect(decided?.text).toMatch(/dnat to 10\.244\.\d+\.\d+:8080/);
    expect(ctx?.chain).toMatch(/^endpoint-/);
  });
});
