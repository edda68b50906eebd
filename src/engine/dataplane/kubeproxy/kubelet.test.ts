/** kubelet's chains and how kube-proxy's copies of them merge (REFERENCE.md §1.2). */
import { describe, expect, it } from 'vitest';
import { clusterFromYaml, runNode, saveLines, twoNodeCluster } from './testkit.ts';

describe('kubelet chains', () => {
  it.each(['iptables', 'ipvs', 'nftables', 'none'])(
    'kubelet writes KUBE-IPTABLES-HINT, KUBE-KUBELET-CANARY and KUBE-FIREWALL whatever the proxy mode (%s)',
    (mode) => {
      const lines = saveLines(runNode(clusterFromYaml(twoNodeCluster(mode)), 'master').ruleset);
      expect(lines).toEqual(
        expect.arrayContaining([
          ':KUBE-IPTABLES-HINT - [0:0]',
          ':KUBE-KUBELET-CANARY - [0:0]',
          '-A INPUT -j KUBE-FIREWALL',
          '-A OUTPUT -j KUBE-FIREWALL',
          '-A KUBE-FIREWALL ! -s 127.0.0.0/8 -d 127.0.0.0/8 -m comment --comment "block incoming localnet connections" -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP',
        ]),
      );
    },
  );

  it('kube-proxy’s KUBE-FIREWALL jumps and rule merge with kubelet’s instead of duplicating them', () => {
    const lines = saveLines(runNode(clusterFromYaml(twoNodeCluster('iptables')), 'master').ruleset);
    expect(lines.filter((line) => line.endsWith('-j KUBE-FIREWALL'))).toHaveLength(2);
    expect(lines.filter((line) => line.startsWith('-A KUBE-FIREWALL '))).toHaveLength(1);
  });

  it('kubelet’s jump sits below kube-proxy’s prepended jumps in INPUT', () => {
    const lines = saveLines(runNode(clusterFromYaml(twoNodeCluster('iptables')), 'master').ruleset);
    expect(lines.filter((line) => line.startsWith('-A INPUT ')).at(-1)).toBe('-A INPUT -j KUBE-FIREWALL');
  });
});

describe('determinism', () => {
  it.each(['iptables', 'ipvs', 'nftables'])(
    'the same cluster gives the same %s output, byte for byte',
    (mode) => {
      const yaml = twoNodeCluster(mode);
      const first = runNode(clusterFromYaml(yaml), 'worker-1');
      const second = runNode(clusterFromYaml(yaml), 'worker-1');
      expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    },
  );
});
