import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { walkIn } from '../../engine/walk/testkit.ts';
import { useAppStore } from '../../state/store.ts';
import { WalkPanel } from './WalkPanel.tsx';
import { WalkControls } from './WalkControls.tsx';

// Server rendering reads a zustand store's initial state; read the live state instead.
vi.mock('../../state/store.ts', async (original) =>
  (await import('../../state/liveStoreMock.ts')).liveStore(original),
);

const initial = useAppStore.getState();
afterEach(() => useAppStore.setState(initial, true));

/** The panel as static HTML, for the walk of the first visit (client → web:80, DNS first). */
function render(
  step: { leg: 'forward' | 'reply' | `dns:${number}`; index: number },
  locale: 'en' | 'zh-CN' = 'en',
) {
  const trace = walkIn('scenarios/cross-node-service', 'client', 'web:80');
  useAppStore.setState({ trace, step, locale });
  const html = renderToStaticMarkup(<WalkPanel />);
  return { html, trace };
}

describe('walk panel', () => {
  it('tells the DNS lookup as its own walk before the connection, one list per query', () => {
    const { html, trace } = render({ leg: 'forward', index: 0 });
    expect(trace.dns.length).toBe(2);
    const dns = html.indexOf('data-testid="walk-dns"');
    expect(dns).toBeGreaterThan(0);
    expect(html.indexOf('data-testid="steps-dns-0"')).toBeGreaterThan(dns);
    expect(html.indexOf('data-testid="steps-dns-1"')).toBeGreaterThan(dns);
    expect(html.indexOf('data-testid="steps-forward"')).toBeGreaterThan(
      html.indexOf('data-testid="steps-dns-1"'),
    );
    expect(html.indexOf('data-testid="steps-reply"')).toBeGreaterThan(
      html.indexOf('data-testid="steps-forward"'),
    );
    expect(html).toContain('Query 1: A web.default.svc.cluster.local.');
    expect(html).toContain('NOERROR 10.103.58.83');
  });

  it('the DNAT step: destination fields changed, KUBE-SEP rule highlighted in its chain, conntrack entry', () => {
    const trace = walkIn('scenarios/cross-node-service', 'client', 'web:80');
    const index = trace.steps.findIndex((s) => s.kind === 'netfilter' && s.changed.includes('dst'));
    const { html } = render({ leg: 'forward', index });
    expect(html).toMatch(/data-field="dst" data-changed="true"/);
    expect(html).toMatch(/data-field="dport" data-changed="true"/);
    expect(html).toMatch(/data-field="src" data-changed="false"/);
    expect(html).toMatch(/data-testid="rule-context" data-chain="KUBE-SEP-/);
    expect(html).toMatch(
      /data-role="decided"[^>]*data-testid="decider-rule"[^>]*><code>-A KUBE-SEP-\w+ .*-j DNAT/,
    );
    expect(html).toContain('data-testid="step-conntrack"');
    expect(html).toMatch(/dst=10\.103\.58\.83/);
    expect(html).toContain('data-testid="step-why"');
    expect(html).toMatch(/data-testid="glossary-term" data-term="dnat"/);
    // The current row is marked for assistive technology and for the canvas sync.
    expect(html).toMatch(/aria-current="step"[^>]*data-kind="netfilter"[^>]*data-badges="nat"/);
  });

  it('the encapsulation step shows outer UDP 8472 and VNI 1 as changed', () => {
    const trace = walkIn('scenarios/cross-node-service', 'client', 'web:80');
    const index = trace.steps.findIndex((s) => s.kind === 'encap');
    const { html } = render({ leg: 'forward', index });
    expect(html).toMatch(
      /data-layer="encap".*data-field="dport" data-changed="true"><dt>dport<\/dt><dd>8472/,
    );
    expect(html).toMatch(/data-field="vni" data-changed="true"><dt>VNI<\/dt><dd>1</);
  });

  it('speaks the language chosen', () => {
    const { html } = render({ leg: 'forward', index: 0 }, 'zh-CN');
    expect(html).toContain('先做 DNS 查询');
    expect(html).toContain('为什么');
  });
});

describe('walk controls', () => {
  it('says at the field what the request names that does not exist, and marks the input invalid', () => {
    useAppStore.setState({
      walkFrom: 'ghost',
      walkProblem: { field: 'from', message: { key: 'walk.request.unknownPod', params: { from: 'ghost' } } },
    });
    const html = renderToStaticMarkup(<WalkControls />);
    expect(html).toContain('No pod or workload &quot;ghost&quot;');
    expect(html).toMatch(/aria-invalid="true" aria-describedby="([^"]+)"/);
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`id="${describedBy}" class="walk-problem" data-testid="walk-problem"`);
    expect([...html.matchAll(/data-testid="walk-problem"/g)]).toHaveLength(1);
  });
});
