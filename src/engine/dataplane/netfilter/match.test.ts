import { describe, expect, it } from 'vitest';
import { m } from './construct.ts';
import { ip, type IpAddress } from './ip.ts';
import { evaluationOrder, matchRule } from './match.ts';
import type { AddressType, Match } from './matches.ts';
import type { MatchContext, MatchLookups, PacketView } from './packet.ts';

/** A pod (10.244.1.5) talking to the kube-dns ClusterIP, seen in nat PREROUTING on its node. */
const POD_TO_DNS: PacketView = {
  src: ip('10.244.1.5'),
  dst: ip('10.96.0.10'),
  protocol: 'udp',
  sport: 40000,
  dport: 53,
  inInterface: 'cni0',
  mark: 0,
  conntrack: { state: 'NEW', snat: false, dnat: false },
  bridge: { physIn: 'veth1234' },
};

const NODE_IPS = new Set(['192.168.1.10', '10.244.1.1']);

const LOOKUPS: MatchLookups = {
  addressType: (address: IpAddress, device?: string): AddressType => {
    if (device === 'lo') return 'UNICAST';
    return NODE_IPS.has(address.text) ? 'LOCAL' : 'UNICAST';
  },
  ipsetContains: (name, flags, packet) =>
    name === 'KUBE-CLUSTER-IP' &&
    flags.join(',') === 'dst,dst' &&
    packet.dst.text === '10.96.0.10' &&
    packet.dport === 53,
  recentLastSeen: (list, address) =>
    list === 'KUBE-SEP-A' && address.text === '10.244.1.5' ? 60 : undefined,
};

/** Fields to change; `undefined` removes one (e.g. no ports for ICMP, no bridge for a routed packet). */
type PacketChanges = { readonly [K in keyof PacketView]?: PacketView[K] | undefined };

function ctx(changes: PacketChanges = {}, draw = 0.9): MatchContext {
  const merged = Object.entries({ ...POD_TO_DNS, ...changes }).filter(([, value]) => value !== undefined);
  return { packet: Object.fromEntries(merged) as unknown as PacketView, lookups: LOOKUPS, draw };
}

const matches = (match: Match, context: MatchContext = ctx()): boolean =>
  matchRule({ matches: [match] }, context).matched;

describe('matchRule, one match kind at a time', () => {
  it.each<[string, Match, PacketChanges, boolean]>([
    ['source CIDR', m.source('10.244.0.0/16'), {}, true],
    [
      'negated source CIDR (kube-proxy masquerades off-cluster sources)',
      m.source('10.244.0.0/16', { negated: true }),
      {},
      false,
    ],
    [
      'negated source CIDR for a node address',
      m.source('10.244.0.0/16', { negated: true }),
      { src: ip('192.168.1.10') },
      true,
    ],
    ['destination host address', m.destination('10.96.0.10'), {}, true],
    ['destination outside the range', m.destination('10.96.0.1'), {}, false],
    ['protocol', m.protocol('udp'), {}, true],
    ['negated protocol', m.protocol('tcp', { negated: true }), {}, true],
    ['in-interface exact', m.inInterface('cni0'), {}, true],
    ['in-interface + wildcard', m.inInterface('cali+'), { inInterface: 'cali95aa86cbb2a' }, true],
    ['in-interface + wildcard, other prefix', m.inInterface('cali+'), {}, false],
    [
      'negated out-interface when there is no out device yet',
      m.outInterface('flannel.1', { negated: true }),
      {},
      true,
    ],
    ['out-interface when there is no out device yet', m.outInterface('flannel.1'), {}, false],
    ['bare -m udp matches any UDP packet', m.module('udp'), {}, true],
    ['bare -m tcp does not match UDP', m.module('tcp'), {}, false],
    ['destination port', m.dport('udp', 53), {}, true],
    ['destination port range', m.dport('udp', [30000, 32767]), { dport: 31000 }, true],
    ['negated destination port', m.dport('udp', 53, { negated: true }), {}, false],
    ['source port of the wrong protocol', m.sport('tcp', 40000), {}, false],
    ['multiport destination list', m.multiport('destination', [80, 53]), {}, true],
    ['multiport either side', m.multiport('either', [40000]), {}, true],
    ['negated multiport', m.multiport('destination', [80, 443], { negated: true }), {}, true],
    [
      'multiport on a packet without ports',
      m.multiport('destination', [53]),
      { protocol: 'icmp', sport: undefined, dport: undefined },
      false,
    ],
    [
      'addrtype LOCAL uses the caller’s local-address test',
      m.dstType(['LOCAL']),
      { dst: ip('192.168.1.10') },
      true,
    ],
    ['addrtype LOCAL for a ClusterIP (not local in iptables mode)', m.dstType(['LOCAL']), {}, false],
    ['negated addrtype --src-type LOCAL', m.srcType(['LOCAL'], { negated: true }), {}, true],
    ['addrtype with a type list', m.dstType(['BROADCAST', 'UNICAST']), {}, true],
    [
      'addrtype --limit-iface-in asks about the in device only',
      m.dstType(['LOCAL'], { limitIface: 'in' }),
      { dst: ip('192.168.1.10'), inInterface: 'lo' },
      false,
    ],
    ['mark match with mask', m.mark(0x4000, 0x4000), { mark: 0x14000 }, true],
    ['mark match with mask, bit clear', m.mark(0x4000, 0x4000), { mark: 0x10000 }, false],
    [
      'negated mark match (KUBE-POSTROUTING RETURN)',
      m.mark(0x4000, 0x4000, { negated: true }),
      { mark: 0 },
      true,
    ],
    ['mark match without mask compares all bits', m.mark(0x4000), { mark: 0x14000 }, false],
    ['ctstate NEW', m.ctstate(['NEW']), {}, true],
    ['ctstate RELATED,ESTABLISHED on a new connection', m.ctstate(['RELATED', 'ESTABLISHED']), {}, false],
    [
      'ctstate INVALID',
      m.ctstate(['INVALID']),
      { conntrack: { state: 'INVALID', snat: false, dnat: false } },
      true,
    ],
    [
      'ctstate DNAT is set once the connection was DNATed',
      m.ctstate(['DNAT']),
      { conntrack: { state: 'ESTABLISHED', snat: false, dnat: true } },
      true,
    ],
    [
      'negated ctstate RELATED,ESTABLISHED,DNAT (KUBE-FIREWALL) on a NEW connection',
      m.ctstate(['RELATED', 'ESTABLISHED', 'DNAT'], { negated: true }),
      {},
      true,
    ],
    [
      'negated ctstate on a DNATed connection',
      m.ctstate(['RELATED', 'ESTABLISHED', 'DNAT'], { negated: true }),
      { conntrack: { state: 'NEW', snat: false, dnat: true } },
      false,
    ],
    ['comment always matches', m.comment('kube-system/kube-dns:dns cluster IP'), {}, true],
    ['nfacct always matches', m.nfacct('ct_state_invalid_dropped_pkts'), {}, true],
    ['ipset membership (dst,dst)', m.set('KUBE-CLUSTER-IP', ['dst', 'dst']), {}, true],
    ['negated ipset membership', m.set('KUBE-CLUSTER-IP', ['dst', 'dst'], { negated: true }), {}, false],
    ['physdev --physdev-is-in on a bridged packet', m.physdev({ isIn: { negated: false } }), {}, true],
    [
      'physdev --physdev-is-bridged before the bridge decided',
      m.physdev({ isBridged: { negated: false } }),
      {},
      false,
    ],
    [
      'negated physdev --physdev-is-in on a routed packet',
      m.physdev({ isIn: { negated: true } }),
      { bridge: undefined },
      true,
    ],
    [
      'physdev --physdev-in with wildcard',
      m.physdev({ physdevIn: { name: 'veth+', negated: false } }),
      {},
      true,
    ],
    [
      'recent --rcheck within --seconds',
      m.recent('KUBE-SEP-A', 'rcheck', { seconds: 10800, reap: true }),
      {},
      true,
    ],
    ['recent --rcheck past --seconds', m.recent('KUBE-SEP-A', 'rcheck', { seconds: 30 }), {}, false],
    [
      'recent --rcheck for an address not in the list',
      m.recent('KUBE-SEP-B', 'rcheck', { seconds: 10800 }),
      {},
      false,
    ],
    [
      'recent --rdest keys on the destination',
      m.recent('KUBE-SEP-A', 'rcheck', { side: 'rdest' }),
      {},
      false,
    ],
    [
      'recent --mask groups addresses',
      m.recent('KUBE-SEP-A', 'rcheck', { mask: '255.255.255.0' }),
      {},
      false,
    ],
    ['recent --set always matches', m.recent('KUBE-SEP-B', 'set'), {}, true],
  ])('%s', (_name, match, packet, expected) => {
    expect(matches(match, ctx(packet))).toBe(expected);
  });
});

describe('statistic', () => {
  const half = m.probability('0.5000000000');
  it('statistic draw below kernel-rounded probability matches', () =>
    expect(matches(half, ctx({}, 0.25))).toBe(true));
  it('statistic draw at or above it does not', () => expect(matches(half, ctx({}, 0.5))).toBe(false));
  it('negated statistic inverts the draw', () =>
    expect(matches(m.probability('0.5', { negated: true }), ctx({}, 0.75))).toBe(true));
  it('reports that the draw was used', () => {
    expect(matchRule({ matches: [half] }, ctx()).drawUsed).toBe(true);
    expect(matchRule({ matches: [m.comment('x')] }, ctx()).drawUsed).toBe(false);
  });
});

describe('recent side effects', () => {
  it('--set asks the walker to record the source address', () => {
    const result = matchRule({ matches: [m.recent('KUBE-SEP-B', 'set')] }, ctx());
    expect(result.recentUpdates).toEqual([{ list: 'KUBE-SEP-B', address: ip('10.244.1.5'), op: 'set' }]);
  });
  it('--update refreshes an address it found', () => {
    const result = matchRule({ matches: [m.recent('KUBE-SEP-A', 'update', { seconds: 100 })] }, ctx());
    expect(result.recentUpdates.map((update) => update.op)).toEqual(['set']);
  });
  it('--remove deletes a listed address', () => {
    const result = matchRule({ matches: [m.recent('KUBE-SEP-A', 'remove')] }, ctx());
    expect(result).toMatchObject({ matched: true, recentUpdates: [{ op: 'remove' }] });
  });
  it('a failed header test stops evaluation before a later --set runs', () => {
    const rule = { matches: [m.recent('KUBE-SEP-B', 'set'), m.source('10.0.0.0/8', { negated: true })] };
    const result = matchRule(rule, ctx());
    expect(result.matched).toBe(false);
    expect(result.recentUpdates).toEqual([]);
    expect(result.results.map((r) => r.outcome)).toEqual(['not-evaluated', 'not-matched']);
  });
});

describe('evaluation order and per-match results', () => {
  // kube-proxy's masquerade rule in KUBE-SVC-…, in kube-proxy's argument order.
  const svcMasq: Match[] = [
    m.comment('kube-system/kube-dns:dns cluster IP'),
    m.module('udp'),
    m.protocol('udp'),
    m.destination('10.96.0.10'),
    m.dport('udp', 53),
    m.source('10.244.0.0/16', { negated: true }),
  ];

  it('evaluates the IP header first (-s, -d, -p), then extensions in load order with their port options', () => {
    expect(evaluationOrder(svcMasq)).toEqual([5, 3, 2, 0, 1, 4]);
  });

  it('reports each match in the writer’s order, stopping at the first failure', () => {
    const result = matchRule({ matches: svcMasq }, ctx());
    expect(result.matched).toBe(false);
    expect(result.results.map((r) => r.outcome)).toEqual([
      'not-evaluated',
      'not-evaluated',
      'not-evaluated',
      'not-evaluated',
      'not-evaluated',
      'not-matched',
    ]);
  });

  it('matches a node-sourced packet to the ClusterIP (it will be masqueraded)', () => {
    const result = matchRule({ matches: svcMasq }, ctx({ src: ip('192.168.1.10') }));
    expect(result.matched).toBe(true);
    expect(result.results.every((r) => r.outcome === 'matched')).toBe(true);
  });

  it('an empty rule matches everything', () => {
    expect(matchRule({ matches: [] }, ctx()).matched).toBe(true);
  });
});
