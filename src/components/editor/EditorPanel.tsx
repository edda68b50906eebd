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

  return (
    <section className="editor-panel" aria-label={t('editor.region')}>
      <div className="tabs" role="tablist" aria-label={t('editor.tabs')}>
        {files.map((f) => {
          const errors = diagnostics?.filter((d) => d.file === f.name && d.severity === 'error').length ?? 0;
          return (
            <div key={f.name} className={f.name === activeFile ? 'tab tab-active' : 'tab'}>
              <button
                type="button"
                role="tab"
                aria-selected={f.name === activeFile}
                className="tab-label"
                onClick={() => setActiveFile(f.name)}
              >
                {f.name}
                {errors > 0 && <span className="tab-errors">{errors}</span>}
              </button>
              <button
                type="button"
                className="tab-close"
                aria-label={t('editor.closeFile', { name: f.name })}
                title={t('editor.closeFile', { name: f.name })}
                onClick={() => {
                  if (
                    f.text.trim() === '' ||
                    window.confirm(t('editor.closeFile.confirm', { name: f.name }))
                  ) {
                    removeFile(f.name);
                  }
                }}
              >
                ×
              </button>
            </div>
          );
        })}
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
