/**
 * The kube-proxy mode and CNI switches. They show what the engine built and, when changed, edit the Cluster
 * document in the user's YAML: the manifests stay the single source of truth.
 */
import { CNI_MODES } from '../engine/cluster/cni.ts';
import type { CniPlugin } from '../engine/cluster/types.ts';
import { useT } from '../i18n/useT.ts';
import type { ClusterEdit } from '../state/clusterDocument.ts';
import { useAppStore } from '../state/store.ts';

const PROXY_MODES = ['iptables', 'ipvs', 'nftables', 'none'] as const;
const CNI_CHOICES = (Object.entries(CNI_MODES) as [CniPlugin, readonly string[]][]).flatMap(
  ([plugin, modes]) => modes.map((mode) => `${plugin} ${mode}`),
);

export function DataplaneSwitches() {
  const t = useT();
  const settings = useAppStore((s) => s.lastGood?.cluster.settings);
  const replaceFiles = useAppStore((s) => s.replaceFiles);
  if (!settings) return null;

  // The YAML document model is only needed when a switch is used: it loads then, not with the first page.
  const apply = (edits: readonly ClusterEdit[]) => {
    void import('../state/clusterDocument.ts').then(({ editClusterDocument }) =>
      replaceFiles(editClusterDocument(useAppStore.getState().files, edits)),
    );
  };
  const currentCni = `${settings.cni.plugin} ${settings.cni.mode}`;

  return (
    <>
      <label className="field">
        <span>{t('toolbar.cni')}</span>
        <select
          data-testid="cni-picker"
          value={currentCni}
          onChange={(e) => {
            const [plugin = 'flannel', mode = 'vxlan'] = e.target.value.split(' ');
            const edits: ClusterEdit[] = [
              { path: ['cni', 'plugin'], value: plugin },
              { path: ['cni', 'mode'], value: mode },
            ];
            // Cilium here runs as the kube-proxy replacement; leaving it brings kube-proxy back.
            if (plugin === 'cilium') edits.push({ path: ['kubeProxy', 'mode'], value: 'none' });
            else if (settings.kubeProxy.mode === 'none')
              edits.push({ path: ['kubeProxy', 'mode'], value: 'iptables' });
            apply(edits);
          }}
        >
          {CNI_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('toolbar.proxyMode')}</span>
        <select
          data-testid="proxy-picker"
          value={settings.kubeProxy.mode}
          onChange={(e) => apply([{ path: ['kubeProxy', 'mode'], value: e.target.value }])}
        >
          {PROXY_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {mode === 'none' ? t('toolbar.proxyMode.none') : mode}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
