import { describe, expect, it } from 'vitest';
import {
  cidrBroadcast,
  cidrContaining,
  cidrContains,
  cidrContainsCidr,
  cidrIndexOf,
  cidrNetwork,
  cidrNth,
  cidrPrefix,
  cidrSize,
  cidrSubnet,
  cidrSubnetCount,
  cidrsOverlap,
  compareCidr,
  parseCidr,
  parseCidrDetailed,
  type Cidr,
} from './cidr.ts';
import { parseIPv4, type IPv4 } from './ipv4.ts';

const c = (text: string): Cidr => {
  const parsed = parseCidr(text);
  if (parsed === undefined) throw new Error(`bad test cidr ${text}`);
  return parsed;
};
const ip = (text: string): IPv4 => parseIPv4(text) as IPv4;

describe('parseCidr', () => {
  it.each([
    ['a /16', '10.244.0.0/16', { ok: true, cidr: '10.244.0.0/16' }],
    ['a /12', '10.96.0.0/12', { ok: true, cidr: '10.96.0.0/12' }],
    ['a host route', '10.0.0.7/32', { ok: true, cidr: '10.0.0.7/32' }],
    ['the whole space', '0.0.0.0/0', { ok: true, cidr: '0.0.0.0/0' }],
    ['host bits set', '10.244.0.1/16', { ok: false, error: 'host-bits' }],
    ['no prefix', '10.244.0.0', { ok: false, error: 'syntax' }],
    ['two slashes', '10.0.0.0/8/8', { ok: false, error: 'syntax' }],
    ['a prefix above 32', '10.0.0.0/33', { ok: false, error: 'prefix' }],
    ['a prefix with a leading zero', '10.0.0.0/08', { ok: false, error: 'prefix' }],
    ['an empty prefix', '10.0.0.0/', { ok: false, error: 'prefix' }],
    ['a bad address', '10.0.0.300/24', { ok: false, error: 'address' }],
  ])('%s', (_name, text, expected) => {
    expect(parseCidrDetailed(text)).toEqual(expected);
  });

  it('masks host bits when asked to, as Go net.ParseCIDR does', () => {
    expect(parseCidr('10.244.3.7/16', 'mask')).toBe('10.244.0.0/16');
    expect(parseCidr('10.96.0.1/12', 'mask')).toBe('10.96.0.0/12');
  });
});

describe('parts and sizes', () => {
  it('a /12 service range', () => {
    const svc = c('10.96.0.0/12');
    expect(cidrPrefix(svc)).toBe(12);
    expect(cidrNetwork(svc)).toBe('10.96.0.0');
    expect(cidrSize(svc)).toBe(1048576);
    expect(cidrBroadcast(svc)).toBe('10.111.255.255');
  });
  it('the whole space does not overflow', () => {
    expect(cidrSize(c('0.0.0.0/0'))).toBe(4294967296);
    expect(cidrBroadcast(c('0.0.0.0/0'))).toBe('255.255.255.255');
  });
  it('the /24 containing a node address', () => {
    expect(cidrContaining(ip('192.168.1.10'), 24)).toBe('192.168.1.0/24');
    expect(cidrContaining(ip('192.168.1.10'), 33)).toBeUndefined();
  });
});

describe('nth address (kubeadm GetIndexedIP)', () => {
  it.each([
    ['10.96.0.0/12', 1, '10.96.0.1'],
    ['10.96.0.0/12', 10, '10.96.0.10'],
    ['10.244.1.0/24', 2, '10.244.1.2'],
    ['10.244.1.0/24', -1, '10.244.1.255'],
    ['10.244.1.0/24', 256, undefined],
    ['10.244.1.0/24', -257, undefined],
    ['10.244.1.0/24', 1.5, undefined],
  ])('%s index %d is %s', (block, n, expected) => {
    expect(cidrNth(c(block), n)).toBe(expected);
  });

  it('indexOf inverts nth and is undefined outside', () => {
    expect(cidrIndexOf(c('10.96.0.0/12'), ip('10.96.1.4'))).toBe(260);
    expect(cidrIndexOf(c('10.96.0.0/12'), ip('10.112.0.0'))).toBeUndefined();
  });
});

describe('containment and overlap', () => {
  it.each([
    ['the network address', '10.244.0.0/16', '10.244.0.0', true],
    ['the broadcast address', '10.244.0.0/16', '10.244.255.255', true],
    ['just past the end', '10.244.0.0/16', '10.245.0.0', false],
    ['just before the start', '10.244.0.0/16', '10.243.255.255', false],
  ])('contains %s', (_name, block, addr, expected) => {
    expect(cidrContains(c(block), ip(addr))).toBe(expected);
  });

  it.each([
    ['pod and service defaults', '10.244.0.0/16', '10.96.0.0/12', false],
    ['a /12 that swallows the pod /16', '10.240.0.0/12', '10.244.0.0/16', true],
    ['nested the other way', '10.244.0.0/16', '10.240.0.0/12', true],
    ['identical blocks', '10.96.0.0/12', '10.96.0.0/12', true],
    ['adjacent blocks', '10.244.0.0/24', '10.244.1.0/24', false],
    ['Calico default pool and the seed node network', '192.168.0.0/16', '192.168.1.0/24', true],
  ])('overlap: %s', (_name, a, b, expected) => {
    expect(cidrsOverlap(c(a), c(b))).toBe(expected);
  });

  it('containsCidr is directional', () => {
    expect(cidrContainsCidr(c('10.244.0.0/16'), c('10.244.3.0/24'))).toBe(true);
    expect(cidrContainsCidr(c('10.244.3.0/24'), c('10.244.0.0/16'))).toBe(false);
  });
});

describe('subnets', () => {
  it('slices a /16 into /24s in order', () => {
    expect(cidrSubnetCount(c('10.244.0.0/16'), 24)).toBe(256);
    expect(cidrSubnet(c('10.244.0.0/16'), 24, 0)).toBe('10.244.0.0/24');
    expect(cidrSubnet(c('10.244.0.0/16'), 24, 1)).toBe('10.244.1.0/24');
    expect(cidrSubnet(c('10.244.0.0/16'), 24, 255)).toBe('10.244.255.0/24');
    expect(cidrSubnet(c('10.244.0.0/16'), 24, 256)).toBeUndefined();
  });
  it('slices Calico /26 blocks', () => {
    expect(cidrSubnet(c('192.168.0.0/16'), 26, 1)).toBe('192.168.0.64/26');
    expect(cidrSubnet(c('192.168.0.0/16'), 26, 5)).toBe('192.168.1.64/26');
  });
  it('a shorter prefix has no subnets', () => {
    expect(cidrSubnetCount(c('10.244.0.0/24'), 16)).toBe(0);
    expect(cidrSubnet(c('10.244.0.0/24'), 16, 0)).toBeUndefined();
  });
  it('sorts by address then prefix', () => {
    const sorted = [c('10.244.1.0/24'), c('10.244.0.0/24'), c('10.244.0.0/16')].sort(compareCidr);
    expect(sorted).toEqual(['10.244.0.0/16', '10.244.0.0/24', '10.244.1.0/24']);
  });
});
