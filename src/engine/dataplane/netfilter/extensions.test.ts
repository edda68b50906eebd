/**
 * The ipvs and state matches, numeric protocols and the NFLOG target: how iptables-save prints them, how their
 * writers spell them in restore input, and what they match.
 */
import { describe, expect, it } from 'vitest';
import { m, t } from './construct.ts';
import { ip } from './ip.ts';
import { matchRule } from './match.ts';
import type { Match } from './matches.ts';
import type { MatchContext, PacketIpvs, PacketView } from './packet.ts';
import { savesProtocolNamesFromNetbase } from './protocols.ts';
import { restoreRuleLine } from './renderRestore.ts';
import { saveRuleArguments } from './renderSave.ts';
import type { Target } from './targets.ts';

const save = (matches: Match[], target: Target, netbaseLookup = true): string =>
  saveRuleArguments({ matches, target }, 'ipv4', netbaseLookup).trimStart();
const restore = (matches: Match[], target: Target): string =>
  restoreRuleLine({ chain: 'C', matches, target });

const LB = '203.0.113.10';
const kubeProxyOutFilter = (): Match[] => [m.source(LB), m.ipvs({ vaddr: LB, vproto: 'tcp', vport: 80 })];

describe('iptables-save and restore text', () => {
  it.each<[string, Match[], Target, string, string]>([
    [
      "kube-proxy's KUBE-IPVS-OUT-FILTER rule: --vproto as a number, no /32 on --vaddr",
      kubeProxyOutFilter(),
      t.drop(),
      '-s 203.0.113.10/32 -m ipvs --vproto 6 --vaddr 203.0.113.10 --vport 80 -j DROP',
      '-A C -s 203.0.113.10 -m ipvs --vaddr 203.0.113.10 --vproto tcp --vport 80 -j DROP',
    ],
    [
      '--ipvs alone, negated',
      [m.ipvs({ ipvs: true, negated: ['ipvs'] })],
      t.accept(),
      '-m ipvs ! --ipvs -j ACCEPT',
      '-A C -m ipvs ! --ipvs -j ACCEPT',
    ],
    [
      "kube-router's masquerade match: --ipvs is implied by the other options and not saved",
      [m.ipvs({ ipvs: true, vdir: 'ORIGINAL', vmethod: 'MASQ' })],
      t.masquerade(),
      '-m ipvs --vdir ORIGINAL --vmethod MASQ -j MASQUERADE',
      '-A C -m ipvs --ipvs --vdir ORIGINAL --vmethod MASQ -j MASQUERADE',
    ],
    [
      'a virtual network keeps its prefix; negations sit before their option',
      [m.ipvs({ vaddr: '10.96.0.0/12', vport: 53, negated: ['vport'] })],
      t.accept(),
      '-m ipvs --vaddr 10.96.0.0/12 ! --vport 53 -j ACCEPT',
      '-A C -m ipvs --vaddr 10.96.0.0/12 ! --vport 53 -j ACCEPT',
    ],
    [
      "weave-npc's state match",
      [m.state(['ESTABLISHED', 'RELATED'])],
      t.accept(),
      '-m state --state RELATED,ESTABLISHED -j ACCEPT',
      '-A C -m state --state ESTABLISHED,RELATED -j ACCEPT',
    ],
    [
      "weaver's NFLOG rule: non-terminating, group only",
      [m.outInterface('weave'), m.state(['NEW'])],
      t.nflog(86),
      '-o weave -m state --state NEW -j NFLOG --nflog-group 86',
      '-A C -o weave -m state --state NEW -j NFLOG --nflog-group 86',
    ],
    [
      'NFLOG with a prefix: quoted by xtables_save_string, printed before the group',
      [],
      t.nflog(5, 'dropped by policy'),
      '-j NFLOG --nflog-prefix "dropped by policy" --nflog-group 5',
      '-A C -j NFLOG --nflog-group 5 --nflog-prefix "dropped by policy"',
    ],
    [
      'Felix writes IPIP as -p 4; iptables 1.8.10 on Debian/Ubuntu saves the netbase name',
      [m.protocol('ipencap', { numeric: true }), m.set('cali40all-hosts-net', ['src'])],
      t.accept(),
      '-p ipencap -m set --match-set cali40all-hosts-net src -j ACCEPT',
      '-A C -p 4 -m set --match-set cali40all-hosts-net src -j ACCEPT',
    ],
  ])('%s', (_name, matches, target, saved, restored) => {
    expect(save(matches, target)).toBe(saved);
    expect(restore(matches, target)).toBe(restored);
  });

  it('saves -p 4 from iptables 1.8.11 on, which no longer reads /etc/protocols', () => {
    expect(save([m.protocol('ipencap')], t.drop(), false)).toBe('-p 4 -j DROP');
    expect(save([m.protocol('udp', { numeric: true })], t.drop(), false)).toBe('-p udp -j DROP');
    expect(savesProtocolNamesFromNetbase('1.8.10 (nf_tables)')).toBe(true);
    expect(savesProtocolNamesFromNetbase('1.8.7 (legacy)')).toBe(true);
    expect(savesProtocolNamesFromNetbase('1.8.11 (nf_tables)')).toBe(false);
  });
});

/** The node itself opening a connection to a LoadBalancer IP that IPVS scheduled (filter OUTPUT). */
const NODE_TO_LB: PacketView = {
  src: ip(LB),
  dst: ip('10.244.1.7'),
  protocol: 'tcp',
  sport: 40000,
  dport: 8080,
  outInterface: 'eth0',
  mark: 0,
  conntrack: { state: 'NEW', snat: false, dnat: false },
  ipvs: { vaddr: ip(LB), vport: 80, direction: 'ORIGINAL', method: 'MASQ' },
};

function ctx(changes: Partial<PacketView> & { noIpvs?: boolean; ipvs?: PacketIpvs } = {}): MatchContext {
  const { noIpvs, ...rest } = changes;
  const packet: PacketView = { ...NODE_TO_LB, ...rest };
  const { ipvs: _dropped, ...withoutIpvs } = packet;
  return {
    packet: noIpvs === true ? withoutIpvs : packet,
    lookups: {
      addressType: () => 'UNICAST',
      ipsetContains: () => false,
      recentLastSeen: () => undefined,
    },
    draw: 0,
  };
}

const otherConn: PacketIpvs = { vaddr: ip('10.96.0.10'), vport: 53, direction: 'REPLY', method: 'MASQ' };

describe('matching', () => {
  it.each<[string, Match[], MatchContext, boolean]>([
    ['the out-filter rule matches the node → LB connection', kubeProxyOutFilter(), ctx(), true],
    [
      'another virtual port does not match',
      kubeProxyOutFilter(),
      ctx({ ipvs: { ...otherConn, vaddr: ip(LB) } }),
      false,
    ],
    ['--vproto is the packet protocol', kubeProxyOutFilter(), ctx({ protocol: 'udp' }), false],
    [
      'without an IPVS connection, nothing but ! --ipvs matches',
      kubeProxyOutFilter(),
      ctx({ noIpvs: true }),
      false,
    ],
    [
      'a negated option still needs an IPVS connection',
      [m.ipvs({ vport: 53, negated: ['vport'] })],
      ctx({ noIpvs: true }),
      false,
    ],
    ['--ipvs', [m.ipvs({ ipvs: true })], ctx(), true],
    [
      '! --ipvs for a packet IPVS never saw',
      [m.ipvs({ ipvs: true, negated: ['ipvs'] })],
      ctx({ noIpvs: true }),
      true,
    ],
    ['--vdir REPLY against an ORIGINAL packet', [m.ipvs({ vdir: 'REPLY' })], ctx(), false],
    ['--vdir REPLY against a reply', [m.ipvs({ vdir: 'REPLY' })], ctx({ ipvs: otherConn }), true],
    ['--vaddr as a network', [m.ipvs({ vaddr: '10.96.0.0/12' })], ctx({ ipvs: otherConn }), true],
    ['--vmethod MASQ', [m.ipvs({ vmethod: 'MASQ' })], ctx(), true],
    ['state NEW', [m.state(['NEW'])], ctx(), true],
    ['state RELATED,ESTABLISHED against NEW', [m.state(['RELATED', 'ESTABLISHED'])], ctx(), false],
    ['! --state INVALID', [m.state(['INVALID'], { negated: true })], ctx(), true],
    ['-p ipencap against TCP', [m.protocol('ipencap')], ctx(), false],
    ['-p ipencap against an IPIP outer header', [m.protocol('ipencap')], ctx({ protocol: 'ipencap' }), true],
  ])('%s', (_name, matches, context, expected) => {
    expect(matchRule({ matches }, context).matched).toBe(expected);
  });
});
