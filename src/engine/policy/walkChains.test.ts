/** The one-table interpreter: jumps return, gotos return to the jumper's caller, marks carry, policies apply. */
import { describe, expect, it } from 'vitest';
import { createRulesetBuilder } from '../dataplane/netfilter/builder.ts';
import { m, t } from '../dataplane/netfilter/construct.ts';
import { ip } from '../dataplane/netfilter/ip.ts';
import type { Table } from '../dataplane/netfilter/model.ts';
import type { MatchLookups, PacketView } from '../dataplane/netfilter/packet.ts';
import { walkAccepts, walkTable } from './walkChains.ts';

const packet: PacketView = {
  src: ip('10.0.0.1'),
  dst: ip('10.0.0.2'),
  protocol: 'tcp',
  sport: 40000,
  dport: 80,
  inInterface: 'cali1',
  outInterface: 'cali2',
  mark: 0,
  conntrack: { state: 'NEW', snat: false, dnat: false },
};

const lookups: MatchLookups = {
  addressType: () => 'UNICAST',
  ipsetContains: () => false,
  recentLastSeen: () => undefined,
};

function filter(build: (b: ReturnType<typeof createRulesetBuilder>) => void): Table {
  const b = createRulesetBuilder();
  build(b);
  const table = b.build().tables.find((candidate) => candidate.name === 'filter');
  if (!table) throw new Error('no filter table');
  return table;
}

describe('walkTable', () => {
  it('returns from a jumped-to chain to the rule after the jump, carrying the mark', () => {
    const table = filter((b) => {
      const f = b.table('filter');
      f.declareChain('MARKER').append({
        matches: [],
        target: t.mark('set-mark', 0x10000, { mask: 0x10000 }),
      });
      f.chain('FORWARD').append({ matches: [], target: t.jump('MARKER') });
      f.chain('FORWARD').append({ matches: [m.mark(0x10000, 0x10000)], target: t.accept() });
      f.chain('FORWARD').policy('DROP');
    });
    const walk = walkTable(table, 'FORWARD', packet, lookups);
    expect(walk.verdict.kind).toBe('accept');
    expect(walk.mark).toBe(0x10000);
  });

  it('returns from a goto to whoever jumped to the chain that did the goto', () => {
    const table = filter((b) => {
      const f = b.table('filter');
      f.declareChain('TARGET').append({ matches: [], target: t.return() });
      f.declareChain('DISPATCH').append({ matches: [m.inInterface('cali1')], target: t.goto('TARGET') });
      f.chain('DISPATCH').append({ matches: [], target: t.drop() });
      f.chain('FORWARD').append({ matches: [], target: t.jump('DISPATCH') });
      f.chain('FORWARD').append({ matches: [], target: t.reject() });
    });
    expect(walkTable(table, 'FORWARD', packet, lookups).verdict.kind).toBe('reject');
  });

  it('falls back on the built-in chain policy when no rule decides', () => {
    const table = filter((b) => b.table('filter').chain('FORWARD').policy('DROP'));
    const walk = walkTable(table, 'FORWARD', packet, lookups);
    expect(walk.verdict).toEqual({ kind: 'policy', policy: 'DROP' });
    expect(walkAccepts(walk)).toBe(false);
  });

  it('skips rules whose matches fail', () => {
    const table = filter((b) => {
      b.table('filter')
        .chain('FORWARD')
        .append({ matches: [m.inInterface('eth0')], target: t.drop() });
    });
    expect(walkAccepts(walkTable(table, 'FORWARD', packet, lookups))).toBe(true);
  });
});
