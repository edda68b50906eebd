import { useAppStore } from '../../state/store.ts';
import { useT } from '../../i18n/useT.ts';
import { DiagnosticsList } from './DiagnosticsList.tsx';
import { WalkControls } from '../walk/WalkControls.tsx';
import { WalkPanel } from '../walk/WalkPanel.tsx';

export function SidePanel() {
  const t = useT();
  return (
    <aside className="side-panel" aria-label={t('panel.region')}>
      <div className="side-head">
        <h2 className="panel-title">{t('walkUi.title')}</h2>
        <WalkControls />
      </div>
      <WalkPanel footer={<PanelFooter />} />
    </aside>
  );
}

/** What the manifests built, and every diagnostic: below the walk's lists. */
function PanelFooter() {
  const t = useT();
  const load = useAppStore((s) => s.analysis?.load);
  const cluster = useAppStore((s) => s.analysis?.cluster);
  return (
    <>
      {load && (
        <p className="panel-summary" data-testid="object-summary">
          {t('panel.objects', { count: load.objects.length, files: load.files.length })}
        </p>
      )}
      {cluster && (
        <p className="panel-summary" data-testid="cluster-summary">
          {t('panel.cluster', {
            nodes: cluster.nodes.length,
            pods: cluster.pods.length,
            services: cluster.services.length,
            cni: `${cluster.settings.cni.plugin} ${cluster.settings.cni.mode}`,
            proxy: cluster.settings.kubeProxy.mode,
          })}
        </p>
      )}
      <DiagnosticsList />
    </>
  );
}
