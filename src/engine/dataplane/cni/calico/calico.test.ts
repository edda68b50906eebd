import { describe, expect, it } from 'vitest';
import { calicoInterfaceName } from '../../naming/calico.ts';
import { podMac } from '../podNetns.ts';
import { clusterFrom, clusterYaml, fdbOf, neighOf, podNs, podYaml, routesOf, runCni } from '../testkit.ts';
import { calicoVtepMac } from './tunnel.ts';

const NODES = [
  { name: 'n1', ip: '192.168.1.10', role: 'control-plane' as const },
  { name: 'n2', ip: '192.168.1.11' },
  { name: 'n3', ip: '10.0.5.20' },
];

function calico(mode: 'bgp' | 'ipip' | 'vxlan', crossSubnet = false) {
  const pool = `apiVersion: crd.projectcalico.org/v1
kind: IPPool
metadata: {name: default-ipv4-ippool}
spec:
  cidr: 192.168.0.0/16
  blockSize: 26
  ipipMode: ${mode === 'ipip' ? (crossSubnet ? 'CrossSubnet' : 'Always') : 'Never'}
  vxlanMode: ${mode === 'vxlan' ? (crossSubnet ? 'CrossSubnet' : 'Always') : 'Never'}
  natOutgoing: true
---
${podYaml('web', 'n2')}`;
  return clusterFrom(
    clusterYaml({ cni: '{plugin: calico}', podCIDR: '192.168.0.0/16', nodes: NODES, extra: pool }),
  );
}

const block = (cluster: ReturnType<typeof calico>, node: string): string =>
  cluster.nodes.find((n) => n.name === node)?.podCIDRs[0] ?? '?';

describe('calico pods', () => {
  const cluster = calico('ipip');
  const run = runCni(cluster, 'n2');
  const web = cluster.pods.find((p) => p.ref === 'default/web');
  if (web === undefined) throw new Error('no web pod');
  const iface = calicoInterfaceName('default', 'web');

  it('calico pod eth0 is /32 with default via 169.254.1.1', () => {
    const ns = podNs(run, 'default/web');
    expect(ns?.addresses.find((a) => a.device === 'eth0')).toEqual({
      device: 'eth0',
      ip: web.ip,
      prefix: 32,
      scope: 'global',
    });
    expect(routesOf(ns)).toEqual(['default via 169.254.1.1 dev eth0', '169.254.1.1 dev eth0 scope link']);
    expect(neighOf(ns)).toEqual(['169.254.1.1 dev eth0 lladdr ee:ee:ee:ee:ee:ee REACHABLE']);
  });

  it('the host end is cali + 11 hex with MAC ee:ee:ee:ee:ee:ee and proxy ARP, no bridge', () => {
    const dev = run.host.devices.find((d) => d.name === iface);
    expect(dev?.mac).toBe('ee:ee:ee:ee:ee:ee');
    expect(dev?.master).toBeUndefined();
    expect(dev?.sysctls).toEqual({
      [`net.ipv4.conf.${iface}.proxy_arp`]: '1',
      [`net.ipv4.neigh.${iface}.proxy_delay`]: '0',
      [`net.ipv4.conf.${iface}.forwarding`]: '1',
    });
    expect(run.host.devices.some((d) => d.kind === 'bridge')).toBe(false);
  });

  it('Felix routes each local pod to its cali device and pins its MAC', () => {
    expect(routesOf(run.host)).toContain(`${web.ip} dev ${iface} scope link`);
    expect(neighOf(run.host, iface)).toEqual([`${web.ip} lladdr ${podMac('n2', web)} PERMANENT`]);
  });

  it('uses the tunnel MTU on both veth ends', () => {
    expect(run.host.devices.find((d) => d.name === iface)?.mtu).toBe(1480);
    expect(podNs(run, 'default/web')?.devices.find((d) => d.name === 'eth0')?.mtu).toBe(1480);
  });
});

describe('calico routing by mode', () => {
  it('calico ipip routes remote blocks via tunl0 proto bird onlink, and blackholes its own block', () => {
    const cluster = calico('ipip');
    const routes = routesOf(runCni(cluster, 'n2').host);
    expect(routes).toContain(`${block(cluster, 'n1')} via 192.168.1.10 dev tunl0 proto bird onlink`);
    expect(routes).toContain(`${block(cluster, 'n3')} via 10.0.5.20 dev tunl0 proto bird onlink`);
    expect(routes).toContain(`blackhole ${block(cluster, 'n2')} proto bird`);
  });

  it('tunl0 holds the tunnel address as /32 with MTU 1480', () => {
    const cluster = calico('ipip');
    const host = runCni(cluster, 'n2').host;
    const tunl0 = host.devices.find((d) => d.name === 'tunl0');
    expect(tunl0?.kind).toBe('ipip');
    expect(tunl0?.mtu).toBe(1480);
    expect(host.addresses.find((a) => a.device === 'tunl0')?.ip).toBe(cluster.nodes[1]?.cniAddresses.tunnel);
  });

  it('ipip CrossSubnet goes direct within the subnet and through tunl0 across it', () => {
    const cluster = calico('ipip', true);
    const routes = routesOf(runCni(cluster, 'n2').host);
    expect(routes).toContain(`${block(cluster, 'n1')} via 192.168.1.10 dev eth0 proto bird`);
    expect(routes).toContain(`${block(cluster, 'n3')} via 10.0.5.20 dev tunl0 proto bird onlink`);
  });

  it('plain BGP routes peer blocks via the peer on eth0, and only on-link peers', () => {
    const cluster = calico('bgp');
    const run = runCni(cluster, 'n2');
    const routes = routesOf(run.host);
    expect(routes).toContain(`${block(cluster, 'n1')} via 192.168.1.10 dev eth0 proto bird`);
    expect(routes.some((r) => r.startsWith(block(cluster, 'n3')))).toBe(false);
    expect(run.host.devices.map((d) => d.name)).not.toContain('tunl0');
  });

  it('vxlan routes via the peer tunnel address on vxlan.calico, with neigh and fdb, blackhole proto 80', () => {
    const cluster = calico('vxlan');
    const run = runCni(cluster, 'n2');
    const peer = cluster.nodes.find((n) => n.name === 'n1');
    const tunnel = peer?.cniAddresses.tunnel;
    expect(routesOf(run.host)).toContain(`${block(cluster, 'n1')} via ${tunnel} dev vxlan.calico onlink`);
    expect(routesOf(run.host)).toContain(`blackhole ${block(cluster, 'n2')} proto 80`);
    expect(neighOf(run.host, 'vxlan.calico')).toContain(`${tunnel} lladdr ${calicoVtepMac('n1')} PERMANENT`);
    expect(fdbOf(run.host, 'vxlan.calico')).toContain(
      `${calicoVtepMac('n1')} dst 192.168.1.10 self permanent`,
    );
    const dev = run.host.devices.find((d) => d.name === 'vxlan.calico');
    expect(dev?.tunnel).toMatchObject({ kind: 'vxlan', vni: 4096, port: 4789 });
    expect(dev?.mtu).toBe(1450);
  });
});
