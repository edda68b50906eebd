import { describe, expect, it } from 'vitest';
import {
  clusterFrom,
  clusterYaml,
  fdbOf,
  neighOf,
  podNs,
  podYaml,
  routesOf,
  ruleLines,
  runCni,
} from '../testkit.ts';
import { flannelVtepMac } from './lease.ts';

const NODES = [
  { name: 'n1', ip: '192.168.1.10', role: 'control-plane' as const },
  { name: 'n2', ip: '192.168.1.11' },
  { name: 'n3', ip: '10.0.5.20' },
];

function flannel(mode: 'vxlan' | 'host-gw', extra?: string) {
  return clusterFrom(
    clusterYaml({
      cni: `{plugin: flannel, mode: ${mode}}`,
      nodes: NODES,
      ...(extra === undefined ? {} : { extra }),
    }),
  );
}

describe('flannel vxlan', () => {
  const cluster = flannel('vxlan', podYaml('web', 'n2'));
  const run = runCni(cluster, 'n2');

  it('adds route, neigh and fdb per peer', () => {
    expect(routesOf(run.host)).toEqual([
      'default via 192.168.1.1 dev eth0 proto static',
      '10.244.0.0/24 via 10.244.0.0 dev flannel.1 onlink',
      '10.244.1.0/24 dev cni0 proto kernel scope link src 10.244.1.1',
      '10.244.2.0/24 via 10.244.2.0 dev flannel.1 onlink',
      '192.168.1.0/24 dev eth0 proto kernel scope link src 192.168.1.11',
    ]);
    expect(neighOf(run.host, 'flannel.1')).toEqual([
      `10.244.0.0 lladdr ${flannelVtepMac('n1')} PERMANENT`,
      `10.244.2.0 lladdr ${flannelVtepMac('n3')} PERMANENT`,
    ]);
    expect(fdbOf(run.host, 'flannel.1')).toEqual([
      `${flannelVtepMac('n1')} dst 192.168.1.10 self permanent`,
      `${flannelVtepMac('n3')} dst 10.0.5.20 self permanent`,
    ]);
  });

  it('creates flannel.1 with VNI 1, port 8472, MTU 1450 and the subnet .0 as /32', () => {
    const dev = run.host.devices.find((d) => d.name === 'flannel.1');
    expect(dev?.mtu).toBe(1450);
    expect(dev?.mac).toBe(flannelVtepMac('n2'));
    expect(dev?.tunnel).toEqual({
      kind: 'vxlan',
      vni: 1,
      port: 8472,
      local: '192.168.1.11',
      dev: 'eth0',
      learning: false,
    });
    expect(run.host.addresses.filter((a) => a.device === 'flannel.1')).toEqual([
      { device: 'flannel.1', ip: '10.244.1.0', prefix: 32, scope: 'global' },
    ]);
  });

  it('bridges pods on cni0 at .1 with default and the flannel network via .1', () => {
    const web = podNs(run, 'default/web');
    expect(routesOf(web)).toEqual([
      'default via 10.244.1.1 dev eth0',
      '10.244.0.0/16 via 10.244.1.1 dev eth0',
      expect.stringMatching(/^10\.244\.1\.0\/24 dev eth0 proto kernel scope link src 10\.244\.1\.\d+$/),
    ]);
    const veth = run.host.devices.find((d) => d.peer?.netns === 'pod:default/web');
    expect(veth?.name).toMatch(/^veth[0-9a-f]{8}$/);
    expect(veth?.master).toBe('cni0');
    expect(veth?.mtu).toBe(1450);
    expect(veth?.sysctls).toEqual({ 'brport/hairpin_mode': '1' });
    expect(web?.devices.map((d) => [d.name, d.index, d.peer?.index])).toEqual([
      ['lo', 1, undefined],
      ['eth0', 2, veth?.index],
    ]);
  });

  it('writes subnet.env and the bridge sysctl, and flanneld masq/forward rules', () => {
    expect(run.result.files['/run/flannel/subnet.env']).toBe(
      'FLANNEL_NETWORK=10.244.0.0/16\nFLANNEL_SUBNET=10.244.1.1/24\nFLANNEL_MTU=1450\nFLANNEL_IPMASQ=true\n',
    );
    expect(run.result.sysctls).toEqual({ 'net.bridge.bridge-nf-call-iptables': '1' });
    expect(ruleLines(run.ruleset)).toContain(
      '-A FLANNEL-POSTRTG -s 10.244.1.0/24 -d 10.244.0.0/16 -m comment --comment "flanneld masq" -j RETURN',
    );
  });
});

describe('flannel host-gw', () => {
  const run = runCni(flannel('host-gw', podYaml('web', 'n2')), 'n2');

  it('routes peer subnets via the peer node IP', () => {
    expect(routesOf(run.host)).toContain('10.244.0.0/24 via 192.168.1.10 dev eth0');
  });

  it('adds no route for a peer on another network (the kernel refuses a gateway that is not on-link)', () => {
    expect(routesOf(run.host).some((r) => r.startsWith('10.244.2.0/24'))).toBe(false);
  });

  it('has no flannel.1 and keeps the full MTU', () => {
    expect(run.host.devices.map((d) => d.name)).not.toContain('flannel.1');
    expect(run.host.devices.find((d) => d.name === 'cni0')?.mtu).toBe(1500);
    expect(run.result.files['/run/flannel/subnet.env']).toContain('FLANNEL_MTU=1500');
  });
});

describe('flannel pods', () => {
  it('hostNetwork pods get no netns of their own', () => {
    const hostPod = podYaml('agent', 'n2', ', hostNetwork: true');
    const run = runCni(flannel('vxlan', hostPod), 'n2');
    expect(run.result.pods.map((ns) => ns.pod)).not.toContain('default/agent');
  });

  it('a node without pods has no cni0 (the bridge plugin creates it on the first pod)', () => {
    const run = runCni(flannel('vxlan'), 'n3');
    expect(run.result.pods).toEqual([]);
    expect(run.host.devices.map((d) => d.name)).toEqual(['lo', 'eth0', 'flannel.1']);
  });

  it('the same cluster gives the same namespaces', () => {
    const cluster = flannel('vxlan', podYaml('web', 'n2'));
    expect(runCni(cluster, 'n2')).toEqual(runCni(cluster, 'n2'));
  });
});
