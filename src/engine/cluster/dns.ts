/**
 * DNS, as CoreDNS's kubernetes plugin and kubelet provide it (REFERENCE.md §8): the records CoreDNS would
 * answer for the cluster zone, and each pod's resolv.conf.
 *
 * Records: A for every ClusterIP Service; for a headless Service one A per ready endpoint address plus a
 * per-endpoint name (`<hostname>` or the dashed IP) under the Service; SRV for each named port (one per
 * endpoint for headless Services); CNAME for ExternalName; PTR for ClusterIPs and headless endpoints;
 * `a-b-c-d.<ns>.pod.<zone>` for every pod IP (the `pods insecure` mode kubeadm configures); and the
 * `dns-version` TXT record.
 */
import type { IPodDNSConfig } from 'kubernetes-models/v1/PodDNSConfig';
import { ipv4Dashed, ipv4ReverseName, parseIPv4, type IPv4 } from '../net/ipv4.ts';
import type { Reporter, Where } from './report.ts';
import type {
  ClusterSettings,
  DnsOption,
  DnsPolicy,
  DnsRecord,
  EndpointSliceModel,
  PodModel,
  ResolvConf,
  ServiceModel,
} from './types.ts';

/** CoreDNS's `DNSSchemaVersion`. */
export const DNS_SCHEMA_VERSION = '1.1.0';

/** kubelet limits (validation.MaxDNSNameservers, MaxDNSSearchPaths). */
const MAX_NAMESERVERS = 3;
const MAX_SEARCHES = 32;

export function dnsPolicyOf(value: unknown): DnsPolicy {
  return value === 'ClusterFirstWithHostNet' || value === 'Default' || value === 'None'
    ? value
    : 'ClusterFirst';
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/**
 * The resolv.conf kubelet writes. ClusterFirst: the cluster DNS Service, the namespace's search list,
 * `ndots:5`. A hostNetwork pod with ClusterFirst falls back to Default (the node's resolver) unless it asks
 * for ClusterFirstWithHostNet (PW136 says so). `dnsConfig` is appended last, options merged by name.
 */
export function resolvConf(
  pod: {
    readonly namespace: string;
    readonly label: string;
    readonly hostNetwork: boolean;
    readonly dnsPolicy: DnsPolicy;
    readonly dnsConfig?: IPodDNSConfig;
  },
  settings: ClusterSettings,
  where: Where,
  report: Reporter,
  /** Pods without dnsConfig in one namespace share one resolv.conf: pass a map to reuse it. */
  cache?: Map<string, ResolvConf>,
): ResolvConf {
  let policy = pod.dnsPolicy;
  if (policy === 'ClusterFirst' && pod.hostNetwork) {
    report.report('PW136', 'info', where, { pod: pod.label });
    policy = 'Default';
  }
  const key = pod.dnsConfig === undefined ? `${pod.namespace}\u0000${policy}` : undefined;
  const cached = key === undefined ? undefined : cache?.get(key);
  if (cached !== undefined) return cached;
  const conf = computeResolvConf(pod.namespace, policy, pod.dnsConfig, settings);
  if (key !== undefined) cache?.set(key, conf);
  return conf;
}

function computeResolvConf(
  namespace: string,
  policy: DnsPolicy,
  cfg: IPodDNSConfig | undefined,
  settings: ClusterSettings,
): ResolvConf {
  const zone = settings.clusterDomain;
  let nameservers: IPv4[] = [];
  let search: string[] = [];
  let options: DnsOption[] = [];
  switch (policy) {
    case 'ClusterFirst':
    case 'ClusterFirstWithHostNet':
      nameservers = [settings.dnsServiceIP];
      search = [`${namespace}.svc.${zone}`, `svc.${zone}`, zone];
      options = [{ name: 'ndots', value: '5' }];
      break;
    case 'Default':
      nameservers = [settings.upstreamDNS];
      break;
    case 'None':
      break;
    default:
      return exhaustive(policy);
  }
  if (cfg !== undefined) {
    nameservers = unique([
      ...nameservers,
      ...(cfg.nameservers ?? []).flatMap((t) => parseIPv4(String(t)) ?? []),
    ]);
    search = unique([...search, ...(cfg.searches ?? []).map((s) => String(s).replace(/\.$/, ''))]);
    for (const o of cfg.options ?? []) {
      if (o.name === undefined) continue;
      const option: DnsOption = o.value === undefined ? { name: o.name } : { name: o.name, value: o.value };
      const at = options.findIndex((x) => x.name === o.name);
      if (at >= 0) options[at] = option;
      else options.push(option);
    }
  }
  return {
    nameservers: nameservers.slice(0, MAX_NAMESERVERS),
    search: search.slice(0, MAX_SEARCHES),
    options,
  };
}

function exhaustive(value: never): never {
  throw new Error(`unhandled DNS policy ${String(value)}`);
}

/** kubelet's rendering of resolv.conf. */
export function renderResolvConf(conf: ResolvConf): string {
  const lines = [
    ...(conf.search.length > 0 ? [`search ${conf.search.join(' ')}`] : []),
    ...conf.nameservers.map((n) => `nameserver ${n}`),
    ...(conf.options.length > 0
      ? [
          `options ${conf.options.map((o) => (o.value === undefined ? o.name : `${o.name}:${o.value}`)).join(' ')}`,
        ]
      : []),
  ];
  return lines.join('\n');
}

/** CoreDNS's SRV weight: 100 split evenly (rounded down) among the records answering one name. */
function srvWeight(count: number): number {
  return Math.max(1, Math.floor(100 / count));
}

/** The value part of a record, padded so that text order is numeric order for addresses and ports. */
function valueKey(r: DnsRecord): string {
  switch (r.type) {
    case 'A':
      return r.ip
        .split('.')
        .map((o) => o.padStart(3, '0'))
        .join('.');
    case 'SRV':
      return `${String(r.port).padStart(5, '0')} ${r.target}`;
    case 'CNAME':
    case 'PTR':
      return r.target;
    case 'TXT':
      return r.text;
    default:
      return exhaustive(r);
  }
}

/** Sort by name, type, value; drop exact duplicates. Keys are computed once per record. */
function sortRecords(records: readonly DnsRecord[]): DnsRecord[] {
  const keyed = records.map((r) => ({ r, key: `${r.name}\u0000${r.type}\u0000${valueKey(r)}` }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed
    .filter(
      (k, i) =>
        i === 0 || k.key !== keyed[i - 1]?.key || JSON.stringify(k.r) !== JSON.stringify(keyed[i - 1]?.r),
    )
    .map((k) => k.r);
}

/** Every record CoreDNS serves for the cluster zone, sorted by name, type, value. */
export function buildDnsRecords(
  settings: ClusterSettings,
  services: readonly ServiceModel[],
  slices: readonly EndpointSliceModel[],
  pods: readonly PodModel[],
): DnsRecord[] {
  const zone = settings.clusterDomain;
  const ttl = settings.dnsTTL;
  const out: DnsRecord[] = [{ type: 'TXT', name: `dns-version.${zone}.`, ttl, text: DNS_SCHEMA_VERSION }];
  const slicesBy = new Map<string, EndpointSliceModel[]>();
  for (const s of slices) {
    const list = slicesBy.get(s.service);
    if (list === undefined) slicesBy.set(s.service, [s]);
    else list.push(s);
  }

  for (const svc of services) {
    const fqdn = `${svc.name}.${svc.namespace}.svc.${zone}.`;
    if (svc.type === 'ExternalName') {
      if (svc.externalName !== undefined)
        out.push({ type: 'CNAME', name: fqdn, ttl, target: `${svc.externalName}.` });
      continue;
    }
    if (!svc.headless) {
      if (svc.clusterIP === undefined) continue;
      out.push({ type: 'A', name: fqdn, ttl, ip: svc.clusterIP });
      out.push({ type: 'PTR', name: ipv4ReverseName(svc.clusterIP), ttl, target: fqdn });
      for (const p of svc.ports) {
        if (p.name === undefined) continue;
        out.push({
          type: 'SRV',
          name: `_${p.name}._${p.protocol.toLowerCase()}.${fqdn}`,
          ttl,
          priority: 0,
          weight: 100,
          port: p.port,
          target: fqdn,
        });
      }
      continue;
    }
    // Headless: the ready endpoints themselves.
    const ready = new Map<string, { ip: IPv4; host: string }>();
    const srv = new Map<string, { port: EndpointSliceModel['ports'][number]; target: string }[]>();
    for (const slice of slicesBy.get(svc.ref) ?? []) {
      for (const e of slice.endpoints) {
        if (!e.conditions.ready && !svc.publishNotReadyAddresses) continue;
        for (const ip of e.addresses) {
          const host = `${e.hostname ?? ipv4Dashed(ip)}.${fqdn}`;
          ready.set(`${ip} ${host}`, { ip, host });
          for (const p of slice.ports) {
            if (p.name === undefined) continue;
            const name = `_${p.name}._${p.protocol.toLowerCase()}.${fqdn}`;
            srv.set(name, [...(srv.get(name) ?? []), { port: p, target: host }]);
          }
        }
      }
    }
    const ips = new Set<string>();
    for (const { ip, host } of ready.values()) {
      if (!ips.has(ip)) out.push({ type: 'A', name: fqdn, ttl, ip });
      ips.add(ip);
      out.push({ type: 'A', name: host, ttl, ip });
      out.push({ type: 'PTR', name: ipv4ReverseName(ip), ttl, target: host });
    }
    for (const [name, targets] of srv) {
      const distinct = [...new Map(targets.map((t) => [`${t.port.port} ${t.target}`, t])).values()];
      for (const t of distinct)
        out.push({
          type: 'SRV',
          name,
          ttl,
          priority: 0,
          weight: srvWeight(distinct.length),
          port: t.port.port,
          target: t.target,
        });
    }
  }
  for (const pod of pods) {
    if (pod.ip === undefined || pod.hostNetwork) continue;
    out.push({ type: 'A', name: `${ipv4Dashed(pod.ip)}.${pod.namespace}.pod.${zone}.`, ttl, ip: pod.ip });
  }
  return sortRecords(out);
}
