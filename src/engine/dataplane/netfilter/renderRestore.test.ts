import { describe, expect, it } from 'vitest';
import { createRulesetBuilder } from './builder.ts';
import { m, t } from './construct.ts';
import { renderIptablesRestore, restoreRuleLine } from './renderRestore.ts';
import type { Match } from './matches.ts';
import type { Target } from './targets.ts';

const line = (matches: Match[], target: Target): string => restoreRuleLine({ chain: 'C', matches, target });

describe('restore text keeps the writer’s spelling', () => {
  it.each<[string, Match[], Target, string]>([
    [
      'argument order as written, no /32',
      [
        m.comment('ns/svc:p cluster IP'),
        m.module('tcp'),
        m.protocol('tcp'),
        m.destination('10.96.0.10'),
        m.dport('tcp', 53),
      ],
      t.jump('X'),
      '-A C -m comment --comment "ns/svc:p cluster IP" -m tcp -p tcp -d 10.96.0.10 --dport 53 -j X',
    ],
    [
      'comments without spaces unquoted, as kube-proxy writes them',
      [m.comment('ns1/svc1:p80'), m.source('10.180.0.1')],
      t.jump('KUBE-MARK-MASQ'),
      '-A C -m comment --comment ns1/svc1:p80 -s 10.180.0.1 -j KUBE-MARK-MASQ',
    ],
    [
      'marks padded like Go %#08x when asked',
      [m.mark(0x4000, 0x4000, { negated: true, hexWidth: 8 })],
      t.return(),
      '-A C -m mark ! --mark 0x00004000/0x00004000 -j RETURN',
    ],
    ['--or-mark stays --or-mark', [], t.mark('or-mark', 0x4000), '-A C -j MARK --or-mark 0x4000'],
    ['bare REJECT', [], t.reject(), '-A C -j REJECT'],
    [
      'probability as written',
      [m.probability('0.3333333333')],
      t.jump('S'),
      '-A C -m statistic --mode random --probability 0.3333333333 -j S',
    ],
    [
      'recent in kube-proxy’s order (--name first, no defaults)',
      [m.recent('KUBE-SEP-X', 'rcheck', { seconds: 10800, reap: true })],
      t.jump('KUBE-SEP-X'),
      '-A C -m recent --name KUBE-SEP-X --rcheck --seconds 10800 --reap -j KUBE-SEP-X',
    ],
    [
      'DNAT to IPv6 bracketed (net.JoinHostPort)',
      [],
      t.dnat('fd00::1', 80),
      '-A C -j DNAT --to-destination [fd00::1]:80',
    ],
    [
      'comment-only rule',
      [m.comment('other traffic')],
      t.none(),
      '-A C -m comment --comment "other traffic"',
    ],
    [
      'negated test with ! before the flag',
      [m.source('10.0.0.0/8', { negated: true }), m.addrtype({ dst: { types: ['LOCAL'], negated: true } })],
      t.accept(),
      '-A C ! -s 10.0.0.0/8 -m addrtype ! --dst-type LOCAL -j ACCEPT',
    ],
  ])('%s', (_name, matches, target, expected) => {
    expect(line(matches, target)).toBe(expected);
  });
});

describe('renderIptablesRestore selection', () => {
  const b = createRulesetBuilder('ipv4');
  b.table('nat').declareChain('KUBE-PROXY-CANARY', { installedBy: 'kube-proxy', installedVia: 'command' });
  b.table('nat').declareChain('FLANNEL-POSTRTG', { installedBy: 'flannel', installedVia: 'command' });
  b.table('nat').declareChain('KUBE-SERVICES', { installedBy: 'kube-proxy', installedVia: 'restore' });
  b.table('nat').declareChain('KUBE-MARK-MASQ', { installedBy: 'kube-proxy', installedVia: 'restore' });
  b.table('nat')
    .chain('PREROUTING')
    .prepend({ matches: [], target: t.jump('KUBE-SERVICES') });
  b.table('nat')
    .chain('KUBE-MARK-MASQ')
    .append({ matches: [], target: t.mark('or-mark', 0x4000) });
  b.table('nat')
    .chain('KUBE-SERVICES')
    .append({ matches: [m.comment('a')], target: t.return() });
  b.table('nat')
    .chain('KUBE-MARK-MASQ')
    .append({ matches: [m.comment('b')], target: t.return() });

  it('holds only restore-installed chains, in declaration order, with rules in the order written', () => {
    const text = renderIptablesRestore(b.build(), { tables: ['filter', 'nat'], installedBy: 'kube-proxy' });
    expect(text.map((l) => l.text)).toEqual([
      '*nat',
      ':KUBE-SERVICES - [0:0]',
      ':KUBE-MARK-MASQ - [0:0]',
      '-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000',
      '-A KUBE-SERVICES -m comment --comment a -j RETURN',
      '-A KUBE-MARK-MASQ -m comment --comment b -j RETURN',
      'COMMIT',
    ]);
    expect(text[3]?.ruleId).toBe('nat/KUBE-MARK-MASQ/1');
  });
});
