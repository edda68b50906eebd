import { describe, expect, it } from 'vitest';
import { createRulesetBuilder } from './builder.ts';
import { m, t } from './construct.ts';
import type { IpFamily } from './ip.ts';
import type { Match } from './matches.ts';
import { renderIptablesSave, saveRuleArguments } from './renderSave.ts';
import { xtablesSaveString } from './saveParts.ts';
import type { Target } from './targets.ts';

const save = (matches: Match[], target: Target = t.accept(), family: IpFamily = 'ipv4'): string =>
  saveRuleArguments({ matches, target }, family).trimStart();

describe('iptables-save canonicalisation of one rule', () => {
  it.each<[string, Match[], Target, string]>([
    [
      'moves -s/-d/-p to the front and adds /32',
      [m.comment('c d'), m.module('tcp'), m.protocol('tcp'), m.destination('10.96.0.10'), m.dport('tcp', 53)],
      t.jump('X'),
      '-d 10.96.0.10/32 -p tcp -m comment --comment "c d" -m tcp --dport 53 -j X',
    ],
    [
      'prints -s before -d whatever the written order (KUBE-FIREWALL)',
      [
        m.comment('block incoming localnet connections'),
        m.destination('127.0.0.0/8'),
        m.source('127.0.0.0/8', { negated: true }),
        m.ctstate(['RELATED', 'ESTABLISHED', 'DNAT'], { negated: true }),
      ],
      t.drop(),
      '! -s 127.0.0.0/8 -d 127.0.0.0/8 -m comment --comment "block incoming localnet connections" -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP',
    ],
    [
      'orders -i/-o after addresses and before -p',
      [
        m.protocol('tcp'),
        m.outInterface('eth0', { negated: true }),
        m.inInterface('cali+'),
        m.source('10.0.0.0/8'),
      ],
      t.accept(),
      '-s 10.0.0.0/8 -i cali+ ! -o eth0 -p tcp -j ACCEPT',
    ],
    [
      'loads -m tcp implicitly for a bare --dport',
      [m.protocol('tcp'), m.dport('tcp', 53)],
      t.accept(),
      '-p tcp -m tcp --dport 53 -j ACCEPT',
    ],
    [
      'prints --sport before --dport and ranges with a colon',
      [
        m.protocol('udp'),
        m.module('udp'),
        m.dport('udp', [30000, 32767]),
        m.sport('udp', 53, { negated: true }),
      ],
      t.accept(),
      '-p udp -m udp ! --sport 53 --dport 30000:32767 -j ACCEPT',
    ],
    ['clears host bits of a network', [m.source('10.244.1.5/16')], t.accept(), '-s 10.244.0.0/16 -j ACCEPT'],
    ['omits a match-all 0.0.0.0/0', [m.source('0.0.0.0/0')], t.accept(), '-j ACCEPT'],
    [
      'turns --or-mark into --set-xmark v/v',
      [],
      t.mark('or-mark', 0x4000, { hexWidth: 8 }),
      '-j MARK --set-xmark 0x4000/0x4000',
    ],
    [
      'turns --xor-mark into --set-xmark v/0x0',
      [],
      t.mark('xor-mark', 0x4000),
      '-j MARK --set-xmark 0x4000/0x0',
    ],
    [
      'turns --set-mark into --set-xmark v/0xffffffff',
      [],
      t.mark('set-mark', 0x1),
      '-j MARK --set-xmark 0x1/0xffffffff',
    ],
    ['fills in REJECT’s default', [], t.reject(), '-j REJECT --reject-with icmp-port-unreachable'],
    [
      'keeps an explicit reject-with',
      [m.protocol('tcp')],
      t.reject('tcp-reset'),
      '-p tcp -j REJECT --reject-with tcp-reset',
    ],
    [
      'prints the mark match without mask when it is all ones',
      [m.mark(0x4000, 0xffffffff)],
      t.accept(),
      '-m mark --mark 0x4000 -j ACCEPT',
    ],
    [
      'prints the kernel probability',
      [m.comment('x -> y'), m.probability('0.3333333333')],
      t.jump('Y'),
      '-m comment --comment "x -> y" -m statistic --mode random --probability 0.33333333349 -j Y',
    ],
    [
      'fills recent --rcheck defaults',
      [m.comment('s -> e'), m.recent('KUBE-SEP-X', 'rcheck', { seconds: 10800, reap: true })],
      t.jump('KUBE-SEP-X'),
      '-m comment --comment "s -> e" -m recent --rcheck --seconds 10800 --reap --name KUBE-SEP-X --mask 255.255.255.255 --rsource -j KUBE-SEP-X',
    ],
    [
      'fills recent --set defaults',
      [m.comment('ns/svc:port'), m.recent('KUBE-SEP-X', 'set'), m.module('tcp'), m.protocol('tcp')],
      t.dnat('10.0.0.1', 80),
      '-p tcp -m comment --comment "ns/svc:port" -m recent --set --name KUBE-SEP-X --mask 255.255.255.255 --rsource -m tcp -j DNAT --to-destination 10.0.0.1:80',
    ],
    [
      'prints addrtype types in kernel order with the limit flag',
      [
        m.addrtype({
          src: { types: ['LOCAL'], negated: true },
          dst: { types: ['LOCAL', 'UNICAST'], negated: false },
          limitIface: 'out',
        }),
      ],
      t.accept(),
      '-m addrtype ! --src-type LOCAL --dst-type UNICAST,LOCAL --limit-iface-out -j ACCEPT',
    ],
    [
      'prints ctstate in bit order',
      [m.ctstate(['ESTABLISHED', 'RELATED', 'NEW'])],
      t.accept(),
      '-m conntrack --ctstate NEW,RELATED,ESTABLISHED -j ACCEPT',
    ],
    [
      'prints multiport',
      [m.protocol('tcp'), m.multiport('destination', [80, [8000, 8080]], { negated: true })],
      t.accept(),
      '-p tcp -m multiport ! --dports 80,8000:8080 -j ACCEPT',
    ],
    [
      'prints ipset matches',
      [m.set('KUBE-LOOP-BACK', ['dst', 'dst', 'src'])],
      t.masquerade(),
      '-m set --match-set KUBE-LOOP-BACK dst,dst,src -j MASQUERADE',
    ],
    [
      'prints physdev flags',
      [m.physdev({ isIn: { negated: true } })],
      t.accept(),
      '-m physdev ! --physdev-is-in -j ACCEPT',
    ],
    [
      'prints nfacct',
      [m.ctstate(['INVALID']), m.nfacct('ct_state_invalid_dropped_pkts')],
      t.drop(),
      '-m conntrack --ctstate INVALID -m nfacct --nfacct-name  ct_state_invalid_dropped_pkts -j DROP',
    ],
    [
      'prints SNAT with port range and flags',
      [],
      t.snat('192.168.1.10', { ports: [1024, 65535], randomFully: true }),
      '-j SNAT --to-source 192.168.1.10:1024-65535 --random-fully',
    ],
    [
      'prints a comment-only rule with no target',
      [m.comment('other traffic to ns/svc:p will be dropped by KUBE-PROXY-FIREWALL')],
      t.none(),
      '-m comment --comment "other traffic to ns/svc:p will be dropped by KUBE-PROXY-FIREWALL"',
    ],
    ['prints goto with -g', [], t.goto('KUBE-X'), '-g KUBE-X'],
  ])('%s', (_name, matches, target, expected) => {
    expect(save(matches, target)).toBe(expected);
  });

  it('uses /128, brackets and ip6 defaults for ip6tables', () => {
    expect(save([m.source('fd00::1'), m.recent('L', 'set')], t.dnat('fd00:0::2', 80), 'ipv6')).toBe(
      '-s fd00::1/128 -m recent --set --name L --mask ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff --rsource -j DNAT --to-destination [fd00::2]:80',
    );
    expect(save([], t.reject(), 'ipv6')).toBe('-j REJECT --reject-with icmp6-port-unreachable');
    expect(save([m.protocol('icmpv6')], t.accept(), 'ipv6')).toBe('-p ipv6-icmp -j ACCEPT');
  });
});

describe('xtablesSaveString (comment quoting)', () => {
  it.each([
    ['kube-system/kube-dns:dns', ' "kube-system/kube-dns:dns"'],
    ['flanneld masq', ' "flanneld masq"'],
    ['cali:eCrqwxNk3cKw9Eq6', ' "cali:eCrqwxNk3cKw9Eq6"'],
    ['say "hi" it\'s \\', ' "say \\"hi\\" it\\\'s \\\\"'],
    // libxtables leaves [A-Za-z0-9_-] bare (iptables' own libxt_comment.t expects `--comment xxx…` back unquoted).
    ['plain-word_1', ' plain-word_1'],
  ])('%j -> %j', (text, expected) => {
    expect(xtablesSaveString(text)).toBe(expected);
  });
});

describe('renderIptablesSave layout', () => {
  const b = createRulesetBuilder('ipv4');
  b.table('nat').declareChain('KUBE-SERVICES');
  b.table('nat').declareChain('KUBE-SEP-ABC');
  b.table('nat').chain('KUBE-SEP-ABC').append({ matches: [], target: t.return() });
  b.table('raw');
  b.table('filter').chain('FORWARD').policy('DROP');
  const ruleset = b.build();

  it('prints tables in iptables-nft order and sorts user chains by strcmp (KUBE-SEP before KUBE-SERVICES)', () => {
    const text = renderIptablesSave(ruleset, { date: 'D' }).map((line) => line.text);
    expect(text).toEqual([
      '# Generated by iptables-save v1.8.10 (nf_tables) on D',
      '*raw',
      ':PREROUTING ACCEPT [0:0]',
      ':OUTPUT ACCEPT [0:0]',
      'COMMIT',
      '# Completed on D',
      '# Generated by iptables-save v1.8.10 (nf_tables) on D',
      '*filter',
      ':INPUT ACCEPT [0:0]',
      ':FORWARD DROP [0:0]',
      ':OUTPUT ACCEPT [0:0]',
      'COMMIT',
      '# Completed on D',
      '# Generated by iptables-save v1.8.10 (nf_tables) on D',
      '*nat',
      ':PREROUTING ACCEPT [0:0]',
      ':INPUT ACCEPT [0:0]',
      ':OUTPUT ACCEPT [0:0]',
      ':POSTROUTING ACCEPT [0:0]',
      ':KUBE-SEP-ABC - [0:0]',
      ':KUBE-SERVICES - [0:0]',
      '-A KUBE-SEP-ABC -j RETURN',
      'COMMIT',
      '# Completed on D',
    ]);
  });

  it('names ip6tables-save and takes the version from options', () => {
    const v6 = createRulesetBuilder('ipv6');
    v6.table('filter');
    const first = renderIptablesSave(v6.build(), { date: 'D', version: '1.8.7 (legacy)' })[0];
    expect(first?.text).toBe('# Generated by ip6tables-save v1.8.7 (legacy) on D');
  });
});
