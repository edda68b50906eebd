/**
 * Cluster-wide settings, each decided by the first source that says something, in this order: the
 * packetwalk Cluster document, then the real objects that configure a real cluster (Flannel's net-conf.json,
 * Calico IPPools, the kube-proxy and CoreDNS ConfigMaps), then the seed defaults of DESIGN.md. When a later
 * source disagrees with the winner, a PW102 warning on the ignored value says which one won.
 */
import { cidrContaining, cidrNth, parseCidr, type Cidr } from '../net/cidr.ts';
import { parseIPv4, type IPv4 } from '../net/ipv4.ts';
import { parsePortRange, type PortRange } from '../net/port.ts';
import { readCorednsConfig, readFlannelConfig, readIPPools, readKubeProxyConfig } from './config.ts';
import { resolveKubeProxy } from './kubeProxy.ts';
import { resolveCni } from './cni.ts';
import type { FieldPositions } from '../manifest/types.ts';
import type { Inputs } from './inputs.ts';
import type { NodeSpec } from './nodes.ts';
import { cidrCandidate, decide, fallback, type Candidate } from './decide.ts';
import { pointer, type Reporter, type Where } from './report.ts';
import type {
  ClusterSettings,
  CniSettings,
  ExternalClient,
  Provenance,
  SettingName,
  SettingSource,
} from './types.ts';

const DEFAULT_POD_CIDR = parseCidr('10.244.0.0/16') as Cidr;
const DEFAULT_SERVICE_CIDR = parseCidr('10.96.0.0/12') as Cidr;
const DEFAULT_NODE_PORTS = parsePortRange('30000-32767') as PortRange;
const DEFAULT_EXTERNAL_CLIENTS: readonly ExternalClient[] = [{ name: 'laptop', ip: '203.0.113.7' as IPv4 }];

/**
 * Calico allocates from its pools; when the pod CIDR was decided by something other than a pool (the
 * Cluster document, kube-proxy's clusterCIDR, the default), that range is the one pool.
 */
function calicoPools(cni: CniSettings, podCIDR: Candidate<Cidr>): CniSettings {
  if (cni.plugin !== 'calico') return cni;
  return podCIDR.source === 'calico-ippool' && cni.pools.length > 0
    ? cni
    : { ...cni, pools: [podCIDR.value] };
}

/** Decide every cluster-wide setting. `nodes` gives the node networks and the default upstream resolver. */
export function resolveSettings(
  inputs: Inputs,
  nodes: readonly NodeSpec[],
  nodesSource: SettingSource,
  report: Reporter,
): ClusterSettings {
  const doc = inputs.byKind.Cluster[0];
  const spec = doc?.data.spec;
  const docWhere = (p: string): Where | undefined =>
    doc === undefined ? undefined : { provenance: doc.provenance, positions: doc.positions, pointer: p };
  const docLabel = doc?.id ?? '';
  const flannel = readFlannelConfig(inputs);
  const pools = readIPPools(inputs);
  const coredns = readCorednsConfig(inputs);
  const kubeProxyCm = readKubeProxyConfig(inputs);

  const cni = resolveCni(inputs, flannel, pools, report);

  const objWhere = (
    src: { readonly provenance: Provenance; readonly positions: FieldPositions },
    p: string,
  ): Where => ({
    provenance: src.provenance,
    positions: src.positions,
    pointer: p,
  });
  const docCidr = (setting: string, text: string | undefined, p: string): Candidate<Cidr> | undefined =>
    doc === undefined
      ? undefined
      : cidrCandidate(setting, text, 'cluster-document', doc.id, objWhere(doc, p), report);
  const usesFlannelConfig = cni.plugin === 'flannel' || cni.plugin === 'canal';
  const firstPool = pools[0];
  const podCIDR = decide(
    'podCIDR',
    [
      docCidr('podCIDR', spec?.podCIDR, '/spec/podCIDR'),
      usesFlannelConfig && flannel !== undefined
        ? cidrCandidate(
            'podCIDR',
            flannel.network,
            'flannel-config',
            flannel.source.id,
            objWhere(flannel.source, '/data/net-conf.json'),
            report,
          )
        : undefined,
      cni.plugin === 'calico' && firstPool !== undefined
        ? cidrCandidate(
            'podCIDR',
            firstPool.spec.cidr,
            'calico-ippool',
            firstPool.source.id,
            objWhere(firstPool.source, '/spec/cidr'),
            report,
          )
        : undefined,
      kubeProxyCm === undefined
        ? undefined
        : cidrCandidate(
            'podCIDR',
            kubeProxyCm.clusterCIDR,
            'kube-proxy-config',
            kubeProxyCm.source.id,
            objWhere(kubeProxyCm.source, '/data/config.conf'),
            report,
          ),
    ],
    fallback(DEFAULT_POD_CIDR),
    report,
  );

  const serviceCIDR = decide(
    'serviceCIDR',
    [docCidr('serviceCIDR', spec?.serviceCIDR, '/spec/serviceCIDR')],
    fallback(DEFAULT_SERVICE_CIDR),
    report,
  );

  const domainOf = (text: string | undefined): string | undefined =>
    text === undefined ? undefined : text.replace(/\.$/, '').toLowerCase();
  const clusterDomain = decide(
    'clusterDomain',
    [
      spec?.clusterDomain === undefined
        ? undefined
        : {
            source: 'cluster-document',
            label: docLabel,
            value: domainOf(spec.clusterDomain) ?? '',
            where: docWhere('/spec/clusterDomain') as Where,
          },
      coredns?.zone === undefined
        ? undefined
        : {
            source: 'coredns-config',
            label: coredns.source.id,
            value: coredns.zone,
            where: {
              provenance: coredns.source.provenance,
              positions: coredns.source.positions,
              pointer: '/data/Corefile',
            },
          },
    ],
    fallback('cluster.local'),
    report,
  );

  let nodePortRange = fallback(DEFAULT_NODE_PORTS);
  if (spec?.nodePortRange !== undefined) {
    const range = parsePortRange(spec.nodePortRange);
    if (range === undefined)
      report.report('PW103', 'error', docWhere('/spec/nodePortRange') as Where, {
        setting: 'nodePortRange',
        value: spec.nodePortRange,
      });
    else nodePortRange = { source: 'cluster-document', label: docLabel, value: range };
  }

  const kubeProxy = resolveKubeProxy(inputs, docWhere, report);
  const nodeNetworks = [
    ...new Set(nodes.flatMap((n) => cidrContaining(n.internalIP, 24) ?? [])),
  ].sort() as Cidr[];

  const upstreamCandidates: (Candidate<IPv4> | undefined)[] = [];
  if (spec?.upstreamDNS !== undefined) {
    const ip = parseIPv4(spec.upstreamDNS);
    if (ip === undefined)
      report.report('PW122', 'error', docWhere('/spec/upstreamDNS') as Where, {
        object: docLabel,
        field: 'spec.upstreamDNS',
        value: spec.upstreamDNS,
      });
    else
      upstreamCandidates.push({
        source: 'cluster-document',
        label: docLabel,
        value: ip,
        where: docWhere('/spec/upstreamDNS') as Where,
      });
  }
  const forward = coredns?.forward === undefined ? undefined : parseIPv4(coredns.forward);
  if (coredns !== undefined && forward !== undefined) {
    upstreamCandidates.push({
      source: 'coredns-config',
      label: coredns.source.id,
      value: forward,
      where: {
        provenance: coredns.source.provenance,
        positions: coredns.source.positions,
        pointer: '/data/Corefile',
      },
    });
  }
  const firstNetwork = nodeNetworks[0];
  const gateway =
    (firstNetwork === undefined ? undefined : cidrNth(firstNetwork, 1)) ?? ('192.168.1.1' as IPv4);
  const upstreamDNS = decide('upstreamDNS', upstreamCandidates, fallback(gateway), report);

  let externalClients = fallback(DEFAULT_EXTERNAL_CLIENTS);
  if (spec?.externalClients !== undefined) {
    const clients = spec.externalClients.flatMap((c, i) => {
      const ip = parseIPv4(String(c.ip));
      if (ip === undefined) {
        report.report('PW122', 'error', docWhere(pointer('spec', 'externalClients', i, 'ip')) as Where, {
          object: docLabel,
          field: 'externalClients[].ip',
          value: String(c.ip),
        });
        return [];
      }
      return [{ name: String(c.name), ip }];
    });
    externalClients = { source: 'cluster-document', label: docLabel, value: clients };
  }

  const svc = serviceCIDR.value;
  const explicitIP = (ns: string, name: string): IPv4 | undefined => {
    const s = inputs.byKind.Service.find((x) => x.namespace === ns && x.name === name);
    return s?.data.spec?.clusterIP === undefined ? undefined : parseIPv4(s.data.spec.clusterIP);
  };
  const kubeDnsIP = explicitIP('kube-system', 'kube-dns');
  const dnsServiceIP = kubeDnsIP ?? cidrNth(svc, 10) ?? cidrNth(svc, 1) ?? (svc.split('/')[0] as IPv4);
  const kubernetesServiceIP =
    explicitIP('default', 'kubernetes') ?? cidrNth(svc, 1) ?? (svc.split('/')[0] as IPv4);

  const sources: Record<SettingName, SettingSource> = {
    podCIDR: podCIDR.source,
    serviceCIDR: serviceCIDR.source,
    clusterDomain: clusterDomain.source,
    nodePortRange: nodePortRange.source,
    cni: cni.source,
    kubeProxy: kubeProxy.source,
    nodes: nodesSource,
    upstreamDNS: upstreamDNS.source,
    externalClients: externalClients.source,
    dnsServiceIP: kubeDnsIP === undefined ? 'default' : 'kube-dns-service',
  };
  return {
    name: doc?.data.metadata?.name ?? 'packetwalk',
    podCIDR: podCIDR.value,
    serviceCIDR: svc,
    nodeNetworks,
    clusterDomain: clusterDomain.value,
    nodePortRange: nodePortRange.value,
    cni: calicoPools(cni.settings, podCIDR),
    enforcesNetworkPolicy: cni.enforcesNetworkPolicy,
    kubeProxy: kubeProxy.settings,
    dnsServiceIP,
    kubernetesServiceIP,
    upstreamDNS: upstreamDNS.value,
    dnsTTL: 30,
    externalClients: externalClients.value,
    sources,
  };
}
