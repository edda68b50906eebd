/**
 * Service ClusterIPs, as the API server assigns them: explicit `spec.clusterIP` first (checked against the
 * Service CIDR and for reuse), then the addresses kubeadm fixes (`kubernetes` at index 1, `kube-dns` at the
 * cluster DNS address, index 10), then the rest from the dynamic band at a hash of the Service's name.
 */
import { cidrContains, cidrNth, cidrSize } from '../net/cidr.ts';
import { ipv4ToInt, parseIPv4, type IPv4 } from '../net/ipv4.ts';
import { pickSlot, staticBandSize } from './alloc.ts';
import type { Source } from './inputs.ts';
import type { Reporter } from './report.ts';
import { serviceLabel as label, serviceType, where } from './serviceSpec.ts';
import type { ClusterSettings } from './types.ts';

export function assignClusterIPs(
  services: readonly Source<'Service'>[],
  settings: ClusterSettings,
  report: Reporter,
): Map<Source<'Service'>, IPv4 | undefined> {
  const cidr = settings.serviceCIDR;
  const owner = new Map<number, string>();
  const clusterIP = new Map<Source<'Service'>, IPv4 | undefined>();
  const wantsIP = (s: Source<'Service'>): boolean =>
    serviceType(s.data.spec?.type) !== 'ExternalName' && s.data.spec?.clusterIP !== 'None';
  for (const s of services) {
    const text = s.data.spec?.clusterIP;
    if (!wantsIP(s) || text === undefined || text === '') continue;
    const ip = parseIPv4(text);
    if (ip === undefined) {
      report.report('PW122', 'error', where(s, 'spec', 'clusterIP'), {
        object: label(s),
        field: 'spec.clusterIP',
        value: text,
      });
      continue;
    }
    if (!cidrContains(cidr, ip))
      report.report('PW107', 'error', where(s, 'spec', 'clusterIP'), {
        name: `${s.namespace}/${s.name}`,
        ip,
        cidr,
      });
    const first = owner.get(ipv4ToInt(ip));
    if (first !== undefined) {
      report.report('PW109', 'error', where(s, 'spec', 'clusterIP'), { ip, first, second: label(s) });
      continue;
    }
    owner.set(ipv4ToInt(ip), label(s));
    clusterIP.set(s, ip);
  }
  const usable = Math.max(0, cidrSize(cidr) - 2);
  const band = staticBandSize(cidrSize(cidr), 16, 256, 16);
  for (const pass of ['fixed', 'hashed'] as const) {
    for (const s of services) {
      if (!wantsIP(s) || clusterIP.has(s)) continue;
      const fixed =
        s.namespace === 'default' && s.name === 'kubernetes'
          ? settings.kubernetesServiceIP
          : s.namespace === 'kube-system' && s.name === 'kube-dns'
            ? settings.dnsServiceIP
            : undefined;
      if (pass === 'fixed') {
        if (fixed !== undefined && !owner.has(ipv4ToInt(fixed))) {
          owner.set(ipv4ToInt(fixed), label(s));
          clusterIP.set(s, fixed);
        }
        continue;
      }
      const slot = pickSlot(
        `cluster-ip\u0000${s.namespace}/${s.name}`,
        usable,
        band,
        (i) => !owner.has(ipv4ToInt(cidrNth(cidr, i + 1) as IPv4)),
      );
      const ip = slot === undefined ? undefined : cidrNth(cidr, slot + 1);
      if (ip !== undefined) owner.set(ipv4ToInt(ip), label(s));
      clusterIP.set(s, ip);
    }
  }

  return clusterIP;
}
