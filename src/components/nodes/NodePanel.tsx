/**
 * A node's dataplane as a person would see it on the machine: one tab per command (iptables-save, kube-proxy's
 * restore input, nft, ipvsadm, ipset, ip addr/route/neigh + bridge fdb, Cilium's service list, sysctls),
 * rendered by the engine worker for the open node. A filter narrows long rule sets to the lines that matter.
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useAppStore } from '../../state/store.ts';
import { useT } from '../../i18n/useT.ts';
import type { NodeView } from '../../engine/index.ts';

function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(() => setCopied(true));
      }}
      onBlur={() => setCopied(false)}
    >
      {copied ? t('nodePanel.copied') : label}
    </button>
  );
}

function ViewBody({ view, filter }: { view: NodeView; filter: string }) {
  const t = useT();
  const needle = filter.trim().toLowerCase();
  const lines = useMemo(
    () => (needle === '' ? view.lines : view.lines.filter((l) => l.text.toLowerCase().includes(needle))),
    [view, needle],
  );
  const text = useMemo(() => lines.map((l) => l.text).join('\n'), [lines]);
  return (
    <>
      <p className="node-view-meta">
        {t('nodePanel.lines', { shown: lines.length, total: view.lines.length })}
      </p>
      <pre className="node-view-text" data-testid="node-view-text" tabIndex={0}>
        {text}
      </pre>
    </>
  );
}

export function NodePanel() {
  const t = useT();
  const openNode = useAppStore((s) => s.openNode);
  const nodeViews = useAppStore((s) => s.nodeViews);
  const loading = useAppStore((s) => s.nodeViewsLoading);
  const kind = useAppStore((s) => s.nodeViewKind);
  const setKind = useAppStore((s) => s.setNodeViewKind);
  const showNode = useAppStore((s) => s.showNode);
  const [filter, setFilter] = useState('');
  const deferredFilter = useDeferredValue(filter);

  useEffect(() => {
    if (openNode === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') showNode(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openNode, showNode]);

  if (openNode === null) return null;
  const views = nodeViews?.node === openNode ? nodeViews.views : [];
  const view = views.find((v) => v.kind === kind) ?? views[0];

  return (
    <section
      className="node-panel"
      aria-label={t('nodePanel.title', { name: openNode })}
      data-testid="node-panel"
    >
      <header className="node-panel-header">
        <h2 className="panel-title">{t('nodePanel.title', { name: openNode })}</h2>
        <div className="tabs node-view-tabs" role="tablist" aria-label={t('nodePanel.views')}>
          {views.map((v) => (
            <button
              key={v.kind}
              type="button"
              role="tab"
              aria-selected={v.kind === view?.kind}
              className={v.kind === view?.kind ? 'tab-label tab-active' : 'tab-label'}
              data-view={v.kind}
              onClick={() => setKind(v.kind)}
            >
              {t(`nodePanel.view.${v.kind}`)}
            </button>
          ))}
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
          <ViewBody view={view} filter={deferredFilter} />
        </>
      )}
    </section>
  );
}
