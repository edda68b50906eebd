import { useAppStore } from '../../state/store.ts';
import { useT } from '../../i18n/useT.ts';
import { DiagnosticsList } from './DiagnosticsList.tsx';

export function SidePanel() {
  const t = useT();
  const load = useAppStore((s) => s.analysis?.load);
  return (
    <aside className="side-panel" aria-label={t('panel.region')}>
      {load && (
        <p className="panel-summary" data-testid="object-summary">
          {t('panel.objects', { count: load.objects.length, files: load.files.length })}
        </p>
      )}
      <DiagnosticsList />
    </aside>
  );
}
