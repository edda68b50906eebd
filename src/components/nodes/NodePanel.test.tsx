import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFolder, walkIn } from '../../engine/walk/testkit.ts';
import { createDataplane, renderNodeViews } from '../../engine/index.ts';
import { useAppStore } from '../../state/store.ts';
import { NodePanel } from './NodePanel.tsx';

// Server rendering reads a zustand store's initial state; read the live state instead.
vi.mock('../../state/store.ts', async (original) =>
  (await import('../../state/liveStoreMock.ts')).liveStore(original),
);

const initial = useAppStore.getState();
afterEach(() => useAppStore.setState(initial, true));

const SEED = 'scenarios/cross-node-service';

function render(node: string, to: string, locale: 'en' | 'zh-TW' = 'en') {
  const trace = walkIn(SEED, 'client', to);
  const dp = createDataplane(loadFolder(SEED)).node(node);
  if (dp === undefined) throw new Error(`no node ${node}`);
  const views = renderNodeViews(dp, { date: 'Sun Nov 22 08:10:00 2026' });
  const dnat = trace.steps.findIndex((s) => s.kind === 'netfilter' && s.changed.includes('dst'));
  useAppStore.setState({
    trace,
    step: { leg: 'forward', index: dnat },
    openNode: node,
    nodeViews: { node, views },
    nodeViewKind: 'iptables-save',
    locale,
  });
  return { html: renderToStaticMarkup(<NodePanel />), dnat, backend: trace.destination?.ip ?? '' };
}

describe('node panel: the walk on its lines', () => {
  it('marks the DNAT rule with its step, as the step on show, and counts the used lines on the tab', () => {
    const { html, dnat, backend } = render('worker-1', 'web:80');
    // The rule of the backend the walk chose (the other backend's DNAT rule is not used).
    expect(backend).toMatch(/^10\.244\.2\.\d+$/);
    const dnatRule = new RegExp(
      `<span class="node-view-line[^"]*"[^>]*>(?:(?!<span class="node-view-line).)*-j DNAT --to-destination ${backend.replaceAll('.', '\\.')}:8080`,
      's',
    );
    const line = html.match(dnatRule)?.[0] ?? '';
    expect(line).toContain('data-walk-matched="true"');
    expect(line).toContain('data-walk-current="true"');
    expect(line).toContain(`title="Matched by this walk: step ${dnat + 1}"`);
    expect(line).toMatch(
      /<button type="button" class="node-view-mark" aria-label="Show step \d+ in the walk\./,
    );
    expect(html).toMatch(/data-view="iptables-save" data-walk-matches="[1-9]\d*"/);
    expect(html).toContain('This walk used');
    // Lines the walk did not use carry no mark.
    expect(html).toMatch(
      /<span class="node-view-line" data-line="\d+">-A KUBE-SERVICES [^<]*default\/kubernetes:https cluster IP/,
    );
  });

  it('says when the walk does not pass the node, in the chosen language', () => {
    const { html } = render('master', 'svc/default/web:80', 'zh-TW');
    expect(html).toContain('這次追蹤不經過節點 master');
    expect(html).not.toContain('data-walk-matched');
  });
});
