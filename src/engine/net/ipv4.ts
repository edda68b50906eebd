/**
 * IPv4 addresses as the engine passes them around: a branded dotted-quad string, made only by
 * {@link parseIPv4} or {@link ipv4FromInt}, so a value typed `IPv4` is always a valid, canonical address
 * (`10.244.0.2`, never `010.244.0.2` or `10.244.0.2 `). Strings keep results JSON- and clone-friendly; the
 * arithmetic goes through the 32-bit integer form.
 */

/** A canonical dotted-quad IPv4 address. Build one with {@link parseIPv4} or {@link ipv4FromInt}. */
export type IPv4 = string & { readonly __brand: 'IPv4' };

const MAX_IPV4 = 0xffff_ffff;
const OCTET = /^(0|[1-9][0-9]{0,2})$/;

/**
 * Parse a dotted-quad address. Strict like Go's `net/netip` (which Kubernetes validation uses since 1.30):
 * exactly four decimal octets 0–255, no leading zeros (they meant octal to some parsers), no spaces.
 */
export function parseIPv4(text: string): IPv4 | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  for (const part of parts) {
    if (!OCTET.test(part) || Number(part) > 255) return undefined;
  }
  return text as IPv4;
}

/** Whether a value of unknown type is a valid IPv4 address (narrows to {@link IPv4}). */
export function isIPv4(value: unknown): value is IPv4 {
  return typeof value === 'string' && parseIPv4(value) !== undefined;
}

/** The address as an unsigned 32-bit integer (10.0.0.1 → 167772161). Allocation-free: it runs per packet. */
export function ipv4ToInt(ip: IPv4): number {
  let result = 0;
  let octet = 0;
  for (let i = 0; i < ip.length; i++) {
    const c = ip.charCodeAt(i);
    if (c === 46) {
      result = result * 256 + octet;
      octet = 0;
    } else octet = octet * 10 + (c - 48);
  }
  return result * 256 + octet;
}

/** The address for an unsigned 32-bit integer; undefined outside 0..2^32-1 or for a non-integer. */
export function ipv4FromInt(n: number): IPv4 | undefined {
  if (!Number.isInteger(n) || n < 0 || n > MAX_IPV4) return undefined;
  return `${Math.floor(n / 0x100_0000) & 0xff}.${(n >>> 16) & 0xff}.${(n >>> 8) & 0xff}.${n & 0xff}` as IPv4;
}

/** The address `delta` after `ip` (negative: before); undefined if that leaves the IPv4 space. */
export function ipv4Offset(ip: IPv4, delta: number): IPv4 | undefined {
  return ipv4FromInt(ipv4ToInt(ip) + delta);
}

/** Numeric order (10.0.0.9 before 10.0.0.10), for sorting. */
export function compareIPv4(a: IPv4, b: IPv4): number {
  return ipv4ToInt(a) - ipv4ToInt(b);
}

/** The reverse-lookup name CoreDNS answers PTR queries for: `4.3.2.1.in-addr.arpa.` for 1.2.3.4. */
export function ipv4ReverseName(ip: IPv4): string {
  return `${ip.split('.').reverse().join('.')}.in-addr.arpa.`;
}

/** The dashed form used in pod DNS names and headless endpoint names: `10-244-1-5` for 10.244.1.5. */
export function ipv4Dashed(ip: IPv4): string {
  return ip.replaceAll('.', '-');
}
