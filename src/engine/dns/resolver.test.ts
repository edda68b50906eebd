/**
 * The glibc stub resolver's candidate order against the captures in REFERENCE.md §8: `google.com` from
 * namespace `default` tries four names (eight questions with A+AAAA); `my-svc.other` gets NXDOMAIN for the
 * first search domain and an answer from the second.
 */
import { describe, expect, it } from 'vitest';
import type { IPv4, ResolvConf } from '../cluster/types.ts';
import { candidateNames, ndotsOf, resolve, resolverQueries } from './resolver.ts';
import type { DnsQuestion } from './types.ts';

const CLUSTER_FIRST: ResolvConf = {
  nameservers: ['10.96.0.10' as IPv4],
  search: ['default.svc.cluster.local', 'svc.cluster.local', 'cluster.local'],
  options: [{ name: 'ndots', value: '5' }],
};

const withNdots = (value: string | undefined): ResolvConf => ({
  ...CLUSTER_FIRST,
  options: value === undefined ? [] : [{ name: 'ndots', value }],
});

describe('resolverQueries (glibc res_nsearch order)', () => {
  it.each([
    [
      'a name with fewer dots than ndots gets the search list first, then itself',
      'google.com',
      [
        'google.com.default.svc.cluster.local.',
        'google.com.svc.cluster.local.',
        'google.com.cluster.local.',
        'google.com.',
      ],
    ],
    [
      'a single label is searched too',
      'my-svc',
      ['my-svc.default.svc.cluster.local.', 'my-svc.svc.cluster.local.', 'my-svc.cluster.local.', 'my-svc.'],
    ],
    ['a trailing dot skips the search list', 'google.com.', ['google.com.']],
    [
      'a name with ndots or more dots is asked as given first, then searched',
      'a.b.c.d.example.com',
      [
        'a.b.c.d.example.com.',
        'a.b.c.d.example.com.default.svc.cluster.local.',
        'a.b.c.d.example.com.svc.cluster.local.',
        'a.b.c.d.example.com.cluster.local.',
      ],
    ],
  ])('%s', (_name, query, expected) => {
    expect(candidateNames(CLUSTER_FIRST, query)).toEqual(expected);
  });

  it('sends A and AAAA for each candidate: google.com from default is 8 questions on the wire', () => {
    const questions = resolverQueries(CLUSTER_FIRST, 'google.com');
    expect(questions).toHaveLength(8);
    expect(questions.slice(0, 2)).toEqual([
      { name: 'google.com.default.svc.cluster.local.', type: 'A' },
      { name: 'google.com.default.svc.cluster.local.', type: 'AAAA' },
    ]);
    expect(resolverQueries(CLUSTER_FIRST, 'google.com', { families: 'A' })).toHaveLength(4);
  });

  it.each([
    ['kubelet ndots:5', '5', 5],
    ['no ndots option: glibc default 1', undefined, 1],
    ['ndots:30 is clamped to 15', '30', 15],
    ['unreadable ndots falls back to 1', 'x', 1],
  ])('ndots: %s', (_name, value, expected) => {
    expect(ndotsOf(withNdots(value))).toBe(expected);
  });

  it('with the node resolver (no ndots option) a dotted name is asked as given first', () => {
    const conf: ResolvConf = { nameservers: [], search: ['corp.example'], options: [] };
    expect(candidateNames(conf, 'db.internal')).toEqual(['db.internal.', 'db.internal.corp.example.']);
  });
});

describe('resolve (stops at the first candidate that answers)', () => {
  const table: Readonly<Record<string, string>> = { 'my-svc.other.svc.cluster.local.': '10.96.0.20' };
  const answer = (q: DnsQuestion) => {
    const ip = table[q.name];
    if (ip === undefined) return { rcode: 'NXDOMAIN' as const, answers: [] };
    return {
      rcode: 'NOERROR' as const,
      answers: q.type === 'A' ? [{ type: 'A' as const, name: q.name, ttl: 30, ip: ip as IPv4 }] : [],
    };
  };

  it('my-svc.other: NXDOMAIN in the own namespace, then the answer from svc.cluster.local', () => {
    const result = resolve(CLUSTER_FIRST, 'my-svc.other', answer);
    expect(result.outcome).toBe('answered');
    expect(result.name).toBe('my-svc.other.svc.cluster.local.');
    expect(result.addresses).toEqual(['10.96.0.20']);
    expect(result.exchanges.map((e) => `${e.question.type} ${e.question.name} ${e.rcode}`)).toEqual([
      'A my-svc.other.default.svc.cluster.local. NXDOMAIN',
      'AAAA my-svc.other.default.svc.cluster.local. NXDOMAIN',
      'A my-svc.other.svc.cluster.local. NOERROR',
      'AAAA my-svc.other.svc.cluster.local. NOERROR',
    ]);
    expect(result.explain).toEqual({
      key: 'dns.resolve.answered',
      params: {
        name: 'my-svc.other',
        candidate: 'my-svc.other.svc.cluster.local.',
        tries: 2,
        addresses: '10.96.0.20',
      },
    });
  });

  it('a name nobody knows: every candidate asked, NXDOMAIN', () => {
    const result = resolve(CLUSTER_FIRST, 'nothing.here', answer, { families: 'A' });
    expect(result.outcome).toBe('nxdomain');
    expect(result.exchanges).toHaveLength(4);
    expect(result.addresses).toEqual([]);
  });

  it('NOERROR without A records (NODATA) keeps searching, and is reported as nodata at the end', () => {
    const nodata = (q: DnsQuestion) =>
      q.name === 'x.svc.cluster.local.'
        ? { rcode: 'NOERROR' as const, answers: [] }
        : { rcode: 'NXDOMAIN' as const, answers: [] };
    const result = resolve(CLUSTER_FIRST, 'x', nodata, { families: 'A' });
    expect(result.exchanges.map((e) => e.question.name)).toEqual([
      'x.default.svc.cluster.local.',
      'x.svc.cluster.local.',
      'x.cluster.local.',
      'x.',
    ]);
    expect(result.outcome).toBe('nodata');
  });
});
