/**
 * Address tests shared by the evaluators: a rule or map holds either an address (`10.96.0.10`) or a prefix
 * (`10.96.0.0/12`); a packet carries an address. Malformed text never matches (the generators only write
 * valid addresses, so this is a guard, not a code path).
 */
import { cidrContains, parseCidr } from '../../net/cidr.ts';
import { parseIPv4 } from '../../net/ipv4.ts';

/** Whether `ip` is `value` (an address) or lies in it (a prefix). */
export function addressMatches(value: string, ip: string): boolean {
  // Both sides are canonical dotted quads from the generators and the walk, so a bare address compares as
  // text; this runs once per map element per lookup (service-ips holds one element per Service port).
  if (!value.includes('/')) return value === ip;
  const address = parseIPv4(ip);
  if (address === undefined) return false;
  const cidr = parseCidr(value, 'mask');
  return cidr !== undefined && cidrContains(cidr, address);
}

/** The prefix length of an address or prefix (`/32` for a bare address). */
export function prefixLength(value: string): number {
  const slash = value.indexOf('/');
  return slash < 0 ? 32 : Number(value.slice(slash + 1));
}
