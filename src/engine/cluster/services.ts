/**
 * Services as the API server stores them after defaulting and allocation: ClusterIPs (explicit, or
 * `kubernetes` at index 1 and `kube-dns` at index 10 as kubeadm sets them, or allocated), NodePorts
 * (explicit — honoured even outside the range, with a warning — or allocated), health-check NodePorts for
 * `externalTrafficPolicy: Local` LoadBalancers, and load-balancer addresses (`status.loadBalancer.ingress`,
 * else one from 198.51.100.0/24, RFC 5737's documentation range, as the modelled cloud would assign).
 */
import { cidrNth, cidrSize, parseCidr, type Cidr } from '../net/cidr.ts';
import { ipv4ToInt, parseIPv4, type IPv4 } from '../net/ipv4.ts';
import { parsePort, portInRange, type Port } from '../net/port.ts';
import { pickSlot, staticBandSize } from './alloc.ts';
import { toServiceRef } from './ids.ts';
import type { Inputs, Source } from './inputs.ts';
import { toLabels } from './labels.ts';
import type { Reporter } from './report.ts';
import { assignClusterIPs } from './clusterIPs.ts';
import { parsePorts, serviceLabel, serviceType, where } from './serviceSpec.ts';
import type { ClusterSettings, ServiceModel, SessionAffinity } from './types.ts';

/** A Service before its endpoints are known. */
export type ServiceDraft = Omit<ServiceModel, 'endpointSource'> & {
  readonly source: Source<'Service'>;
  /** For each model port, its index in `spec.ports` (for diagnostic positions). */
  readonly portIndices: readonly number[];
  readonly lbIPSource?: 'status' | 'allocated';
};

const LB_RANGE = parseCidr('198.51.100.0/24') as Cidr;

function addresses(
  s: Source<'Service'>,
  texts: readonly string[] | undefined,
  field: string,
  report: Reporter,
): IPv4[] {
  return (texts ?? []).flatMap((text, i) => {
    const ip = parseIPv4(String(text));
    if (ip === undefined)
      report.report('PW122', 'error', where(s, 'spec', field, i), {
        object: `Service ${s.namespace}/${s.name}`,
        field: `spec.${field}[${i}]`,
        value: String(text),
      });
    return ip === undefined ? [] : [ip];
  });
}

export function buildServices(inputs: Inputs, settings: ClusterSettings, report: Reporter): ServiceDraft[] {
  const services = inputs.byKind.Service;
  const label = serviceLabel;

  const clusterIP = assignClusterIPs(services, settings, report);

  // NodePorts: explicit first, then allocated; TCP and UDP on the same service port share one.
  const range = settings.nodePortRange;
  const portOwner = new Map<string, string>();
  const nodePorts = new Map<Source<'Service'>, Map<number, Port>>();
  const wantsNodePorts = (s: Source<'Service'>): boolean => {
    const t = serviceType(s.data.spec?.type);
    return t === 'NodePort' || (t === 'LoadBalancer' && s.data.spec?.allocateLoadBalancerNodePorts !== false);
  };
  const claimPort = (port: Port, protocol: string, who: string): string | undefined => {
    const key = `${port}/${protocol}`;
    const first = portOwner.get(key);
    if (first === undefined) portOwner.set(key, who);
    return first;
  };
  for (const s of services) {
    const t = serviceType(s.data.spec?.type);
    if (t !== 'NodePort' && t !== 'LoadBalancer') continue;
    const byIndex = new Map<number, Port>();
    for (const p of parsePorts(s)) {
      const np = parsePort(p.spec.nodePort);
      if (np === undefined) continue;
      if (!portInRange(np, range))
        report.report('PW108', 'warning', where(s, 'spec', 'ports', p.index, 'nodePort'), {
          name: `${s.namespace}/${s.name}`,
          nodePort: np,
          range: `${range.min}-${range.max}`,
        });
      const first = claimPort(np, p.model.protocol, label(s));
      if (first !== undefined && first !== label(s))
        report.report('PW127', 'error', where(s, 'spec', 'ports', p.index, 'nodePort'), {
          nodePort: np,
          protocol: p.model.protocol,
          first,
          second: label(s),
        });
      byIndex.set(p.index, np);
    }
    nodePorts.set(s, byIndex);
  }
  const span = range.max - range.min + 1;
  const portBand = staticBandSize(span, 16, 128, 32);
  const portTaken = (port: number): boolean =>
    ['TCP', 'UDP', 'SCTP'].some((proto) => portOwner.has(`${port}/${proto}`));
  const allocatePort = (key: string, who: string): Port | undefined => {
    const slot = pickSlot(key, span, portBand, (i) => !portTaken(range.min + i));
    if (slot === undefined) return undefined;
    const port = (range.min + slot) as Port;
    claimPort(port, 'TCP', who);
    return port;
  };
  for (const s of services) {
    if (!wantsNodePorts(s)) continue;
    const byIndex = nodePorts.get(s) ?? new Map<number, Port>();
    const byServicePort = new Map<number, Port>();
    for (const p of parsePorts(s)) {
      const existing = byIndex.get(p.index) ?? byServicePort.get(p.model.port);
      const np =
        existing ?? allocatePort(`node-port\u0000${s.namespace}/${s.name}/${p.model.port}`, label(s));
      if (np === undefined) continue;
      if (existing === undefined) claimPort(np, p.model.protocol, label(s));
      byIndex.set(p.index, np);
      byServicePort.set(p.model.port, np);
    }
    nodePorts.set(s, byIndex);
  }

  // Load-balancer addresses.
  const lbUsed = new Set<number>();
  const lbGiven = new Map<Source<'Service'>, IPv4[]>();
  for (const s of services) {
    if (serviceType(s.data.spec?.type) !== 'LoadBalancer') continue;
    const ingress = (s.data.status?.loadBalancer?.ingress ?? []).flatMap((i, k) => {
      if (i.ip === undefined) return [];
      const ip = parseIPv4(i.ip);
      if (ip === undefined)
        report.report('PW122', 'error', where(s, 'status', 'loadBalancer', 'ingress', k, 'ip'), {
          object: label(s),
          field: 'status.loadBalancer.ingress[].ip',
          value: i.ip,
        });
      return ip === undefined ? [] : [ip];
    });
    const requested =
      s.data.spec?.loadBalancerIP === undefined ? undefined : parseIPv4(s.data.spec.loadBalancerIP);
    const ips = ingress.length > 0 ? ingress : requested === undefined ? [] : [requested];
    ips.forEach((ip) => lbUsed.add(ipv4ToInt(ip)));
    if (ips.length > 0) lbGiven.set(s, ips);
  }
  let lbNext = 1;
  const nextLB = (): IPv4 | undefined => {
    for (; lbNext < cidrSize(LB_RANGE) - 1; lbNext++) {
      const ip = cidrNth(LB_RANGE, lbNext) as IPv4;
      if (!lbUsed.has(ipv4ToInt(ip))) {
        lbUsed.add(ipv4ToInt(ip));
        lbNext++;
        return ip;
      }
    }
    return undefined;
  };

  return services.flatMap((s): ServiceDraft[] => {
    const ref = toServiceRef(s.namespace, s.name);
    if (ref === undefined) return [];
    const spec = s.data.spec ?? {};
    const type = serviceType(spec.type);
    const selector = toLabels(spec.selector);
    const byIndex = nodePorts.get(s);
    const parsed = parsePorts(s);
    const ports = parsed.map((p) => {
      const np = byIndex?.get(p.index);
      return np === undefined ? p.model : { ...p.model, nodePort: np };
    });
    const etp = spec.externalTrafficPolicy === 'Local' ? 'Local' : 'Cluster';
    let healthCheckNodePort: Port | undefined;
    if (type === 'LoadBalancer' && etp === 'Local') {
      const explicit = parsePort(spec.healthCheckNodePort);
      if (explicit !== undefined) claimPort(explicit, 'TCP', label(s));
      healthCheckNodePort = explicit ?? allocatePort(`health-check\u0000${s.namespace}/${s.name}`, label(s));
    }
    let lbIPs: IPv4[] = [];
    let lbIPSource: 'status' | 'allocated' | undefined;
    if (type === 'LoadBalancer') {
      const given = lbGiven.get(s);
      const allocated = given === undefined ? nextLB() : undefined;
      lbIPs = given ?? (allocated === undefined ? [] : [allocated]);
      lbIPSource = given === undefined ? 'allocated' : 'status';
    }
    const ip = clusterIP.get(s);
    const affinity: SessionAffinity =
      spec.sessionAffinity === 'ClientIP'
        ? { type: 'ClientIP', timeoutSeconds: spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? 10800 }
        : { type: 'None' };
    const sourceRanges = (spec.loadBalancerSourceRanges ?? []).flatMap((text, i) => {
      const c = parseCidr(String(text).trim(), 'mask');
      if (c === undefined)
        report.report('PW122', 'error', where(s, 'spec', 'loadBalancerSourceRanges', i), {
          object: label(s),
          field: 'spec.loadBalancerSourceRanges',
          value: String(text),
        });
      return c === undefined ? [] : [c];
    });
    return [
      {
        ref,
        name: s.name,
        namespace: s.namespace,
        type,
        headless: type !== 'ExternalName' && spec.clusterIP === 'None',
        ...(ip === undefined ? {} : { clusterIP: ip }),
        ...(type === 'ExternalName' && spec.externalName !== undefined
          ? { externalName: spec.externalName.replace(/\.$/, '') }
          : {}),
        ...(Object.keys(selector).length === 0 || type === 'ExternalName' ? {} : { selector }),
        ports,
        externalIPs: addresses(s, spec.externalIPs, 'externalIPs', report),
        loadBalancerIPs: lbIPs,
        loadBalancerSourceRanges: sourceRanges,
        externalTrafficPolicy: etp,
        internalTrafficPolicy: spec.internalTrafficPolicy === 'Local' ? 'Local' : 'Cluster',
        ...(healthCheckNodePort === undefined ? {} : { healthCheckNodePort }),
        sessionAffinity: affinity,
        publishNotReadyAddresses: spec.publishNotReadyAddresses === true,
        labels: toLabels(s.data.metadata?.labels),
        provenance: s.provenance,
        source: s,
        portIndices: parsed.map((p) => p.index),
        ...(lbIPSource === undefined ? {} : { lbIPSource }),
      },
    ];
  });
}
