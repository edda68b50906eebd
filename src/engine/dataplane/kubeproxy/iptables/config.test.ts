/**
 * kube-proxy iptables mode: what its configuration and the node's kernel change (masquerading, localhost
 * NodePorts, `--nodeport-addresses`, nfacct, conntrack liberal mode, large cluster mode).
 */
import { describe, expect, it } from 'vitest';
import { createRulesetBuilder } from '../../netfilter/builder.ts';
import { renderIptablesRestore } from '../../netfilter/renderRestore.ts';
import { kubeProxyNodeConfig, type KubeProxyHostOptions } from '../config.ts';
import { servicePortsForNode } from '../servicePorts.ts';
import {
  clusterFromYaml,
  kubeProxyConfigMap,
  pods,
  runNode,
  saveLines,
  service,
  twoNodeCluster,
} from '../testkit.ts';
import { buildKubeProxyIptables } from './build.ts';

const IPT = twoNodeCluster('iptables');

/** The `-A` lines (nat and filter) of `node` for a cluster made of `docs`. */
function rules(docs: readonly string[], node = 'master', options: KubeProxyHostOptions = {}): string[] {
  const { ruleset } = runNode(clusterFromYaml(IPT, ...docs), node, options);
  return saveLines(ruleset).filter((line) => line.startsWith('-A '));
}

const chain = (lines: readonly string[], name: string): string[] =>
  lines.filter((line) => line.startsWith(`-A ${name} `));

describe('masquerading and node configuration', () => {
  const web = [pods('web', 1), service('web', '10.96.50.8')];

  it('marks off-cluster sources for masquerade with ! -s <cluster CIDR>', () => {
    expect(
      rules(web).filter((line) => line.includes('default/web cluster IP') && line.includes('KUBE-MARK-MASQ')),
    ).toEqual([
      expect.stringMatching(/^-A KUBE-SVC-\w+ ! -s 10\.244\.0\.0\/16 -d 10\.96\.50\.8\/32 -p tcp /),
    ]);
  });

  it('masqueradeAll drops the ! -s podCIDR', () => {
    const lines = rules([...web, kubeProxyConfigMap('mode: iptables\niptables:\n  masqueradeAll: true')]);
    expect(
      lines.filter((line) => line.includes('default/web cluster IP') && line.includes('KUBE-MARK-MASQ')),
    ).toEqual([expect.stringMatching(/^-A KUBE-SVC-\w+ -d 10\.96\.50\.8\/32 -p tcp /)]);
  });

  it('a masquerade bit of 12 marks with 0x1000', () => {
    const lines = rules([kubeProxyConfigMap('mode: iptables\niptables:\n  masqueradeBit: 12')]);
    expect(chain(lines, 'KUBE-MARK-MASQ')).toEqual(['-A KUBE-MARK-MASQ -j MARK --set-xmark 0x1000/0x1000']);
  });

  it('localhostNodePorts off: no KUBE-FIREWALL copy and ! -d 127.0.0.0/8 on the NodePort tail call', () => {
    const lines = rules([kubeProxyConfigMap('mode: iptables\niptables:\n  localhostNodePorts: false')]);
    expect(chain(lines, 'KUBE-SERVICES').at(-1)).toBe(
      '-A KUBE-SERVICES ! -d 127.0.0.0/8 -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS',
    );
    const { ruleset, output } = runNode(
      clusterFromYaml(IPT, kubeProxyConfigMap('mode: iptables\niptables:\n  localhostNodePorts: false')),
      'master',
    );
    const restore = renderIptablesRestore(ruleset, { tables: ['filter', 'nat'], installedBy: 'kube-proxy' });
    expect(restore.some((line) => line.text.includes('KUBE-FIREWALL'))).toBe(false);
    expect(output.sysctls).toEqual({});
  });

  it('nodePortAddresses: one tail call per matching node address instead of addrtype LOCAL', () => {
    const lines = rules([kubeProxyConfigMap('mode: iptables\nnodePortAddresses: [192.168.1.0/24]')]);
    expect(chain(lines, 'KUBE-SERVICES').at(-1)).toBe(
      '-A KUBE-SERVICES -d 192.168.1.10/32 -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -j KUBE-NODEPORTS',
    );
  });

  it.each([
    [
      'nfacct counters present',
      {},
      '-A KUBE-FORWARD -m conntrack --ctstate INVALID -m nfacct --nfacct-name  ct_state_invalid_dropped_pkts -j DROP',
    ],
    ['no nfacct', { nfacct: false }, '-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP'],
    ['conntrack liberal', { conntrackTcpBeLiberal: true }, undefined],
  ] as const)('KUBE-FORWARD INVALID drop: %s', (_, options, expected) => {
    expect(chain(rules([], 'master', options), 'KUBE-FORWARD')[0]).toBe(
      expected ??
        '-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x4000/0x4000 -j ACCEPT',
    );
  });

  it('localhost NodePorts count into localhost_nps_accepted_pkts', () => {
    const lines = rules([
      pods('np', 1),
      service(
        'np',
        '10.96.50.9',
        '  type: NodePort\n  ports: [{port: 80, targetPort: 8080, nodePort: 30009}]',
      ),
    ]);
    expect(chain(lines, 'KUBE-NODEPORTS')[0]).toMatch(
      /^-A KUBE-NODEPORTS -d 127\.0\.0\.0\/8 -p tcp -m comment --comment "default\/np" -m tcp --dport 30009 -m nfacct --nfacct-name {2}localhost_nps_accepted_pkts -j KUBE-EXT-\w+$/,
    );
  });
});

describe('large clusters', () => {
  it('above 1000 endpoints the per-endpoint comments are left out (large cluster mode)', () => {
    const cluster = clusterFromYaml(IPT, pods('big', 1), service('big', '10.96.50.11'));
    const node = cluster.nodes[0];
    if (!node) throw new Error('no node');
    const ports = servicePortsForNode(cluster, node).map((svc) =>
      svc.name !== 'big'
        ? svc
        : {
            ...svc,
            endpoints: Array.from({ length: 1001 }, (_, i) => {
              const ip =
                `10.244.${4 + Math.floor(i / 250)}.${(i % 250) + 1}` as (typeof svc.endpoints)[number]['ip'];
              return {
                ip,
                port: 8080,
                key: `${ip}:8080`,
                ready: true,
                serving: true,
                terminating: false,
                local: false,
              };
            }),
          },
    );
    const builder = createRulesetBuilder('ipv4');
    buildKubeProxyIptables(builder, kubeProxyNodeConfig(cluster, node), ports);
    const lines = saveLines(builder.build()).filter((line) => /^-A KUBE-(SEP|SVC)-/.test(line));
    const sep = lines.find((line) => line.includes('--to-destination 10.244.4.1:8080'));
    expect(sep).toMatch(/^-A KUBE-SEP-\w+ -p tcp -m tcp -j DNAT --to-destination 10\.244\.4\.1:8080$/);
    expect(lines.filter((line) => line.includes(' -> '))).toEqual([]);
    // The ClusterIP masquerade rule keeps its comment: upstream writes it without appendServiceCommentLocked.
    expect(lines.some((line) => line.includes('"default/big cluster IP"'))).toBe(true);
  });
});
