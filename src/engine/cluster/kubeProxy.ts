/**
 * kube-proxy's settings: the Cluster document's `kubeProxy`, else the `kube-proxy` ConfigMap's
 * `config.conf`, else kube-proxy's own defaults (iptables mode, `rr` scheduler, masquerade bit 14,
 * localhost NodePorts on, NodePorts on every local address).
 */
import { parseCidr, type Cidr } from '../net/cidr.ts';
import { readKubeProxyConfig } from './config.ts';
import { decide, fallback, type Candidate } from './decide.ts';
import type { Inputs } from './inputs.ts';
import type { Reporter, Where } from './report.ts';
import type { KubeProxySettings, SettingSource } from './types.ts';

export function resolveKubeProxy(
  inputs: Inputs,
  docWhere: (p: string) => Where | undefined,
  report: Reporter,
): { readonly settings: KubeProxySettings; readonly source: SettingSource } {
  const doc = inputs.byKind.Cluster[0];
  const kp = doc?.data.spec?.kubeProxy;
  const cm = readKubeProxyConfig(inputs);
  const cmWhere =
    cm === undefined
      ? undefined
      : { provenance: cm.source.provenance, positions: cm.source.positions, pointer: '/data/config.conf' };
  const cmLabel = cm?.source.id ?? '';
  const opt = <T>(
    value: T | undefined,
    source: SettingSource,
    label: string,
    where: Where | undefined,
  ): Candidate<T> | undefined =>
    value === undefined || where === undefined ? undefined : { source, label, value, where };
  const docLabel = doc?.id ?? '';

  const modes = ['iptables', 'ipvs', 'nftables'];
  let cmMode = cm?.mode;
  if (cmMode !== undefined && !modes.includes(cmMode) && cmWhere !== undefined) {
    report.report('PW103', 'error', cmWhere, { setting: 'kubeProxy.mode', value: cmMode });
    cmMode = undefined;
  }
  const mode = decide(
    'kubeProxy.mode',
    [
      opt(kp?.mode, 'cluster-document', docLabel, docWhere('/spec/kubeProxy/mode')),
      opt(cmMode, 'kube-proxy-config', cmLabel, cmWhere),
    ],
    fallback<string>('iptables'),
    report,
  );
  const scheduler = decide(
    'kubeProxy.scheduler',
    [
      opt(kp?.scheduler, 'cluster-document', docLabel, docWhere('/spec/kubeProxy/scheduler')),
      opt(cm?.scheduler, 'kube-proxy-config', cmLabel, cmWhere),
    ],
    fallback('rr'),
    report,
  );
  const masqueradeAll = decide(
    'kubeProxy.masqueradeAll',
    [
      opt(kp?.masqueradeAll, 'cluster-document', docLabel, docWhere('/spec/kubeProxy/masqueradeAll')),
      opt(cm?.masqueradeAll, 'kube-proxy-config', cmLabel, cmWhere),
    ],
    fallback(false),
    report,
  );
  let bit = cm?.masqueradeBit ?? 14;
  if (!Number.isInteger(bit) || bit < 0 || bit > 31) {
    if (cmWhere !== undefined)
      report.report('PW103', 'error', cmWhere, { setting: 'iptables.masqueradeBit', value: String(bit) });
    bit = 14;
  }
  const nodePortAddresses = (cm?.nodePortAddresses ?? []).flatMap((a): (Cidr | 'primary')[] => {
    if (a === 'primary') return ['primary'];
    const c = parseCidr(a, 'mask');
    if (c === undefined && cmWhere !== undefined)
      report.report('PW103', 'error', cmWhere, { setting: 'nodePortAddresses', value: a });
    return c === undefined ? [] : [c];
  });
  const settings: KubeProxySettings = {
    mode: mode.value as KubeProxySettings['mode'],
    scheduler: scheduler.value,
    masqueradeAll: masqueradeAll.value,
    masqueradeBit: bit,
    localhostNodePorts: cm?.localhostNodePorts ?? true,
    nodePortAddresses,
  };
  const source =
    [mode, scheduler, masqueradeAll].find((c) => c.source !== 'default')?.source ??
    (cm === undefined ? 'default' : 'kube-proxy-config');
  return { settings, source };
}
