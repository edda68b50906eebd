/**
 * The glibc stub resolver inside a pod (`res_nsearch`, as `getaddrinfo` drives it), over the resolv.conf
 * kubelet wrote (REFERENCE.md §8):
 *
 * - a name with a trailing dot is absolute: asked as given, and nothing else;
 * - a name with at least `ndots` dots is asked as given first, then with each search domain;
 * - a name with fewer dots gets each search domain first, in order, and is asked as given last;
 * - for every candidate `getaddrinfo` sends an A and an AAAA question (back to back on one socket).
 *
 * glibc keeps going after NXDOMAIN and after NOERROR-without-answers (NO_DATA), and stops at the first
 * candidate that answers. Which answer counts: glibc takes a candidate when its A *or* its AAAA question has
 * answers. The engine is IPv4-only — CoreDNS answers no AAAA for the cluster, and the modelled upstream
 * has none either — so we count a candidate as answered when its A question has A records; with no AAAA
 * answers anywhere the two rules pick the same candidate.
 */
import type { ResolvConf } from '../cluster/types.ts';
import type { IPv4 } from '../net/ipv4.ts';
import type {
  DnsAnswerFn,
  DnsExchange,
  DnsQuestion,
  DnsRcode,
  ResolveOutcome,
  ResolveResult,
} from './types.ts';

/** glibc's default when resolv.conf has no `options ndots` (kubelet writes `ndots:5` for ClusterFirst pods). */
export const GLIBC_DEFAULT_NDOTS = 1;
/** glibc clamps `ndots` to RES_MAXNDOTS. */
const MAX_NDOTS = 15;

export interface ResolverOptions {
  /** `A+AAAA` as getaddrinfo asks (the default); `A` as `nslookup`, `dig +search` or `ping -4` ask. */
  readonly families?: 'A' | 'A+AAAA';
}

/** The `ndots` the resolver uses: the last `ndots` option, clamped to 0..15, else glibc's default of 1. */
export function ndotsOf(conf: ResolvConf): number {
  const option = conf.options.filter((o) => o.name === 'ndots').at(-1);
  const value = option?.value === undefined ? Number.NaN : Number.parseInt(option.value, 10);
  if (!Number.isFinite(value) || value < 0) return GLIBC_DEFAULT_NDOTS;
  return Math.min(value, MAX_NDOTS);
}

const fqdn = (name: string): string => (name.endsWith('.') ? name : `${name}.`);

/** The names the resolver tries for `name`, in order, each fully qualified. */
export function candidateNames(conf: ResolvConf, name: string): string[] {
  const trimmed = name.trim().toLowerCase();
  if (trimmed === '' || trimmed === '.') return [];
  if (trimmed.endsWith('.')) return [trimmed];
  const dots = [...trimmed].filter((c) => c === '.').length;
  const searched = conf.search
    .map((d) => d.replace(/\.$/, '').toLowerCase())
    .filter((d) => d !== '')
    .map((d) => fqdn(`${trimmed}.${d}`));
  const asGiven = fqdn(trimmed);
  const ordered = dots >= ndotsOf(conf) ? [asGiven, ...searched] : [...searched, asGiven];
  return [...new Set(ordered)];
}

/**
 * Every question the resolver would send for `name`, in order, if no candidate answered: e.g. `google.com`
 * from namespace `default` is four names, eight questions with A+AAAA.
 */
export function resolverQueries(
  resolvConf: ResolvConf,
  name: string,
  opts: ResolverOptions = {},
): DnsQuestion[] {
  const both = (opts.families ?? 'A+AAAA') === 'A+AAAA';
  return candidateNames(resolvConf, name).flatMap((n): DnsQuestion[] =>
    both
      ? [
          { name: n, type: 'A' },
          { name: n, type: 'AAAA' },
        ]
      : [{ name: n, type: 'A' }],
  );
}

/** glibc's h_errno after the last candidate: NO_DATA beats TRY_AGAIN (SERVFAIL) beats HOST_NOT_FOUND. */
function failure(exchanges: readonly DnsExchange[]): Exclude<ResolveOutcome, 'answered'> {
  const rcodes = new Set<DnsRcode>(exchanges.map((e) => e.rcode));
  if (rcodes.has('NOERROR')) return 'nodata';
  if (rcodes.has('SERVFAIL')) return 'servfail';
  return 'nxdomain';
}

/**
 * Look `name` up as the pod's resolver does, asking `answer` each question in turn and stopping at the first
 * candidate whose A question has A records (see the module comment for why A decides).
 */
export function resolve(
  resolvConf: ResolvConf,
  name: string,
  answer: DnsAnswerFn,
  opts: ResolverOptions = {},
): ResolveResult {
  const questions = resolverQueries(resolvConf, name, opts);
  const exchanges: DnsExchange[] = [];
  const byName = new Map<string, DnsQuestion[]>();
  for (const q of questions) byName.set(q.name, [...(byName.get(q.name) ?? []), q]);
  let tried = 0;
  for (const [candidate, asked] of byName) {
    tried += 1;
    let addresses: IPv4[] = [];
    for (const question of asked) {
      const got = answer(question);
      exchanges.push({ question, rcode: got.rcode, answers: got.answers });
      if (question.type === 'A' && got.rcode === 'NOERROR')
        addresses = got.answers.flatMap((r) => (r.type === 'A' ? [r.ip] : []));
    }
    if (addresses.length > 0)
      return {
        outcome: 'answered',
        name: candidate,
        addresses,
        exchanges,
        explain: {
          key: 'dns.resolve.answered',
          params: { name, candidate, tries: tried, addresses: addresses.join(', ') },
        },
      };
  }
  const outcome = failure(exchanges);
  return {
    outcome,
    addresses: [],
    exchanges,
    explain: { key: `dns.resolve.${outcome}`, params: { name, tries: byName.size } },
  };
}
