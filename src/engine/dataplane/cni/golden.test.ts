/**
 * Golden views of one worker node per CNI and mode — `ip addr`, `ip route` (main and local), `ip neigh` and
 * `bridge fdb` for the host and its pods, as `packetwalk rules --format routes` prints them — pinned as
 * fixtures and compared line by line. Same three-node cluster for every CNI: two nodes on 192.168.1.0/24, a
 * third on 10.0.5.0/24 (so host-gw, CrossSubnet and native routing show their on-link rule), one pod on n2.
 * After an intended change, review the diff, then write `goldenView(...)` joined by newlines to the fixture.
 */
import { describe, expect, it } from 'vitest';
import { buildDataplane } from '../build.ts';
import { renderRoutesView } from '../linux/renderRoutesView.ts';
import { clusterFrom, clusterYaml, podYaml } from './testkit.ts';

const fixtures = import.meta.glob<string>('./__fixtures__/*.routes.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const NODES = [
  { name: 'n1', ip: '192.168.1.10', role: 'control-plane' as const },
  { name: 'n2', ip: '192.168.1.11' },
  { name: 'n3', ip: '10.0.5.20' },
];

const GOLDEN_CASES: readonly (readonly [string, string, string])[] = [
  ['flannel-vxlan', '{plugin: flannel, mode: vxlan}', 'iptables'],
  ['flannel-host-gw', '{plugin: flannel, mode: host-gw}', 'iptables'],
  ['calico-bgp', '{plugin: calico, mode: bgp}', 'iptables'],
  ['calico-ipip', '{plugin: calico, mode: ipip}', 'iptables'],
  ['calico-vxlan', '{plugin: calico, mode: vxlan}', 'iptables'],
  ['cilium-vxlan', '{plugin: cilium, mode: vxlan}', 'none'],
  ['cilium-geneve', '{plugin: cilium, mode: geneve}', 'none'],
  ['cilium-native', '{plugin: cilium, mode: native}', 'none'],
  ['weave-fastdp', '{plugin: weave, mode: fastdp}', 'iptables'],
  ['weave-sleeve', '{plugin: weave, mode: sleeve}', 'iptables'],
  ['canal-vxlan', '{plugin: canal, mode: vxlan}', 'iptables'],
];

/** The routes view of node n2 for one CNI setting. */
function goldenView(cni: string, kubeProxy: string): string[] {
  const cluster = clusterFrom(clusterYaml({ cni, kubeProxy, nodes: NODES, extra: podYaml('web', 'n2') }));
  const node = buildDataplane(cluster).nodes.find((n) => n.node === 'n2');
  return node === undefined ? [] : renderRoutesView(node).map((line) => line.text);
}

const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');

describe('routes view golden per CNI (node n2)', () => {
  it.each(GOLDEN_CASES)('%s', (name, cni, kubeProxy) => {
    const fixture = fixtures[`./__fixtures__/${name}.routes.txt`];
    expect(fixture, `missing fixture ${name}.routes.txt`).toBeDefined();
    expect(goldenView(cni, kubeProxy)).toEqual(lines(fixture ?? ''));
  });
});
