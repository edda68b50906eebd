/**
 * The cluster as a person reads it (`packetwalk model`): kubectl-style tables of nodes, pods, Services and
 * their endpoints, load balancers and Ingresses, then every DNS record in zone-file form. And a compact
 * JSON-friendly summary with the same content; `JSON.stringify(cluster)` gives the full model.
 */
import { renderResolvConf } from './dns.ts';
import type { Cluster, DnsRecord, EndpointSliceModel, PodModel, ServiceModel } from './types.ts';

/** Columns padded to the widest cell plus three spaces, as kubectl prints them. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd((widths[i] ?? 0) + 3)))
      .join('')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** `80:31966/TCP,443/TCP`, as `kubectl get svc` shows PORT(S). */
export function formatServicePorts(svc: ServiceModel): string {
  if (svc.ports.length === 0) return '<none>';
  return svc.ports
    .map((p) => `${p.port}${p.nodePort === undefined ? '' : `:${p.nodePort}`}/${p.protocol}`)
    .join(',');
}

/** Ready endpoint `ip:port` pairs of a Service, as `kubectl get endpoints` lists them. */
export function serviceEndpoints(svc: ServiceModel, slices: readonly EndpointSliceModel[]): string[] {
  const out: string[] = [];
  for (const slice of slices) {
    if (slice.service !== svc.ref) continue;
    for (const e of slice.endpoints) {
      if (!e.conditions.ready) continue;
      for (const ip of e.addresses) {
        if (slice.ports.length === 0) out.push(ip);
        for (const p of slice.ports) out.push(`${ip}:${p.port}`);
      }
    }
  }
  return [...new Set(out)];
}

export function formatDnsRecord(r: DnsRecord): string {
  const head = `${r.name} ${r.ttl} IN ${r.type}`;
  switch (r.type) {
    case 'A':
      return `${head} ${r.ip}`;
    case 'SRV':
      return `${head} ${r.priority} ${r.weight} ${r.port} ${r.target}`;
    case 'CNAME':
    case 'PTR':
      return `${head} ${r.target}`;
    case 'TXT':
      return `${head} "${r.text}"`;
    default:
      return exhaustive(r);
  }
}

function exhaustive(value: never): never {
  throw new Error(`unhandled record ${JSON.stringify(value)}`);
}

function podStatus(p: PodModel): string {
  return p.terminating ? 'Terminating' : p.phase;
}

function owner(p: PodModel): string {
  const w = p.workload ?? p.owner;
  return w === undefined ? '<none>' : `${w.kind}/${w.name}`;
}

function externalIPs(svc: ServiceModel): string {
  const ips = [...svc.loadBalancerIPs, ...svc.externalIPs];
  if (svc.type === 'ExternalName') return svc.externalName ?? '<none>';
  return ips.length === 0 ? (svc.type === 'LoadBalancer' ? '<pending>' : '<none>') : ips.join(',');
}

export function renderClusterText(cluster: Cluster): string {
  const s = cluster.settings;
  const src = s.sources;
  const cni = `${s.cni.plugin} ${s.cni.mode}${s.enforcesNetworkPolicy ? '' : ' (does not enforce NetworkPolicy)'}`;
  const settings = renderTable(
    ['SETTING', 'VALUE', 'FROM'],
    [
      ['Pod network', s.podCIDR, src.podCIDR],
      ['Service network', s.serviceCIDR, src.serviceCIDR],
      ['Node networks', s.nodeNetworks.join(','), src.nodes],
      ['Cluster domain', s.clusterDomain, src.clusterDomain],
      ['CNI', cni, src.cni],
      [
        'kube-proxy',
        s.kubeProxy.mode + (s.kubeProxy.mode === 'ipvs' ? ` (${s.kubeProxy.scheduler})` : ''),
        src.kubeProxy,
      ],
      ['Cluster DNS', s.dnsServiceIP, src.dnsServiceIP],
      ['Upstream DNS', s.upstreamDNS, src.upstreamDNS],
      ['NodePort range', `${s.nodePortRange.min}-${s.nodePortRange.max}`, src.nodePortRange],
    ],
  );
  const nodes = renderTable(
    ['NAME', 'ROLE', 'INTERNAL-IP', 'POD-CIDR', 'TAINTS'],
    cluster.nodes.map((n) => [
      n.name,
      n.role,
      n.internalIP,
      n.podCIDRs.join(',') || '<none>',
      n.taints.map((t) => `${t.key}${t.value === undefined ? '' : `=${t.value}`}:${t.effect}`).join(',') ||
        '<none>',
    ]),
  );
  const pods = renderTable(
    ['NAMESPACE', 'NAME', 'READY', 'STATUS', 'IP', 'NODE', 'OWNER'],
    cluster.pods.map((p) => [
      p.namespace,
      p.name,
      p.ready ? 'true' : 'false',
      podStatus(p),
      p.ip ?? '<none>',
      p.node ?? '<none>',
      owner(p),
    ]),
  );
  const services = renderTable(
    ['NAMESPACE', 'NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'ENDPOINTS'],
    cluster.services.map((svc) => [
      svc.namespace,
      svc.name,
      svc.type,
      svc.headless ? 'None' : (svc.clusterIP ?? '<none>'),
      externalIPs(svc),
      formatServicePorts(svc),
      serviceEndpoints(svc, cluster.endpointSlices).join(',') || '<none>',
    ]),
  );
  const sections = [
    `Cluster ${s.name}\n${settings}`,
    `NODES\n${nodes}`,
    `PODS\n${pods}`,
    `SERVICES\n${services}`,
  ];
  if (cluster.loadBalancers.length > 0) {
    sections.push(
      'LOAD BALANCERS\n' +
        renderTable(
          ['SERVICE', 'ADDRESS', 'PORTS', 'HEALTHY NODES'],
          cluster.loadBalancers.map((lb) => [
            lb.service,
            lb.ips.join(',') || '<pending>',
            lb.ports.map((p) => `${p.port}/${p.protocol}->${p.nodePort ?? '-'}`).join(','),
            lb.healthyNodes.join(',') || '<none>',
          ]),
        ),
    );
  }
  if (cluster.ingresses.length > 0) {
    sections.push(
      'INGRESSES\n' +
        renderTable(
          ['NAMESPACE', 'NAME', 'CLASS', 'HOSTS', 'SERVED BY'],
          cluster.ingresses.map((i) => [
            i.namespace,
            i.name,
            i.className ?? '<none>',
            i.rules.map((r) => r.host ?? '*').join(',') || '*',
            i.servedBy ?? '<none>',
          ]),
        ),
    );
  }
  sections.push(`DNS RECORDS\n${cluster.dnsRecords.map(formatDnsRecord).join('\n')}`);
  return `${sections.join('\n\n')}\n`;
}

/** The same content as {@link renderClusterText}, as plain data for `--format json`. */
export interface ClusterSummary {
  readonly settings: Cluster['settings'];
  readonly nodes: readonly { name: string; role: string; ip: string; podCIDRs: readonly string[] }[];
  readonly pods: readonly {
    pod: string;
    node: string | null;
    ip: string | null;
    ready: boolean;
    phase: string;
    owner: string | null;
    resolvConf: string;
  }[];
  readonly services: readonly {
    service: string;
    type: string;
    clusterIP: string | null;
    externalIPs: readonly string[];
    ports: string;
    endpoints: readonly string[];
  }[];
  readonly dns: readonly string[];
}

export function summarizeCluster(cluster: Cluster): ClusterSummary {
  return {
    settings: cluster.settings,
    nodes: cluster.nodes.map((n) => ({ name: n.name, role: n.role, ip: n.internalIP, podCIDRs: n.podCIDRs })),
    pods: cluster.pods.map((p) => ({
      pod: p.ref,
      node: p.node ?? null,
      ip: p.ip ?? null,
      ready: p.ready,
      phase: podStatus(p),
      owner: p.workload === undefined && p.owner === undefined ? null : owner(p),
      resolvConf: renderResolvConf(p.resolvConf),
    })),
    services: cluster.services.map((svc) => ({
      service: svc.ref,
      type: svc.type,
      clusterIP: svc.headless ? 'None' : (svc.clusterIP ?? null),
      externalIPs: [...svc.loadBalancerIPs, ...svc.externalIPs],
      ports: formatServicePorts(svc),
      endpoints: serviceEndpoints(svc, cluster.endpointSlices),
    })),
    dns: cluster.dnsRecords.map(formatDnsRecord),
  };
}
