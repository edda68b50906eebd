import { describe, expect, it } from 'vitest';
import { calicoInterfaceName } from '../../naming/calico.ts';
import { clusterFrom, clusterYaml, podNs, podYaml, routesOf, ruleLines, runCni } from '../testkit.ts';

const NODES = [
  { name: 'n1', ip: '192.168.1.10', role: 'control-plane' as const },
  { name: 'n2', ip: '192.168.1.11' },
];

describe('canal', () => {
  const cluster = clusterFrom(
    clusterYaml({ cni: '{plugin: canal, mode: vxlan}', nodes: NODES, extra: podYaml('web', 'n2') }),
  );
  const run = runCni(cluster, 'n2');
  const web = cluster.pods.find((p) => p.ref === 'default/web');

  it('routes between nodes with flannel.1 and to local pods with per-pod cali routes, no cni0', () => {
    const routes = routesOf(run.host);
    expect(routes).toContain('10.244.0.0/24 via 10.244.0.0 dev flannel.1 onlink');
    expect(routes).toContain(`${web?.ip} dev ${calicoInterfaceName('default', 'web')} scope link`);
    expect(run.host.devices.map((d) => d.name)).not.toContain('cni0');
  });

  it('wires pods the Calico way: /32, default via 169.254.1.1, flannel MTU', () => {
    const ns = podNs(run, 'default/web');
    expect(routesOf(ns)).toEqual(['default via 169.254.1.1 dev eth0', '169.254.1.1 dev eth0 scope link']);
    expect(ns?.devices.find((d) => d.name === 'eth0')?.mtu).toBe(1450);
  });

  it('runs flanneld with --ip-masq and writes its chains, subnet.env and the canal conflist', () => {
    expect(ruleLines(run.ruleset).some((l) => l.startsWith('-A FLANNEL-POSTRTG'))).toBe(true);
    expect(Object.keys(run.result.files).sort()).toEqual([
      '/etc/cni/net.d/10-canal.conflist',
      '/run/flannel/subnet.env',
    ]);
    expect(run.result.sysctls).toEqual({});
  });
});
