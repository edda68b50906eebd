/**
 * Reading cluster configuration out of real objects: the `kube-proxy` ConfigMap's `config.conf`, Flannel's
 * `net-conf.json`, the CoreDNS Corefile and Calico IPPools. Each reader returns only what the object says
 * (undefined fields when it says nothing); deciding between sources is `settings.ts`'s job. A payload that
 * does not parse is reported by the loader (PW015), so here it simply says nothing.
 */
import { parse } from 'yaml';
import type { ICalicoIPPool } from '../manifest/types.ts';
import type { Inputs, Source } from './inputs.ts';

export interface KubeProxyConfig {
  readonly source: Source<'ConfigMap'>;
  readonly mode?: string;
  readonly clusterCIDR?: string;
  readonly masqueradeAll?: boolean;
  readonly masqueradeBit?: number;
  readonly localhostNodePorts?: boolean;
  readonly scheduler?: string;
  readonly nodePortAddresses?: readonly string[];
}

export interface FlannelConfig {
  readonly source: Source<'ConfigMap'>;
  /** `canal-config` belongs to Canal (Flannel networking + Calico policy). */
  readonly plugin: 'flannel' | 'canal';
  readonly network?: string;
  readonly backendType?: string;
}

export interface CorednsConfig {
  readonly source: Source<'ConfigMap'>;
  /** The first zone of the `kubernetes` plugin line (`cluster.local`). */
  readonly zone?: string;
  /** `forward . <ip>` when it names an address rather than /etc/resolv.conf. */
  readonly forward?: string;
}

export interface IPPoolConfig {
  readonly source: Source<'IPPool'>;
  readonly spec: NonNullable<ICalicoIPPool['spec']>;
}

type Json = Readonly<Record<string, unknown>>;

function parsePayload(text: string | undefined): Json | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
  } catch {
    return undefined;
  }
}

function sub(obj: Json | undefined, key: string): Json | undefined {
  const v = obj?.[key];
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}

function str(obj: Json | undefined, key: string): string | undefined {
  const v = obj?.[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function bool(obj: Json | undefined, key: string): boolean | undefined {
  const v = obj?.[key];
  return typeof v === 'boolean' ? v : undefined;
}

function num(obj: Json | undefined, key: string): number | undefined {
  const v = obj?.[key];
  return typeof v === 'number' ? v : undefined;
}

function configMap(
  inputs: Inputs,
  namespaces: readonly string[],
  name: string,
): Source<'ConfigMap'> | undefined {
  return inputs.byKind.ConfigMap.find((s) => s.name === name && namespaces.includes(s.namespace));
}

/** `kube-system/kube-proxy`, key `config.conf` (a KubeProxyConfiguration), as kubeadm writes it. */
export function readKubeProxyConfig(inputs: Inputs): KubeProxyConfig | undefined {
  const source = configMap(inputs, ['kube-system'], 'kube-proxy');
  if (source === undefined) return undefined;
  const conf = parsePayload(source.data.data?.['config.conf']);
  const iptables = sub(conf, 'iptables');
  const ipvs = sub(conf, 'ipvs');
  const addresses = conf?.['nodePortAddresses'];
  const config: {
    -readonly [K in keyof KubeProxyConfig]: KubeProxyConfig[K];
  } = { source };
  const mode = str(conf, 'mode');
  if (mode !== undefined) config.mode = mode;
  const clusterCIDR = str(conf, 'clusterCIDR');
  if (clusterCIDR !== undefined) config.clusterCIDR = clusterCIDR.split(',')[0]?.trim() ?? clusterCIDR;
  const masqueradeAll = bool(iptables, 'masqueradeAll');
  if (masqueradeAll !== undefined) config.masqueradeAll = masqueradeAll;
  const masqueradeBit = num(iptables, 'masqueradeBit');
  if (masqueradeBit !== undefined) config.masqueradeBit = masqueradeBit;
  const localhostNodePorts = bool(iptables, 'localhostNodePorts');
  if (localhostNodePorts !== undefined) config.localhostNodePorts = localhostNodePorts;
  const scheduler = str(ipvs, 'scheduler');
  if (scheduler !== undefined) config.scheduler = scheduler;
  if (Array.isArray(addresses))
    config.nodePortAddresses = addresses.filter((a): a is string => typeof a === 'string');
  return config;
}

/** `kube-flannel-cfg` (namespace kube-flannel, or kube-system in older manifests) or Canal's `canal-config`. */
export function readFlannelConfig(inputs: Inputs): FlannelConfig | undefined {
  const flannel = configMap(inputs, ['kube-flannel', 'kube-system'], 'kube-flannel-cfg');
  const canal = configMap(inputs, ['kube-system'], 'canal-config');
  const source = flannel ?? canal;
  if (source === undefined) return undefined;
  const conf = parsePayload(source.data.data?.['net-conf.json']);
  const config: { -readonly [K in keyof FlannelConfig]: FlannelConfig[K] } = {
    source,
    plugin: flannel !== undefined ? 'flannel' : 'canal',
  };
  const network = str(conf, 'Network');
  if (network !== undefined) config.network = network;
  const backendType = str(sub(conf, 'Backend'), 'Type');
  if (backendType !== undefined) config.backendType = backendType;
  return config;
}

/** `kube-system/coredns`, key `Corefile`: the cluster zone and an explicit upstream. */
export function readCorednsConfig(inputs: Inputs): CorednsConfig | undefined {
  const source = configMap(inputs, ['kube-system'], 'coredns');
  if (source === undefined) return undefined;
  const corefile = source.data.data?.['Corefile'] ?? '';
  const config: { -readonly [K in keyof CorednsConfig]: CorednsConfig[K] } = { source };
  const zone = /^\s*kubernetes\s+([^\s{]+)/m.exec(corefile)?.[1];
  if (zone !== undefined) config.zone = zone.replace(/\.$/, '');
  const forward = /^\s*forward\s+\.\s+([^\s{]+)/m.exec(corefile)?.[1];
  if (forward !== undefined && forward !== '/etc/resolv.conf') config.forward = forward.replace(/:53$/, '');
  return config;
}

/** Enabled Calico IPPools in name order (Calico tries pools in no documented order; name order is ours). */
export function readIPPools(inputs: Inputs): readonly IPPoolConfig[] {
  return inputs.byKind.IPPool.flatMap((source) => {
    const spec = source.data.spec;
    return spec === undefined || spec.disabled === true ? [] : [{ source, spec }];
  });
}
