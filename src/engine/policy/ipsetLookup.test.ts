/** ipset membership as `-m set --match-set` asks it. */
import { describe, expect, it } from 'vitest';
import { ip } from '../dataplane/netfilter/ip.ts';
import type { PacketView } from '../dataplane/netfilter/packet.ts';
import { ipsetMembership } from './ipsetLookup.ts';

const packet: PacketView = {
  src: ip('10.244.1.5'),
  dst: ip('10.96.0.10'),
  protocol: 'udp',
  sport: 40000,
  dport: 53,
  mark: 0,
  conntrack: { state: 'NEW', snat: false, dnat: false },
};

const contains = ipsetMembership([
  { name: 'pods', type: 'hash:net', members: ['10.244.1.5', '10.244.2.0/24'] },
  { name: 'dns', type: 'hash:ip,port', members: ['10.96.0.10,udp:53', '10.96.0.10,tcp:53'] },
  { name: 'loop', type: 'hash:ip,port,ip', members: ['10.96.0.10,udp:53,10.244.1.5'] },
  { name: 'ns-a', type: 'hash:ip', members: ['10.244.9.9'] },
  { name: 'namespaces', type: 'list:set', members: ['ns-a', 'pods'] },
]);

describe('ipsetMembership', () => {
  it.each([
    ['pods', ['src'], true],
    ['pods', ['dst'], false],
    ['dns', ['dst', 'dst'], true],
    ['dns', ['src', 'dst'], false],
    ['loop', ['dst', 'dst', 'src'], true],
    ['missing', ['src'], false],
    ['namespaces', ['src'], true],
    ['namespaces', ['dst'], false],
  ] as const)('%s %j → %s', (name, flags, expected) => {
    expect(contains(name, flags, packet)).toBe(expected);
  });

  it('compares the protocol of a port dimension', () => {
    expect(contains('dns', ['dst', 'dst'], { ...packet, protocol: 'sctp' })).toBe(false);
  });
});
