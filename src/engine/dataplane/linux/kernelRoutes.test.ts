import { describe, expect, it } from 'vitest';
import type { IPv4 } from '../../net/ipv4.ts';
import type { Address, Device } from '../types.ts';
import { kernelRoutesFor } from './kernelRoutes.ts';
import { upFlags, upState } from './links.ts';
import { formatRoute } from './renderIpRoute.ts';

function device(name: string, kind: Device['kind'], state: Device['state'] = upState(kind)): Device {
  return {
    index: 1,
    name,
    kind,
    mtu: 1500,
    state,
    flags: state === 'DOWN' ? ['BROADCAST', 'NOARP'] : upFlags(kind),
  };
}

const addr = (dev: string, ip: string, prefix: number, broadcast?: string): Address => ({
  device: dev,
  ip: ip as IPv4,
  prefix,
  scope: dev === 'lo' ? 'host' : 'global',
  ...(broadcast === undefined ? {} : { broadcast: broadcast as IPv4 }),
});

describe('the routes the kernel adds for an address', () => {
  it.each([
    [
      'a bridge /24 gets its connected route, local and broadcast entries',
      addr('cni0', '10.244.0.1', 24, '10.244.0.255'),
      device('cni0', 'bridge'),
      [
        'local 10.244.0.1 dev cni0 proto kernel scope host src 10.244.0.1',
        '10.244.0.0/24 dev cni0 proto kernel scope link src 10.244.0.1',
        'broadcast 10.244.0.255 dev cni0 proto kernel scope link src 10.244.0.1',
      ],
    ],
    [
      'flannel.1 /32 gets only its local entry (no broadcast routes, as flannel intends)',
      addr('flannel.1', '10.244.0.0', 32),
      device('flannel.1', 'vxlan'),
      ['local 10.244.0.0 dev flannel.1 proto kernel scope host src 10.244.0.0'],
    ],
    [
      'lo 127.0.0.1/8 makes the whole /8 local',
      addr('lo', '127.0.0.1', 8),
      device('lo', 'loopback'),
      [
        'local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1',
        'local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1',
        'broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1',
      ],
    ],
    [
      'a DOWN dummy (kube-ipvs0) still gets its local entry, so the address answers',
      addr('kube-ipvs0', '10.96.0.1', 32),
      device('kube-ipvs0', 'dummy', 'DOWN'),
      ['local 10.96.0.1 dev kube-ipvs0 proto kernel scope host src 10.96.0.1'],
    ],
  ])('%s', (_name, address, dev, expected) => {
    expect(kernelRoutesFor(address, dev).map(formatRoute)).toEqual(expected);
  });
});
