import { describe, expect, it } from 'vitest';
import type { Cidr } from '../../net/cidr.ts';
import type { IPv4 } from '../../net/ipv4.ts';
import { gatewayOf, underlayMac } from './hostNetns.ts';
import { clusterFrom, clusterYaml, neighOf, routesOf, runCni } from './testkit.ts';

describe('the node namespace before the CNI', () => {
  const cluster = clusterFrom(
    clusterYaml({
      cni: '{plugin: flannel, mode: vxlan}',
      nodes: [
        { name: 'n1', ip: '192.168.1.10', role: 'control-plane' },
        { name: 'n2', ip: '192.168.1.11' },
        { name: 'n3', ip: '10.0.5.20' },
      ],
    }),
  );
  const host = runCni(cluster, 'n1').host;

  it('has lo and eth0 with the node IP on its /24 and the default route via .1', () => {
    expect(host.devices.slice(0, 2).map((d) => [d.index, d.name, d.mtu])).toEqual([
      [1, 'lo', 65536],
      [2, 'eth0', 1500],
    ]);
    expect(host.addresses.find((a) => a.device === 'eth0')).toEqual({
      device: 'eth0',
      ip: '192.168.1.10',
      prefix: 24,
      scope: 'global',
      broadcast: '192.168.1.255',
    });
    expect(routesOf(host)).toContain('default via 192.168.1.1 dev eth0 proto static');
    expect(routesOf(host, 'local')).toContain(
      'local 192.168.1.10 dev eth0 proto kernel scope host src 192.168.1.10',
    );
  });

  it('knows the MACs of its gateway and of same-network peers only', () => {
    const neigh = neighOf(host, 'eth0');
    expect(neigh).toContain(`192.168.1.11 lladdr ${underlayMac('n2')} REACHABLE`);
    expect(neigh.some((n) => n.startsWith('10.0.5.20'))).toBe(false);
    expect(neigh.some((n) => n.startsWith('192.168.1.1 '))).toBe(true);
  });

  it('uses the last address as gateway when the node itself holds .1', () => {
    expect(gatewayOf('192.168.1.0/24' as Cidr, '192.168.1.1' as IPv4)).toBe('192.168.1.254');
    expect(gatewayOf('192.168.1.0/24' as Cidr, '192.168.1.7' as IPv4)).toBe('192.168.1.1');
  });
});
