/**
 * CoreDNS as kubeadm configures it (REFERENCE.md §8): `kubernetes cluster.local in-addr.arpa ip6.arpa`
 * with `pods insecure` and `fallthrough in-addr.arpa ip6.arpa`, then `forward . /etc/resolv.conf`.
 *
 * Inside the cluster zone the kubernetes plugin is authoritative. It answers from the records the cluster
 * model generated (`cluster.dnsRecords`), and otherwise as its request parser does (coredns
 * `plugin/kubernetes`: `parseRequest`, `findServices`, `findPods`):
 * - the zone apex, `svc.<zone>`, `pod.<zone>` and `<existing-ns>.svc|pod.<zone>` exist but hold nothing: NODATA;
 * - a name whose last label before the zone is not `svc` or `pod` (`google.com.cluster.local`), a namespace
 *   that does not exist, a Service that does not exist: NXDOMAIN;
 * - a headless Service with no ready endpoints has no record at all: NXDOMAIN, as the spec requires;
 * - `pods insecure`: `a-b-c-d.<ns>.pod.<zone>` answers `a.b.c.d` for any existing namespace, pod or not;
 * - an ExternalName CNAME is followed: inside the zone by the plugin itself, outside by asking upstream;
 *   when upstream has no address the answer is the CNAME alone (NOERROR), as the plugin returns it.
 * Reverse names with a PTR record (ClusterIPs, headless endpoints) are answered; other reverse names fall
 * through to `forward`, like every name outside the zone.
 *
 * Simplifications: no SRV for a bare Service name (CoreDNS lists one per port; we serve only the
 * `_port._proto` records), no per-endpoint names for ClusterIP Services, no wildcard queries.
 */
import type { Cluster, DnsRecord } from '../cluster/types.ts';
import { parseIPv4 } from '../net/ipv4.ts';
import type { DnsAnswer, DnsQuestion, DnsQuestionType } from './types.ts';
import { upstreamAnswer } from './upstream.ts';

interface ZoneIndex {
  readonly records: ReadonlyMap<string, readonly DnsRecord[]>;
  readonly namespaces: ReadonlySet<string>;
  readonly services: ReadonlySet<string>;
}

const indexes = new WeakMap<Cluster, ZoneIndex>();

/** The records by name, built once per cluster (the cluster is immutable). */
function zoneIndex(cluster: Cluster): ZoneIndex {
  const cached = indexes.get(cluster);
  if (cached !== undefined) return cached;
  const records = new Map<string, DnsRecord[]>();
  for (const r of cluster.dnsRecords) {
    const name = r.name.toLowerCase();
    records.set(name, [...(records.get(name) ?? []), r]);
  }
  const index: ZoneIndex = {
    records,
    namespaces: new Set(cluster.namespaces.map((n) => n.name)),
    services: new Set(cluster.services.map((s) => `${s.name}.${s.namespace}`)),
  };
  indexes.set(cluster, index);
  return index;
}

const fqdn = (name: string): string => {
  const lower = name.trim().toLowerCase();
  return lower.endsWith('.') ? lower : `${lower}.`;
};

const within = (name: string, zone: string): boolean => name === zone || name.endsWith(`.${zone}`);

/** How deep CNAME chains are followed before giving up (CoreDNS stops loops the same way). */
const MAX_CNAME_DEPTH = 8;

function authoritative(
  rcode: DnsAnswer['rcode'],
  answers: readonly DnsRecord[],
  key: string,
  params: DnsAnswer['explain']['params'],
): DnsAnswer {
  return { rcode, answers, authoritative: true, forwarded: false, explain: { key, params } };
}

function forward(cluster: Cluster, question: DnsQuestion): DnsAnswer {
  const got = upstreamAnswer(question);
  const outcome = got.rcode !== 'NOERROR' ? 'nxdomain' : got.answers.length > 0 ? 'answer' : 'nodata';
  return {
    rcode: got.rcode,
    answers: got.answers,
    authoritative: false,
    forwarded: true,
    upstream: cluster.settings.upstreamDNS,
    explain: {
      key: `dns.forward.${outcome}`,
      params: { name: question.name, type: question.type, upstream: cluster.settings.upstreamDNS },
    },
  };
}

/** A name inside the cluster zone with no record: what the kubernetes plugin's parser makes of it. */
function synthesized(cluster: Cluster, name: string, type: DnsQuestionType, zone: string): DnsAnswer {
  const index = zoneIndex(cluster);
  const base = name === zone ? '' : name.slice(0, -(zone.length + 1));
  const segs = base === '' ? [] : base.split('.');
  const params = { name, type, zone: zone.slice(0, -1) };
  const kind = segs.at(-1);
  if (kind === undefined || (segs.length === 1 && (kind === 'svc' || kind === 'pod')))
    return authoritative('NOERROR', [], 'dns.coredns.nodataApex', params);
  if (kind !== 'svc' && kind !== 'pod')
    return authoritative('NXDOMAIN', [], 'dns.coredns.nxdomainNotKubernetes', params);
  const namespace = segs.at(-2) ?? '';
  if (!index.namespaces.has(namespace))
    return authoritative('NXDOMAIN', [], 'dns.coredns.nxdomainNamespace', { ...params, namespace });
  if (segs.length === 2)
    return authoritative('NOERROR', [], 'dns.coredns.nodataNamespace', { ...params, namespace });
  const label = segs.at(-3) ?? '';
  if (kind === 'pod') {
    const ip = segs.length === 3 && !label.includes('--') ? parseIPv4(label.replaceAll('-', '.')) : undefined;
    if (ip === undefined)
      return authoritative('NXDOMAIN', [], 'dns.coredns.nxdomainPod', { ...params, namespace });
    const answers: DnsRecord[] = type === 'A' ? [{ type: 'A', name, ttl: cluster.settings.dnsTTL, ip }] : [];
    return authoritative('NOERROR', answers, 'dns.coredns.podInsecure', { ...params, namespace, ip });
  }
  const service = cluster.services.find((s) => s.name === label && s.namespace === namespace);
  if (service === undefined)
    return authoritative('NXDOMAIN', [], 'dns.coredns.nxdomainService', {
      ...params,
      namespace,
      service: label,
    });
  if (segs.length === 3 && service.headless)
    return authoritative('NXDOMAIN', [], 'dns.coredns.nxdomainHeadless', {
      ...params,
      namespace,
      service: label,
    });
  return authoritative('NXDOMAIN', [], 'dns.coredns.nxdomainName', { ...params, namespace, service: label });
}

function describe(records: readonly DnsRecord[]): string {
  return records
    .map((r) => (r.type === 'A' ? r.ip : r.type === 'TXT' ? r.text : 'target' in r ? r.target : ''))
    .join(', ');
}

function answerIn(
  cluster: Cluster,
  name: string,
  type: DnsQuestionType,
  zone: string,
  depth: number,
): DnsAnswer {
  const records = zoneIndex(cluster).records.get(name);
  if (records === undefined)
    return within(name, zone) ? synthesized(cluster, name, type, zone) : forward(cluster, { name, type });
  const params = { name, type, zone: zone.slice(0, -1) };
  const matching = records.filter((r) => r.type === type);
  if (matching.length > 0)
    return authoritative('NOERROR', matching, 'dns.coredns.answer', {
      ...params,
      answers: describe(matching),
    });
  const cname = records.find((r) => r.type === 'CNAME');
  // The plugin drops ExternalName CNAMEs from SRV answers ("SRV for external services is not yet implemented").
  if (cname === undefined || cname.type !== 'CNAME' || type === 'SRV')
    return authoritative('NOERROR', [], 'dns.coredns.nodata', {
      ...params,
      types: [...new Set(records.map((r) => r.type))].join(', '),
    });
  const target = fqdn(cname.target);
  const chased: DnsAnswer =
    depth >= MAX_CNAME_DEPTH
      ? authoritative('NOERROR', [], 'dns.coredns.nodata', { ...params, types: 'CNAME' })
      : within(target, zone)
        ? answerIn(cluster, target, type, zone, depth + 1)
        : forward(cluster, { name: target, type });
  const answers = [cname, ...(chased.rcode === 'NOERROR' ? chased.answers : [])];
  const resolved = chased.answers.some((r) => r.type === type);
  return {
    rcode: 'NOERROR',
    answers,
    authoritative: true,
    forwarded: chased.forwarded,
    ...(chased.upstream === undefined ? {} : { upstream: chased.upstream }),
    explain: {
      key: resolved ? 'dns.coredns.cname' : 'dns.coredns.cnameUnresolved',
      params: { ...params, target, answers: describe(chased.answers) },
    },
  };
}

/**
 * CoreDNS's answer to one question from a pod: authoritative inside the cluster zone (and for the reverse
 * names of cluster addresses), forwarded upstream for everything else. `qname` may omit the trailing dot.
 */
export function coreDnsAnswer(cluster: Cluster, qname: string, qtype: DnsQuestionType): DnsAnswer {
  const name = fqdn(qname);
  const zone = fqdn(cluster.settings.clusterDomain);
  if (within(name, zone)) return answerIn(cluster, name, qtype, zone, 0);
  const reverse = within(name, 'in-addr.arpa.') || within(name, 'ip6.arpa.');
  if (reverse && zoneIndex(cluster).records.has(name)) return answerIn(cluster, name, qtype, zone, 0);
  return forward(cluster, { name, type: qtype });
}
