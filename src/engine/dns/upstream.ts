/**
 * The resolver CoreDNS forwards to (`forward . /etc/resolv.conf`: the node's resolver, `upstreamDNS` in the
 * settings). No request ever leaves the page, so the Internet is a small fixed table: the RFC 2606
 * documentation names, answering with RFC 5737 documentation addresses from 192.0.2.0/24 (TEST-NET-1) — not
 * their real addresses, and deliberately outside 198.51.100.0/24 and 203.0.113.0/24, which the cluster
 * model uses for load balancers and external clients. `www.example.com → 192.0.2.53` is the ExternalName
 * example of the kubernetes/dns specification. Any other name is NXDOMAIN, and no name has an AAAA record
 * (the engine is IPv4-only).
 */
import type { DnsRecord, IPv4 } from '../cluster/types.ts';
import { ipv4ReverseName, parseIPv4 } from '../net/ipv4.ts';
import type { DnsQuestion, DnsRcode } from './types.ts';

/** TTL the upstream puts on its answers (what a recursive resolver's cache would hand out). */
export const UPSTREAM_TTL = 300;

/** The names the modelled Internet knows, fully qualified, with their documentation addresses. */
export const UPSTREAM_HOSTS: ReadonlyMap<string, IPv4> = new Map(
  Object.entries({
    'example.com.': '192.0.2.10',
    'www.example.com.': '192.0.2.53',
    'example.net.': '192.0.2.11',
    'www.example.net.': '192.0.2.54',
    'example.org.': '192.0.2.12',
    'www.example.org.': '192.0.2.55',
  }).flatMap(([name, text]) => {
    const ip = parseIPv4(text);
    return ip === undefined ? [] : [[name, ip] as const];
  }),
);

const REVERSE: ReadonlyMap<string, string> = new Map(
  [...UPSTREAM_HOSTS].map(([name, ip]) => [ipv4ReverseName(ip), name]),
);

/** The upstream resolver's answer to one question. */
export function upstreamAnswer(question: DnsQuestion): {
  readonly rcode: DnsRcode;
  readonly answers: readonly DnsRecord[];
} {
  const name = question.name.toLowerCase();
  const ip = UPSTREAM_HOSTS.get(name);
  if (ip !== undefined)
    return {
      rcode: 'NOERROR',
      answers: question.type === 'A' ? [{ type: 'A', name, ttl: UPSTREAM_TTL, ip }] : [],
    };
  const target = REVERSE.get(name);
  if (target !== undefined)
    return {
      rcode: 'NOERROR',
      answers: question.type === 'PTR' ? [{ type: 'PTR', name, ttl: UPSTREAM_TTL, target }] : [],
    };
  return { rcode: 'NXDOMAIN', answers: [] };
}
