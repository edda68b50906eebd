import { useAppStore } from '../../state/store.ts';
import { useT } from '../../i18n/useT.ts';

export function DiagnosticsList() {
  const t = useT();
  const diagnostics = useAppStore((s) => s.analysis?.diagnostics);
  const revealPosition = useAppStore((s) => s.revealPosition);
  if (!diagnostics) return null;
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
          <ul className="diagnostic-list" data-testid="diagnostics">
            {diagnostics.map((d) => (
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
        </>
      )}
    </section>
  );
}
