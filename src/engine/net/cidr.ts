/**
 * IPv4 CIDR blocks: a branded canonical string (`10.244.0.0/16`, host bits always zero), made only by the
 * constructors here. Everything a cluster model needs: containment, overlap, the n-th address, and slicing a
 * range into equal subnets the way kube-controller-manager and Calico IPAM hand them out.
 */
import { ipv4FromInt, ipv4ToInt, parseIPv4, type IPv4 } from './ipv4.ts';

/** A canonical IPv4 CIDR block (network address, then `/prefix`). */
export type Cidr = string & { readonly __brand: 'Cidr' };

/** Why a text is not a usable CIDR; lets a diagnostic say what to fix. */
export type CidrParseError = 'syntax' | 'address' | 'prefix' | 'host-bits';

export type CidrParseResult =
  { readonly ok: true; readonly cidr: Cidr } | { readonly ok: false; readonly error: CidrParseError };

const PREFIX = /^(0|[1-9][0-9]?)$/;

/** 2^(32-prefix) without overflowing 32-bit bitwise operators. */
function blockSize(prefix: number): number {
  return 2 ** (32 - prefix);
}

function mask(base: number, prefix: number): number {
  const size = blockSize(prefix);
  return base - (base % size);
}

/**
 * Parse `a.b.c.d/p`. With `hostBits: 'reject'` (the default) an address that is not the network address
 * (`10.244.0.1/16`) is an error, as Kubernetes validation treats a Service CIDR; with `'mask'` it is masked
 * the way Go's `net.ParseCIDR` returns the network, as kube-proxy and flannel read their configuration.
 */
export function parseCidrDetailed(text: string, hostBits: 'reject' | 'mask' = 'reject'): CidrParseResult {
  const slash = text.indexOf('/');
  if (slash < 0 || slash !== text.lastIndexOf('/')) return { ok: false, error: 'syntax' };
  const ip = parseIPv4(text.slice(0, slash));
  if (ip === undefined) return { ok: false, error: 'address' };
  const prefixText = text.slice(slash + 1);
  if (!PREFIX.test(prefixText) || Number(prefixText) > 32) return { ok: false, error: 'prefix' };
  const prefix = Number(prefixText);
  const base = ipv4ToInt(ip);
  const network = mask(base, prefix);
  if (network !== base && hostBits === 'reject') return { ok: false, error: 'host-bits' };
  return { ok: true, cidr: format(network, prefix) };
}

/** {@link parseCidrDetailed} without the reason. */
export function parseCidr(text: string, hostBits: 'reject' | 'mask' = 'reject'): Cidr | undefined {
  const result = parseCidrDetailed(text, hostBits);
  return result.ok ? result.cidr : undefined;
}

/** The block of length `prefix` that contains `ip` (e.g. the /24 around a node address). */
export function cidrContaining(ip: IPv4, prefix: number): Cidr | undefined {
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > 32) return undefined;
  return format(mask(ipv4ToInt(ip), prefix), prefix);
}

function format(network: number, prefix: number): Cidr {
  return `${ipv4FromInt(network) ?? '0.0.0.0'}/${prefix}` as Cidr;
}

/** The prefix length (16 for 10.244.0.0/16). */
export function cidrPrefix(cidr: Cidr): number {
  return Number(cidr.slice(cidr.indexOf('/') + 1));
}

/** The network address (10.244.0.0 for 10.244.0.0/16). */
export function cidrNetwork(cidr: Cidr): IPv4 {
  return cidr.slice(0, cidr.indexOf('/')) as IPv4;
}

function cidrBase(cidr: Cidr): number {
  return ipv4ToInt(cidrNetwork(cidr));
}

/** How many addresses the block spans, network and broadcast included (65536 for a /16). */
export function cidrSize(cidr: Cidr): number {
  return blockSize(cidrPrefix(cidr));
}

/** The broadcast (last) address of the block. */
export function cidrBroadcast(cidr: Cidr): IPv4 {
  return ipv4FromInt(cidrBase(cidr) + cidrSize(cidr) - 1) as IPv4;
}

/**
 * The n-th address of the block, counting the network address as 0 (so `cidrNth(10.96.0.0/12, 10)` is
 * 10.96.0.10, kubeadm's `GetIndexedIP`). A negative n counts back from the end (-1 is the broadcast).
 * Undefined outside the block.
 */
export function cidrNth(cidr: Cidr, n: number): IPv4 | undefined {
  const size = cidrSize(cidr);
  const index = n < 0 ? size + n : n;
  if (!Number.isInteger(index) || index < 0 || index >= size) return undefined;
  return ipv4FromInt(cidrBase(cidr) + index);
}

/** The position of `ip` in the block (inverse of {@link cidrNth}); undefined when outside. */
export function cidrIndexOf(cidr: Cidr, ip: IPv4): number | undefined {
  const index = ipv4ToInt(ip) - cidrBase(cidr);
  return index >= 0 && index < cidrSize(cidr) ? index : undefined;
}

export function cidrContains(cidr: Cidr, ip: IPv4): boolean {
  return cidrIndexOf(cidr, ip) !== undefined;
}

/** Whether `inner` lies entirely within `outer` (a block contains itself). */
export function cidrContainsCidr(outer: Cidr, inner: Cidr): boolean {
  return cidrPrefix(inner) >= cidrPrefix(outer) && cidrContains(outer, cidrNetwork(inner));
}

/** Whether two blocks share any address. Aligned blocks either nest or are disjoint. */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return cidrContainsCidr(a, b) || cidrContainsCidr(b, a);
}

/** How many /`newPrefix` subnets the block holds (0 when newPrefix is shorter than the block's). */
export function cidrSubnetCount(cidr: Cidr, newPrefix: number): number {
  const prefix = cidrPrefix(cidr);
  if (!Number.isInteger(newPrefix) || newPrefix < prefix || newPrefix > 32) return 0;
  return 2 ** (newPrefix - prefix);
}

/** The `index`-th /`newPrefix` subnet of the block (10.244.0.0/16, 24, 1 → 10.244.1.0/24). */
export function cidrSubnet(cidr: Cidr, newPrefix: number, index: number): Cidr | undefined {
  if (!Number.isInteger(index) || index < 0 || index >= cidrSubnetCount(cidr, newPrefix)) return undefined;
  return format(cidrBase(cidr) + index * blockSize(newPrefix), newPrefix);
}

/** Order by network address, then shorter prefix first. */
export function compareCidr(a: Cidr, b: Cidr): number {
  return cidrBase(a) - cidrBase(b) || cidrPrefix(a) - cidrPrefix(b);
}
