/** What applyCalicoPolicy writes, and for which CNIs. */
import { describe, expect, it } from 'vitest';
import { netpolCluster, SCENARIOS } from '../../../policy/__fixtures__/netpolScenarios.ts';
import { clusterFromYaml, compileCalicoNode } from './testkit.ts';

const node = (yaml: string, name = 'master') => {
  const cluster = clusterFromYaml(yaml);
  const target = cluster.nodes.find((candidate) => candidate.name === name);
  if (!target) throw new Error(`no node ${name}`);
  return compileCalicoNode(cluster, target);
};

describe('applyCalicoPolicy', () => {
  it.each(['flannel', 'cilium', 'weave'] as const)('writes nothing under %s (no Felix)', (plugin) => {
    const compiled = node(
      netpolCluster(plugin, SCENARIOS["should support a 'default-deny-all' policy"] ?? ''),
    );
    expect(compiled.ruleset.tables).toEqual([]);
    expect(compiled.ipsets).toEqual([]);
  });

  it('fills a named-port set with each pod’s own number for the name', () => {
    const compiled = node(
      netpolCluster('calico', SCENARIOS['should allow ingress access on one named port'] ?? ''),
    );
    const set = compiled.ipsets.find((candidate) => candidate.name.startsWith('cali40n:'));
    expect(set?.type).toBe('hash:ip,port');
    // z/c serves serve-80-tcp on 8080; every other pod (and nothing else) on 80.
    expect(set?.members).toContain('10.244.0.14,tcp:8080');
    expect(set?.members).toContain('10.244.0.74,tcp:80');
    expect(set?.members.some((member) => member.startsWith('10.244.0.1,'))).toBe(false);
    expect(compiled.ipsetInfo[0]).toEqual({
      name: set?.name,
      selector: 'all()',
      namedPort: 'tcp:serve-80-tcp',
    });
  });

  it('programs policy chains only for policies that select a pod on the node', () => {
    const yaml = netpolCluster(
      'calico',
      SCENARIOS['should enforce policy based on PodSelector and NamespaceSelector'] ?? '',
    );
    const chains = (name: string) =>
      node(yaml, name)
        .ruleset.tables.flatMap((table) => table.chains.map((chain) => chain.name))
        .filter((c) => c.startsWith('cali-pi-'));
    expect(chains('master')).toHaveLength(1); // x/a lives on master
    expect(chains('worker-1')).toEqual([]);
  });
});
