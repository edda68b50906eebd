import type { Diagnostic } from '../../engine/diagnostics.ts';
import { useAppStore } from '../../state/store.ts';
import { useT } from '../../i18n/useT.ts';

function DiagnosticItems({ items }: { items: readonly Diagnostic[] }) {
  const t = useT();
  const revealPosition = useAppStore((s) => s.revealPosition);
  return (
    <ul className="diagnostic-list" data-testid="diagnostics">
      {items.map((d) => (
        <li key={`${d.file}:${d.line}:${d.column}:${d.code}:${JSON.stringify(d.params)}`}>
          <button
            type="button"
            className={`diagnostic diagnostic-${d.severity}`}
            data-code={d.code}
            onClick={() => revealPosition(d.file, d.line, d.column)}
          >
            <span className="diagnostic-head">
              <span className="diagnostic-severity">{t(`severity.${d.severity}`)}</span>
              <code>{d.code}</code>
              <span className="diagnostic-place">
                {d.file}:{d.line}:{d.column}
              </span>
            </span>
            <span className="diagnostic-message">{t(`diag.${d.code}`, d.params)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Errors and warnings first; notes (kinds kept but not simulated, hints) folded away until asked for. */
export function DiagnosticsList() {
  const t = useT();
  const diagnostics = useAppStore((s) => s.analysis?.diagnostics);
  if (!diagnostics) return null;
  const problems = diagnostics.filter((d) => d.severity !== 'info');
  const notes = diagnostics.filter((d) => d.severity === 'info');
  const count = (severity: string) => diagnostics.filter((d) => d.severity === severity).length;

  return (
    <section className="diagnostics" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title" className="panel-title">
        {t('panel.diagnostics')}
      </h2>
      {diagnostics.length === 0 ? (
        <p className="muted">{t('panel.diagnostics.none')}</p>
      ) : (
        <>
          <p className="muted">
            {t('panel.diagnostics.count', {
              errors: count('error'),
              warnings: count('warning'),
              infos: count('info'),
            })}
          </p>
          {problems.length > 0 && <DiagnosticItems items={problems} />}
          {notes.length > 0 && (
            <details className="diagnostic-notes">
              <summary>{t('panel.diagnostics.notes', { count: notes.length })}</summary>
              <DiagnosticItems items={notes} />
            </details>
          )}
        </>
      )}
    </section>
  );
}
