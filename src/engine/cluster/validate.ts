/**
 * Whole-cluster checks that no single object can make: Pod, Service and Node networks that overlap,
 * one address used twice, NetworkPolicies under a CNI that ignores them, a StatefulSet whose governing
 * Service is missing or not headless.
 */
import { cidrsOverlap, type Cidr } from '../net/cidr.ts';
import { ipv4ToInt, type IPv4 } from '../net/ipv4.ts';
import { readFlannelConfig, readIPPools, readKubeProxyConfig } from './config.ts';
import type { Inputs } from './inputs.ts';
import type { NodeSpec } from './nodes.ts';
import type { Reporter, Where } from './report.ts';
import type { ClusterSettings, PodModel, ServiceModel, SettingName } from './types.ts';
import type { PodDraft } from './workloads.ts';

/** Where the winning value of a setting was written (system position when it is a default). */
export function settingWhere(
  inputs: Inputs,
  settings: ClusterSettings,
  name: SettingName,
  field: string,
): Where {
  const at = (
    s: { readonly provenance: Where['provenance']; readonly positions: Where['positions'] } | undefined,
    p: string,
  ): Where =>
    s === undefined
      ? { provenance: { from: 'system', component: 'seed-topology' } }
      : {
          provenance: s.provenance,
          ...(s.positions === undefined ? {} : { positions: s.positions }),
          pointer: p,
        };
  switch (settings.sources[name]) {
    case 'cluster-document':
      return at(inputs.byKind.Cluster[0], `/spec/${field}`);
    case 'flannel-config':
      return at(readFlannelConfig(inputs)?.source, '/data/net-conf.json');
    case 'calico-ippool':
      return at(readIPPools(inputs)[0]?.source, '/spec/cidr');
    case 'kube-proxy-config':
      return at(readKubeProxyConfig(inputs)?.source, '/data/config.conf');
    default:
      return at(undefined, '');
  }
}

function podNetworks(settings: ClusterSettings): readonly Cidr[] {
  return settings.cni.plugin === 'calico' ? settings.cni.pools : [settings.podCIDR];
}

export function validateNetworks(inputs: Inputs, settings: ClusterSettings, report: Reporter): void {
  const podWhere = settingWhere(inputs, settings, 'podCIDR', 'podCIDR');
  const svcWhere = settingWhere(inputs, settings, 'serviceCIDR', 'serviceCIDR');
  for (const pod of podNetworks(settings)) {
    if (cidrsOverlap(pod, settings.serviceCIDR))
      report.report('PW104', 'error', podWhere, { podCIDR: pod, serviceCIDR: settings.serviceCIDR });
    for (const node of settings.nodeNetworks) {
      if (cidrsOverlap(pod, node))
        report.report('PW105', 'error', podWhere, { podCIDR: pod, nodeNetwork: node });
    }
  }
  for (const node of settings.nodeNetworks) {
    if (cidrsOverlap(settings.serviceCIDR, node))
      report.report('PW106', 'error', svcWhere, { serviceCIDR: settings.serviceCIDR, nodeNetwork: node });
  }
}

/** PW109: node, pod, ClusterIP and load-balancer addresses must be unique (hostNetwork pods share their node's). */
export function validateUniqueAddresses(
  nodes: readonly NodeSpec[],
  pods: readonly { readonly model: PodModel; readonly draft: PodDraft }[],
  services: readonly (ServiceModel & { readonly where: Where })[],
  report: Reporter,
): void {
  const owners = new Map<number, string>();
  const claim = (ip: IPv4 | undefined, who: string, where: Where): void => {
    if (ip === undefined) return;
    const first = owners.get(ipv4ToInt(ip));
    if (first === undefined) owners.set(ipv4ToInt(ip), who);
    else if (first !== who) report.report('PW109', 'error', where, { ip, first, second: who });
  };
  for (const n of nodes)
    claim(n.internalIP, `Node ${n.name}`, {
      provenance: n.provenance,
      positions: n.positions,
      pointer: n.pointer,
    });
  for (const { model, draft } of pods) {
    if (!model.hostNetwork)
      claim(model.ip, `Pod ${model.ref}`, {
        ...draft.where,
        pointer: model.ipSource === 'status' ? '/status/podIP' : draft.specPointer,
      });
  }
  for (const s of services) {
    claim(s.clusterIP, `Service ${s.ref}`, { ...s.where, pointer: '/spec/clusterIP' });
    for (const ip of s.loadBalancerIPs)
      claim(ip, `Service ${s.ref} (load balancer)`, { ...s.where, pointer: '/status/loadBalancer' });
  }
}

/** PW118: Flannel has no policy engine; every NetworkPolicy is accepted by the API and ignored by the dataplane. */
export function validatePolicies(inputs: Inputs, settings: ClusterSettings, report: Reporter): void {
  if (settings.enforcesNetworkPolicy) return;
  for (const p of inputs.byKind.NetworkPolicy) {
    report.report(
      'PW118',
      'warning',
      { provenance: p.provenance, positions: p.positions, pointer: '/spec' },
      { name: `${p.namespace}/${p.name}`, cni: settings.cni.plugin },
    );
  }
}

/** PW131: a StatefulSet's per-pod DNS names exist only under a headless Service named by `serviceName`. */
export function validateStatefulSets(
  inputs: Inputs,
  services: readonly ServiceModel[],
  report: Reporter,
): void {
  for (const s of inputs.byKind.StatefulSet) {
    const name = s.data.spec?.serviceName;
    if (name === undefined || name === '') continue;
    const svc = services.find((x) => x.namespace === s.namespace && x.name === name);
    if (svc === undefined || !svc.headless) {
      report.report(
        'PW131',
        'warning',
        { provenance: s.provenance, positions: s.positions, pointer: '/spec/serviceName' },
        {
          name: `${s.namespace}/${s.name}`,
          serviceName: name,
        },
      );
    }
  }
}
