import { describe, expect, it } from 'vitest';
import { createRulesetBuilder } from './builder.ts';
import { m, t } from './construct.ts';
import { findChain, findRule, tablesAtHook, type RuleId } from './model.ts';

describe('createRulesetBuilder', () => {
  it('creates a table with its built-in chains in hook order, all ACCEPT', () => {
    const b = createRulesetBuilder();
    b.table('nat');
    const nat = b.build().tables[0];
    expect(nat?.chains.map((c) => [c.name, c.kind === 'builtin' ? c.policy : '-'])).toEqual([
      ['PREROUTING', 'ACCEPT'],
      ['INPUT', 'ACCEPT'],
      ['OUTPUT', 'ACCEPT'],
      ['POSTROUTING', 'ACCEPT'],
    ]);
  });

  it('prepends as EnsureRule(Prepend) does: the last one ends up first, and ids follow final positions', () => {
    const b = createRulesetBuilder();
    const filter = b.table('filter');
    filter.declareChain('A');
    filter.declareChain('B');
    filter
      .chain('INPUT')
      .append({ matches: [], target: t.jump('A') })
      .prepend({ matches: [], target: t.jump('B') });
    const input = findChain(b.build(), 'filter', 'INPUT');
    expect(input?.rules.map((r) => [r.id, r.target])).toEqual([
      ['filter/INPUT/1', { kind: 'jump', chain: 'B' }],
      ['filter/INPUT/2', { kind: 'jump', chain: 'A' }],
    ]);
  });

  it('ensure() skips a rule the kernel would hold identically (kubelet --dst vs kube-proxy -d)', () => {
    const b = createRulesetBuilder();
    const filter = b.table('filter');
    filter.declareChain('KUBE-FIREWALL');
    filter
      .chain('INPUT')
      .ensure({ matches: [m.destination('127.0.0.0/8')], target: t.jump('KUBE-FIREWALL') }, 'prepend');
    filter
      .chain('INPUT')
      .ensure({ matches: [m.destination('127.0.0.1/8')], target: t.jump('KUBE-FIREWALL') }, 'prepend');
    expect(findChain(b.build(), 'filter', 'INPUT')?.rules).toHaveLength(1);
  });

  it('a restore declaration flushes an existing chain and takes over its provenance', () => {
    const b = createRulesetBuilder();
    const filter = b.table('filter');
    filter
      .declareChain('KUBE-FIREWALL', { installedBy: 'kubelet', installedVia: 'command' })
      .append({ matches: [], target: t.drop() });
    filter.declareChain('KUBE-FIREWALL', { installedBy: 'kubelet', installedVia: 'command' });
    expect(findChain(b.build(), 'filter', 'KUBE-FIREWALL')?.rules).toHaveLength(1);
    filter.declareChain('KUBE-FIREWALL', { installedBy: 'kube-proxy', installedVia: 'restore' });
    const chain = findChain(b.build(), 'filter', 'KUBE-FIREWALL');
    expect(chain).toMatchObject({
      kind: 'user',
      installedBy: 'kube-proxy',
      installedVia: 'restore',
      rules: [],
    });
  });

  it('fills a rule’s installer from its chain', () => {
    const b = createRulesetBuilder();
    b.table('nat')
      .declareChain('FLANNEL-POSTRTG', { installedBy: 'flannel' })
      .append({ matches: [], target: t.return() });
    expect(findRule(b.build(), 'nat/FLANNEL-POSTRTG/1' as RuleId)?.installedBy).toBe('flannel');
  });

  it('produces readonly data that does not change when the builder goes on', () => {
    const b = createRulesetBuilder();
    b.table('filter').chain('INPUT').append({ matches: [], target: t.accept() });
    const first = b.build();
    b.table('filter').chain('INPUT').append({ matches: [], target: t.drop() });
    expect(findChain(first, 'filter', 'INPUT')?.rules).toHaveLength(1);
  });

  it.each([
    ['a chain that was never declared', () => createRulesetBuilder().table('nat').chain('KUBE-SERVICES')],
    [
      'a jump to a missing chain',
      () => {
        const b = createRulesetBuilder();
        b.table('nat')
          .chain('PREROUTING')
          .append({ matches: [], target: t.jump('KUBE-SERVICES') });
        return b.build();
      },
    ],
    [
      '--dport without -p',
      () =>
        createRulesetBuilder()
          .table('filter')
          .chain('INPUT')
          .append({ matches: [m.dport('tcp', 22)], target: t.accept() }),
    ],
    [
      '-m tcp with -p udp',
      () =>
        createRulesetBuilder()
          .table('filter')
          .chain('INPUT')
          .append({ matches: [m.protocol('udp'), m.module('tcp')], target: t.accept() }),
    ],
    [
      'two -s tests',
      () =>
        createRulesetBuilder()
          .table('filter')
          .chain('INPUT')
          .append({ matches: [m.source('10.0.0.1'), m.source('10.0.0.2')], target: t.accept() }),
    ],
    [
      'a probability above 1',
      () =>
        createRulesetBuilder()
          .table('nat')
          .chain('OUTPUT')
          .append({ matches: [m.probability('1.5')], target: t.accept() }),
    ],
    [
      'a policy on a user chain',
      () => createRulesetBuilder().table('filter').declareChain('X').policy('DROP'),
    ],
    ['redeclaring a built-in chain', () => createRulesetBuilder().table('filter').declareChain('INPUT')],
  ])('refuses %s, as iptables would', (_name, action) => {
    expect(action).toThrow();
  });
});

describe('tablesAtHook', () => {
  it.each([
    ['PREROUTING', ['raw', 'mangle', 'nat']],
    ['INPUT', ['mangle', 'filter', 'nat']],
    ['FORWARD', ['mangle', 'filter']],
    ['OUTPUT', ['raw', 'mangle', 'nat', 'filter']],
    ['POSTROUTING', ['mangle', 'nat']],
  ] as const)('%s runs %j in priority order', (hook, tables) => {
    expect(tablesAtHook(hook)).toEqual(tables);
  });
});
