import { Suspense, lazy } from 'react';
import { useAppStore } from '../../state/store.ts';
import { useT } from '../../i18n/useT.ts';

// Monaco is megabytes: it loads in its own chunk after the first paint.
const MonacoEditor = lazy(() => import('./MonacoEditor.tsx'));

export function EditorPanel() {
  const t = useT();
  const files = useAppStore((s) => s.files);
  const activeFile = useAppStore((s) => s.activeFile);
  const diagnostics = useAppStore((s) => s.analysis?.diagnostics);
  const setActiveFile = useAppStore((s) => s.setActiveFile);
  const addFile = useAppStore((s) => s.addFile);
  const removeFile = useAppStore((s) => s.removeFile);
  const close = (f: { name: string; text: string }) => {
    if (f.text.trim() === '' || window.confirm(t('editor.closeFile.confirm', { name: f.name })))
      removeFile(f.name);
  };

  return (
    <section className="editor-panel" aria-label={t('editor.region')}>
      <div className="tabs">
        <div className="tab-strip" role="tablist" aria-label={t('editor.tabs')}>
          {files.map((f) => {
            const errors =
              diagnostics?.filter((d) => d.file === f.name && d.severity === 'error').length ?? 0;
            return (
              <div
                key={f.name}
                role="presentation"
                className={f.name === activeFile ? 'tab tab-active' : 'tab'}
              >
                <button
                  type="button"
                  role="tab"
                  aria-selected={f.name === activeFile}
                  aria-keyshortcuts="Delete"
                  className="tab-label"
                  onClick={() => setActiveFile(f.name)}
                  onKeyDown={(e) => {
                    if (e.key === 'Delete') close(f);
                  }}
                >
                  {f.name}
                  {errors > 0 && <span className="tab-errors">{errors}</span>}
                </button>
                {/* Inside a tablist only tabs may be children: the close button is for the mouse, Delete on
                  the tab is its keyboard equivalent. */}
                <button
                  type="button"
                  className="tab-close"
                  tabIndex={-1}
                  aria-hidden="true"
                  title={t('editor.closeFile', { name: f.name })}
                  onClick={() => close(f)}
                >
                  ×
                </button>
              </div>
            );
          })}
        </div>
        <button
          type="button"
          className="tab-add"
          aria-label={t('editor.addFile')}
          title={t('editor.addFile')}
          onClick={addFile}
        >
          +
        </button>
      </div>
      <div className="editor-host" data-testid="editor">
        <Suspense fallback={<p className="editor-loading">{t('editor.loading')}</p>}>
          <MonacoEditor />
        </Suspense>
      </div>
    </section>
  );
}
