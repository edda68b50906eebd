/**
 * Felix's IPIP and VXLAN rules on cali-INPUT / cali-OUTPUT (felix/rules/static.go `filterInputChain`,
 * `filterOutputChain`). Every `cali:` id below is copied from a public dump of a real node: the IPIP ones from
 * an `iptables -S` of a kubeadm cluster with an `IPIPMODE Always` pool, the VXLAN ones from an
 * `iptables -L -n` of an operator install with a VXLAN pool; since a rule's id chains over every rule before
 * it, the rules after the encapsulation ones pin their position too.
 */
import { describe, expect, it } from 'vitest';
import { netpolCluster } from '../../../policy/__fixtures__/netpolScenarios.ts';
import { ipsetMembership } from '../../../policy/ipsetLookup.ts';
import { walkTable } from '../../../policy/walkChains.ts';
import { ip } from '../../netfilter/ip.ts';
import type { Rule } from '../../netfilter/model.ts';
import type { PacketView } from '../../netfilter/packet.ts';
import { renderIptablesSave } from '../../netfilter/renderSave.ts';
import { clusterFromYaml, compileCalicoNode } from './testkit.ts';

function compiled(mode: 'ipip' | 'vxlan' | 'bgp') {
  const yaml = netpolCluster('calico', '').replace('mode: ipip', `mode: ${mode}`);
  const cluster = clusterFromYaml(yaml);
  const node = cluster.nodes.find((candidate) => candidate.name === 'master');
  if (!node) throw new Error('no master');
  return compileCalicoNode(cluster, node);
}

const chainIds = (rules: readonly Rule[]): string[] =>
  rules.flatMap((rule) =>
    rule.matches.flatMap((match) =>
      match.kind === 'comment' && match.text.startsWith('cali:') ? [match.text.slice(5)] : [],
    ),
  );

function ids(mode: 'ipip' | 'vxlan' | 'bgp', chain: string): string[] {
  const filter = compiled(mode).ruleset.tables.find((table) => table.name === 'filter');
  return chainIds(filter?.chains.find((candidate) => candidate.name === chain)?.rules ?? []);
}

describe('Felix encapsulation rules', () => {
  it.each<[string, 'ipip' | 'vxlan', string, string[]]>([
    [
      'IPIP: accept from Calico hosts, drop the rest, then the usual cali-INPUT',
      'ipip',
      'cali-INPUT',
      [
        'PajejrV4aFdkZojI',
        '_wjq-Yrma8Ly1Svo',
        '8TZGxLWh_Eiz66wc',
        '6McIeIDvPdL6PE1T',
        'YGPbrUms7NId8xVa',
        '2gmY7Bg2i0i84Wk_',
        'q-Vz2ZT9iGE331LL',
      ],
    ],
    [
      'IPIP: accept to Calico hosts after the workload RETURN',
      'ipip',
      'cali-OUTPUT',
      [
        'Mq1_rAdXXH3YkrzW',
        '69FkRTJDvD5Vu6Vl',
        'AnEsmO6bDZbQntWW',
        '9e9Uf3GU5tX--Lxy',
        '0f3LDz_VKuHFaA2K',
        'OgU2f8BVEAZ_fwkq',
      ],
    ],
    [
      'VXLAN: UDP 4789 from allowed hosts, drop the rest',
      'vxlan',
      'cali-INPUT',
      [
        'J76FwxInZIsk7uKY',
        'EDCNTTxYfggApx8C',
        'H03xYXARh4e8pwd4',
        'MN6K3isIWBigb1Va',
        'OSYphBLwOgic22Hz',
        'rmi2_piRVmfeiwVp',
        'F7Q8zu44qIbOVben',
      ],
    ],
    [
      'VXLAN: UDP 4789 to allowed hosts',
      'vxlan',
      'cali-OUTPUT',
      [
        'Mq1_rAdXXH3YkrzW',
        '69FkRTJDvD5Vu6Vl',
        '-QZG79DohFjalQBb',
        'iC1pSPgbvgQzkUk_',
        '4Zh7KtRvt4W5AEBR',
        'Y0k-bqjt-5CUqyUq',
      ],
    ],
  ])('%s', (_name, mode, chain, expected) => {
    expect(ids(mode, chain)).toEqual(expected);
  });

  it('writes no encapsulation rules for a BGP (unencapsulated) pool', () => {
    expect(ids('bgp', 'cali-INPUT')).toHaveLength(5);
    expect(compiled('bgp').ipsets.map((set) => set.name)).not.toContain('cali40all-hosts-net');
  });

  it('saves the IPIP rules as the dump shows them, and keeps every node in the hosts set', () => {
    const node = compiled('ipip');
    const saved = renderIptablesSave(node.ruleset, { date: 'd', table: 'filter' }).map((l) => l.text);
    expect(saved).toContain(
      '-A cali-INPUT -p ipencap -m comment --comment "cali:PajejrV4aFdkZojI" -m comment --comment "Allow IPIP packets from Calico hosts" -m set --match-set cali40all-hosts-net src -m addrtype --dst-type LOCAL -j ACCEPT',
    );
    expect(node.ipsets[0]).toEqual({
      name: 'cali40all-hosts-net',
      type: 'hash:net',
      members: ['192.168.1.10', '192.168.1.11'],
    });
  });

  it.each<[string, 'ipip' | 'vxlan', Partial<PacketView>, string]>([
    ['IPIP from the other node is accepted', 'ipip', { src: ip('192.168.1.11') }, 'accept'],
    ['IPIP from a stranger is dropped', 'ipip', { src: ip('198.51.100.9') }, 'drop'],
    [
      'VXLAN from the other node is accepted',
      'vxlan',
      { src: ip('192.168.1.11'), protocol: 'udp', sport: 51000, dport: 4789 },
      'accept',
    ],
    [
      'VXLAN from a stranger is dropped',
      'vxlan',
      { src: ip('198.51.100.9'), protocol: 'udp', sport: 51000, dport: 4789 },
      'drop',
    ],
  ])('filter INPUT: %s', (_name, mode, changes, verdict) => {
    const node = compiled(mode);
    const filter = node.ruleset.tables.find((table) => table.name === 'filter');
    if (!filter) throw new Error('no filter table');
    const packet: PacketView = {
      src: ip('192.168.1.11'),
      dst: ip('192.168.1.10'),
      protocol: 'ipencap',
      inInterface: 'eth0',
      mark: 0,
      conntrack: { state: 'NEW', snat: false, dnat: false },
      ...changes,
    };
    const walk = walkTable(filter, 'INPUT', packet, {
      addressType: (address) => (address.text === '192.168.1.10' ? 'LOCAL' : 'UNICAST'),
      ipsetContains: ipsetMembership(node.ipsets),
      recentLastSeen: () => undefined,
    });
    expect(walk.verdict.kind).toBe(verdict);
  });
});
