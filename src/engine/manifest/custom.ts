/**
 * Shape checks for the two kinds no library describes: packetwalk's own Cluster and Calico's IPPool. Small
 * and explicit, in the same {@link SchemaIssue} terms as the Kubernetes validators. Only fields that change
 * packets are checked; unknown fields are left alone, as the API server leaves them for CRDs it prunes.
 */
import type { SchemaIssue } from './issues.ts';
import { escapePointerToken, isJsonObject, type JsonObject, type JsonValue } from './json.ts';

const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const IPV4 = new RegExp(`^${OCTET}(\\.${OCTET}){3}$`);

export function isIPv4(value: string): boolean {
  return IPV4.test(value);
}

/** An IPv4 CIDR such as `10.244.0.0/16` (host bits may be set, as kube-controller-manager accepts). */
export function isIPv4Cidr(value: string): boolean {
  const [ip, prefix, ...rest] = value.split('/');
  return rest.length === 0 && ip !== undefined && isIPv4(ip) && /^(3[0-2]|[12]?[0-9])$/.test(prefix ?? '');
}

/** An IPv6 CIDR such as `fd00:10:244::/64`: hex groups, at most one `::`, prefix up to 128. */
function isIPv6Cidr(value: string): boolean {
  const match = /^([0-9a-fA-F:]+)\/([0-9]{1,3})$/.exec(value);
  if (match === null || Number(match[2]) > 128) return false;
  const address = match[1] ?? '';
  const doubleColons = address.split('::').length - 1;
  const groups = address.split(':').filter((g) => g !== '');
  return doubleColons <= 1 && groups.length <= 8 && groups.every((g) => g.length <= 4);
}

function isPortRange(value: string): boolean {
  const match = /^([0-9]{1,5})-([0-9]{1,5})$/.exec(value);
  if (match === null) return false;
  const low = Number(match[1]);
  const high = Number(match[2]);
  return low >= 1 && low <= high && high <= 65535;
}

const DNS_DOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Accumulates issues while reading an object field by field. */
class Checker {
  readonly issues: SchemaIssue[] = [];

  mapping(pointer: string, value: JsonValue | undefined): JsonObject | undefined {
    if (value === undefined || value === null) return undefined;
    if (isJsonObject(value)) return value;
    this.issues.push({ problem: 'type', pointer, expected: ['mapping'] });
    return undefined;
  }

  list(pointer: string, value: JsonValue | undefined): readonly JsonValue[] {
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value as readonly JsonValue[];
    this.issues.push({ problem: 'type', pointer, expected: ['list'] });
    return [];
  }

  /** A string field; `format` names the form `valid` checks, `allowed` closes the set of values. */
  string(
    parent: JsonObject,
    at: string,
    field: string,
    rule: {
      required?: boolean;
      format?: string;
      valid?: (s: string) => boolean;
      allowed?: readonly string[];
    } = {},
  ): void {
    const pointer = `${at}/${escapePointerToken(field)}`;
    const value = parent[field];
    if (value === undefined || value === null) {
      if (rule.required === true) this.issues.push({ problem: 'required', pointer: at, field });
      return;
    }
    if (typeof value !== 'string') this.issues.push({ problem: 'type', pointer, expected: ['string'] });
    else if (rule.allowed !== undefined && !rule.allowed.includes(value))
      this.issues.push({ problem: 'enum', pointer, allowed: rule.allowed });
    else if (rule.valid !== undefined && !rule.valid(value))
      this.issues.push({ problem: 'format', pointer, format: rule.format ?? 'value' });
  }

  boolean(parent: JsonObject, at: string, field: string): void {
    const value = parent[field];
    if (value !== undefined && value !== null && typeof value !== 'boolean')
      this.issues.push({ problem: 'type', pointer: `${at}/${field}`, expected: ['boolean'] });
  }

  integer(parent: JsonObject, at: string, field: string, min: number, max: number): void {
    const value = parent[field];
    const pointer = `${at}/${field}`;
    if (value === undefined || value === null) return;
    if (typeof value !== 'number' || !Number.isInteger(value))
      this.issues.push({ problem: 'type', pointer, expected: ['integer'] });
    else if (value < min || value > max)
      this.issues.push({ problem: 'format', pointer, format: `${min}–${max}` });
  }
}

const CIDR = { format: 'IPv4 CIDR', valid: isIPv4Cidr };
const IP = { format: 'IPv4 address', valid: isIPv4 };

/** The CNI modes packetwalk simulates, per plugin; weave and canal have no mode to choose. */
const CNI_MODES: Readonly<Record<string, readonly string[]>> = {
  flannel: ['vxlan', 'host-gw'],
  calico: ['bgp', 'ipip', 'vxlan'],
  cilium: ['vxlan', 'geneve', 'native'],
};

const IPVS_SCHEDULERS = ['rr', 'wrr', 'lc', 'wlc', 'lblc', 'lblcr', 'dh', 'sh', 'sed', 'nq', 'mh'];

/** packetwalk.dev/v1alpha1 Cluster (types.ts, IPacketwalkCluster). */
export function validateCluster(data: JsonObject): SchemaIssue[] {
  const c = new Checker();
  const spec = c.mapping('/spec', data['spec']);
  if (spec === undefined) return c.issues;
  c.string(spec, '/spec', 'podCIDR', CIDR);
  c.string(spec, '/spec', 'serviceCIDR', CIDR);
  c.string(spec, '/spec', 'clusterDomain', { format: 'DNS domain', valid: (s) => DNS_DOMAIN.test(s) });
  c.string(spec, '/spec', 'nodePortRange', { format: 'port range', valid: isPortRange });
  c.string(spec, '/spec', 'upstreamDNS', IP);
  const cni = c.mapping('/spec/cni', spec['cni']);
  if (cni !== undefined) {
    c.string(cni, '/spec/cni', 'plugin', { allowed: ['flannel', 'calico', 'cilium', 'weave', 'canal'] });
    const modes = typeof cni['plugin'] === 'string' ? CNI_MODES[cni['plugin']] : undefined;
    c.string(cni, '/spec/cni', 'mode', modes === undefined ? {} : { allowed: modes });
  }
  const proxy = c.mapping('/spec/kubeProxy', spec['kubeProxy']);
  if (proxy !== undefined) {
    c.string(proxy, '/spec/kubeProxy', 'mode', { allowed: ['iptables', 'ipvs', 'nftables', 'none'] });
    c.string(proxy, '/spec/kubeProxy', 'scheduler', { allowed: IPVS_SCHEDULERS });
    c.boolean(proxy, '/spec/kubeProxy', 'masqueradeAll');
  }
  c.list('/spec/nodes', spec['nodes']).forEach((item, i) => {
    const at = `/spec/nodes/${i}`;
    const node = c.mapping(at, item);
    if (node === undefined) return;
    c.string(node, at, 'name', { required: true });
    c.string(node, at, 'ip', { required: true, ...IP });
    c.string(node, at, 'podCIDR', CIDR);
    c.string(node, at, 'role', { allowed: ['control-plane', 'worker'] });
  });
  c.list('/spec/externalClients', spec['externalClients']).forEach((item, i) => {
    const at = `/spec/externalClients/${i}`;
    const client = c.mapping(at, item);
    if (client === undefined) return;
    c.string(client, at, 'name', { required: true });
    c.string(client, at, 'ip', { required: true, ...IP });
  });
  return c.issues;
}

/** Calico's IPPool, either API (crd.projectcalico.org/v1 or projectcalico.org/v3): the CRD requires a cidr. */
export function validateIPPool(data: JsonObject): SchemaIssue[] {
  const c = new Checker();
  const spec = c.mapping('/spec', data['spec']);
  if (spec === undefined) {
    if (data['spec'] === undefined || data['spec'] === null)
      c.issues.push({ problem: 'required', pointer: '', field: 'spec' });
    return c.issues;
  }
  const modes = ['Always', 'CrossSubnet', 'Never'];
  c.string(spec, '/spec', 'cidr', {
    required: true,
    format: 'CIDR',
    valid: (s) => isIPv4Cidr(s) || isIPv6Cidr(s),
  });
  c.string(spec, '/spec', 'ipipMode', { allowed: modes });
  c.string(spec, '/spec', 'vxlanMode', { allowed: modes });
  c.boolean(spec, '/spec', 'natOutgoing');
  c.boolean(spec, '/spec', 'disabled');
  c.integer(spec, '/spec', 'blockSize', 0, 128);
  c.string(spec, '/spec', 'nodeSelector');
  return c.issues;
}
