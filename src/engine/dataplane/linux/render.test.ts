import { describe, expect, it } from 'vitest';
import type { Cidr } from '../../net/cidr.ts';
import type { IPv4 } from '../../net/ipv4.ts';
import type { FdbEntry, Neighbour, Route } from '../types.ts';
import { upFlags, upState } from './links.ts';
import { toMac } from './mac.ts';
import { createVethPair, NetnsBuilder } from './netnsBuilder.ts';
import { renderIpAddr } from './renderIpAddr.ts';
import { formatFdb, formatNeighbour, renderBridgeFdb, renderIpNeigh } from './renderIpNeigh.ts';
import { formatRoute, renderIpRoute } from './renderIpRoute.ts';

const ip = (text: string): IPv4 => text as IPv4;
const cidr = (text: string): Cidr => text as Cidr;

// The real lines quoted in REFERENCE.md §4–§6.
describe('formatRoute prints routes as iproute2 does', () => {
  it.each<[string, Route]>([
    [
      '10.42.0.0/24 via 10.42.0.0 dev flannel.1 onlink',
      {
        table: 'main',
        type: 'unicast',
        dst: cidr('10.42.0.0/24'),
        via: ip('10.42.0.0'),
        dev: 'flannel.1',
        onlink: true,
      },
    ],
    [
      '10.42.7.0/24 dev cni0 proto kernel scope link src 10.42.7.1',
      {
        table: 'main',
        type: 'unicast',
        dst: cidr('10.42.7.0/24'),
        dev: 'cni0',
        proto: 'kernel',
        scope: 'link',
        src: ip('10.42.7.1'),
      },
    ],
    [
      '10.244.1.0/24 via 192.168.1.11 dev eth0',
      { table: 'main', type: 'unicast', dst: cidr('10.244.1.0/24'), via: ip('192.168.1.11'), dev: 'eth0' },
    ],
    [
      'blackhole 192.168.231.0/26 proto bird',
      { table: 'main', type: 'blackhole', dst: cidr('192.168.231.0/26'), proto: 'bird' },
    ],
    [
      '192.168.66.128/26 via 10.0.0.12 dev tunl0 proto bird onlink',
      {
        table: 'main',
        type: 'unicast',
        dst: cidr('192.168.66.128/26'),
        via: ip('10.0.0.12'),
        dev: 'tunl0',
        proto: 'bird',
        onlink: true,
      },
    ],
    [
      '10.233.104.65 dev cali3c73a6b29ba scope link',
      {
        table: 'main',
        type: 'unicast',
        dst: cidr('10.233.104.65/32'),
        dev: 'cali3c73a6b29ba',
        scope: 'link',
      },
    ],
    [
      'blackhole 10.233.104.64/26 proto 80',
      { table: 'main', type: 'blackhole', dst: cidr('10.233.104.64/26'), proto: '80' },
    ],
    [
      '10.0.0.0/24 via 10.0.2.208 dev cilium_host proto kernel src 10.0.2.208 mtu 1450',
      {
        table: 'main',
        type: 'unicast',
        dst: cidr('10.0.0.0/24'),
        via: ip('10.0.2.208'),
        dev: 'cilium_host',
        proto: 'kernel',
        src: ip('10.0.2.208'),
        mtu: 1450,
      },
    ],
    [
      '10.0.2.208 dev cilium_host proto kernel scope link',
      {
        table: 'main',
        type: 'unicast',
        dst: cidr('10.0.2.208/32'),
        dev: 'cilium_host',
        proto: 'kernel',
        scope: 'link',
      },
    ],
    [
      'local 10.244.0.1 dev cni0 proto kernel scope host src 10.244.0.1',
      {
        table: 'local',
        type: 'local',
        dst: cidr('10.244.0.1/32'),
        dev: 'cni0',
        proto: 'kernel',
        scope: 'host',
        src: ip('10.244.0.1'),
      },
    ],
    [
      'default via 169.254.1.1 dev eth0',
      { table: 'main', type: 'unicast', dst: 'default', via: ip('169.254.1.1'), dev: 'eth0' },
    ],
    [
      '10.244.0.0/24 via 10.0.0.1 dev eth0',
      {
        table: 'main',
        type: 'unicast',
        dst: cidr('10.244.0.0/24'),
        via: ip('10.0.0.1'),
        dev: 'eth0',
        proto: 'boot',
      },
    ],
  ])('%s', (expected, route) => {
    expect(formatRoute(route)).toBe(expected);
  });
});

describe('ip neigh and bridge fdb', () => {
  const neigh: Neighbour = {
    ip: ip('10.42.4.0'),
    device: 'flannel.1',
    lladdr: toMac('3e:51:16:ff:31:8d'),
    state: 'PERMANENT',
  };
  const fdb: FdbEntry = {
    mac: toMac('2a:02:24:58:e9:07'),
    device: 'flannel.1',
    dst: ip('10.240.0.102'),
    self: true,
    permanent: true,
  };

  it('print the real lines with `dev X` filtered, and name the device otherwise', () => {
    expect(formatNeighbour(neigh, false)).toBe('10.42.4.0 lladdr 3e:51:16:ff:31:8d PERMANENT');
    expect(formatNeighbour(neigh, true)).toBe('10.42.4.0 dev flannel.1 lladdr 3e:51:16:ff:31:8d PERMANENT');
    expect(formatFdb(fdb, false)).toBe('2a:02:24:58:e9:07 dst 10.240.0.102 self permanent');
    expect(formatFdb(fdb, true)).toBe('2a:02:24:58:e9:07 dev flannel.1 dst 10.240.0.102 self permanent');
  });

  it('print a learnt bridge entry without a state', () => {
    const learnt: FdbEntry = {
      mac: toMac('0a:58:0a:f4:00:02'),
      device: 'veth1234abcd',
      master: 'cni0',
      self: false,
      permanent: false,
    };
    expect(formatFdb(learnt, true)).toBe('0a:58:0a:f4:00:02 dev veth1234abcd master cni0');
  });
});

describe('a namespace rendered with links back to its entries', () => {
  const host = new NetnsBuilder('host');
  host.addDevice({ name: 'lo', kind: 'loopback', mtu: 65536, state: 'UNKNOWN', flags: upFlags('loopback') });
  host.addDevice({
    name: 'flannel.1',
    kind: 'vxlan',
    mac: toMac('2a:02:24:58:e9:07'),
    mtu: 1450,
    state: upState('vxlan'),
    flags: upFlags('vxlan'),
  });
  host.addAddress({ device: 'flannel.1', ip: ip('10.244.0.0'), prefix: 32, scope: 'global' });
  host.addDevice({
    name: 'cni0',
    kind: 'bridge',
    mac: toMac('3e:51:16:ff:31:8d'),
    mtu: 1450,
    state: 'UP',
    flags: upFlags('bridge'),
  });
  host.addAddress({
    device: 'cni0',
    ip: ip('10.244.0.1'),
    prefix: 24,
    scope: 'global',
    broadcast: ip('10.244.0.255'),
  });
  const pod = new NetnsBuilder('pod:default/web');
  pod.addDevice({ name: 'lo', kind: 'loopback', mtu: 65536, state: 'UNKNOWN', flags: upFlags('loopback') });
  createVethPair(
    pod,
    { name: 'eth0', mac: toMac('0a:00:00:00:00:02'), mtu: 1450, state: 'UP', flags: upFlags('veth') },
    host,
    {
      name: 'veth1234abcd',
      mac: toMac('0a:00:00:00:00:03'),
      mtu: 1450,
      state: 'UP',
      flags: upFlags('veth'),
      master: 'cni0',
    },
  );
  host.addRoute({
    table: 'main',
    type: 'unicast',
    dst: cidr('10.244.1.0/24'),
    via: ip('10.244.1.0'),
    dev: 'flannel.1',
    onlink: true,
  });
  host.addNeighbour({
    ip: ip('10.244.1.0'),
    device: 'flannel.1',
    lladdr: toMac('aa:00:00:00:00:01'),
    state: 'PERMANENT',
  });
  host.addFdb({
    mac: toMac('aa:00:00:00:00:01'),
    device: 'flannel.1',
    dst: ip('192.168.1.11'),
    self: true,
    permanent: true,
  });
  const ns = host.build();
  const podNs = pod.build();

  it('ip addr shows the real address lines and veth header', () => {
    const text = renderIpAddr(ns, { netnsName: () => 'cni-1' }).map((l) => l.text);
    expect(text).toContain('    inet 10.244.0.0/32 scope global flannel.1');
    expect(text).toContain('    inet 10.244.0.1/24 brd 10.244.0.255 scope global cni0');
    expect(text).toContain(
      '4: veth1234abcd@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue master cni0 state UP group default',
    );
    expect(text).toContain('    link/ether 0a:00:00:00:00:03 brd ff:ff:ff:ff:ff:ff link-netns cni-1');
    expect(renderIpAddr(podNs).map((l) => l.text)).toContain(
      '2: eth0@if4: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UP group default',
    );
  });

  it('ip route lists main-table routes in FIB order, each linked to its route', () => {
    const lines = renderIpRoute(ns);
    expect(lines.map((l) => l.text)).toEqual([
      '10.244.0.0/24 dev cni0 proto kernel scope link src 10.244.0.1',
      '10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink',
    ]);
    for (const line of lines) {
      const ref = line.ref;
      expect(ref?.kind).toBe('route');
      if (ref?.kind === 'route') expect(formatRoute(ns.routes[ref.index] as Route)).toBe(line.text);
    }
  });

  it('ip neigh and bridge fdb filter by device like `show dev flannel.1`', () => {
    expect(renderIpNeigh(ns, { dev: 'flannel.1' }).map((l) => l.text)).toEqual([
      '10.244.1.0 lladdr aa:00:00:00:00:01 PERMANENT',
    ]);
    expect(renderBridgeFdb(ns, { dev: 'flannel.1' }).map((l) => l.text)).toEqual([
      'aa:00:00:00:00:01 dst 192.168.1.11 self permanent',
    ]);
    expect(renderBridgeFdb(ns, { dev: 'cni0' })).toEqual([]);
  });
});
