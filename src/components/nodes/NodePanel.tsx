/**
 * A node's dataplane as a person would see it on the machine: one tab per command (iptables-save, kube-proxy's
 * restore input, nft, ipvsadm, ipset, ip addr/route/neigh + bridge fdb, Cilium's service list, sysctls),
 * rendered by the engine worker for the open node. A filter narrows long rule sets to the lines that matter,
 * and the lines the walk on show used are highlighted (tabs count them), linked back to their steps.
 */
import {
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';
import { useAppStore } from '../../state/store.ts';
import { useT } from '../../i18n/useT.ts';
import type { NodeView, NodeViewKind } from '../../engine/index.ts';
import { matchWalkOnNode, type LineMatch } from './walkMatches.ts';
import { NodeViewBody } from './NodeViewBody.tsx';
import { CopyButton } from '../CopyButton.tsx';
import './NodePanel.css';

const NO_LINES: readonly LineMatch[] = [];
const NO_VIEWS: readonly NodeView[] = [];

export function NodePanel() {
  const t = useT();
  const openNode = useAppStore((s) => s.openNode);
  const nodeViews = useAppStore((s) => s.nodeViews);
  const loading = useAppStore((s) => s.nodeViewsLoading);
  const kind = useAppStore((s) => s.nodeViewKind);
  const setKind = useAppStore((s) => s.setNodeViewKind);
  const showNode = useAppStore((s) => s.showNode);
  const trace = useAppStore((s) => s.trace);
  const [filter, setFilter] = useState('');
  const deferredFilter = useDeferredValue(filter);
  const ids = useId();
  const views = openNode !== null && nodeViews?.node === openNode ? nodeViews.views : NO_VIEWS;
  const walk = useMemo(
    () => (openNode === null ? null : matchWalkOnNode(trace, openNode, views)),
    [trace, openNode, views],
  );

  // A drawer: opening it takes the focus to its title, closing it gives the focus back to what opened it.
  const title = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const isOpen = openNode !== null;
  useEffect(() => {
    if (!isOpen) return;
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    const panel = title.current?.closest('.node-panel') ?? null;
    title.current?.focus({ preventScroll: true });
    return () => {
      const back = opener.current;
      // Only when the focus was in the drawer (and went with it), not if the user has moved on elsewhere.
      const focus = document.activeElement;
      const lost = focus === null || focus === document.body || (panel?.contains(focus) ?? false);
      if (back?.isConnected && lost) back.focus({ preventScroll: true });
    };
  }, [isOpen]);

  useEffect(() => {
    if (openNode === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') showNode(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openNode, showNode]);

  if (openNode === null) return null;
  const view = views.find((v) => v.kind === kind) ?? views[0];
  const tabId = (k: NodeViewKind) => `${ids}-tab-${k}`;
  const panelId = `${ids}-panel`;

  // The tabs as one stop in the tab order, moved between with the arrow keys (WAI-ARIA tabs pattern).
  const onTabKey = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    const at = views.findIndex((v) => v.kind === view?.kind);
    const to =
      e.key === 'ArrowRight'
        ? at + 1
        : e.key === 'ArrowLeft'
          ? at - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? views.length - 1
              : undefined;
    if (to === undefined || views.length === 0) return;
    // Not a walk step: keep the arrow keys from reaching the walk's shortcuts.
    e.preventDefault();
    e.stopPropagation();
    const next = views[(to + views.length) % views.length];
    if (next === undefined) return;
    setKind(next.kind);
    document.getElementById(tabId(next.kind))?.focus();
  };

  return (
    <section
      className="node-panel"
      aria-label={t('nodePanel.title', { name: openNode })}
      data-testid="node-panel"
      data-node={openNode}
    >
      <header className="node-panel-header">
        <h2 className="panel-title" ref={title} tabIndex={-1}>
          {t('nodePanel.title', { name: openNode })}
        </h2>
        <div
          className="tabs node-view-tabs"
          role="tablist"
          aria-label={t('nodePanel.views')}
          onKeyDown={onTabKey}
        >
          {views.map((v) => {
            const selected = v.kind === view?.kind;
            const used = walk?.byView.get(v.kind)?.length ?? 0;
            return (
              <button
                key={v.kind}
                id={tabId(v.kind)}
                type="button"
                role="tab"
                aria-selected={selected}
                aria-controls={selected ? panelId : undefined}
                tabIndex={selected ? 0 : -1}
                className={selected ? 'tab-label tab-active' : 'tab-label'}
                data-view={v.kind}
                data-walk-matches={used}
                onClick={() => setKind(v.kind)}
              >
                {t(`nodePanel.view.${v.kind}`)}
                {used > 0 && (
                  <>
                    <span className="node-view-tab-count" aria-hidden="true">
                      {used}
                    </span>
                    <span className="visually-hidden">{t('nodePanel.tabMatches', { count: used })}</span>
                  </>
                )}
              </button>
            );
          })}
        </div>
        <button
          type="button"
          className="tab-close"
          aria-label={t('nodePanel.close')}
          title={t('nodePanel.close')}
          onClick={() => showNode(null)}
        >
          ×
        </button>
      </header>
      {view === undefined ? (
        <p className="muted node-view-meta">{loading ? t('nodePanel.loading') : t('nodePanel.empty')}</p>
      ) : (
        <>
          <div className="node-view-toolbar">
            <code className="node-view-command">
              {openNode}$ {view.command}
            </code>
            <CopyButton text={view.command} label={t('nodePanel.copyCommand')} />
            <CopyButton text={view.lines.map((l) => l.text).join('\n')} label={t('nodePanel.copyOutput')} />
            <input
              type="search"
              className="node-view-filter"
              placeholder={t('nodePanel.filter')}
              aria-label={t('nodePanel.filter')}
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
            {loading && <span className="muted">{t('nodePanel.loading')}</span>}
          </div>
          <NodeViewBody
            node={openNode}
            view={view}
            filter={deferredFilter}
            walk={{
              hasWalk: trace !== null,
              passesNode: walk?.passesNode ?? false,
              matches: walk?.byView.get(view.kind) ?? NO_LINES,
            }}
            panelId={panelId}
            tabId={tabId(view.kind)}
          />
        </>
      )}
    </section>
  );
}
