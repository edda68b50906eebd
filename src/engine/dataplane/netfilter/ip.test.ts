import { describe, expect, it } from 'vitest';
import { cidr, cidrContains, formatCidrCanonical, formatIp, ip, parseCidr, parseIp } from './ip.ts';

describe('parseIp', () => {
  it.each([
    '10.96.0.10',
    '0.0.0.0',
    '255.255.255.255',
    'fd00::1',
    '::',
    '::1',
    '2001:db8::8:800:200c:417a',
    '::ffff:10.0.0.1',
  ])('accepts %s', (text) => expect(parseIp(text)?.text).toBe(text));
  it.each(['10.96.0', '10.96.0.256', '1.2.3.4.5', 'fd00:::1', '1:2:3:4:5:6:7:8:9', 'fd00::1::2', 'abc', ''])(
    'rejects %j',
    (text) => {
      expect(parseIp(text)).toBeUndefined();
    },
  );
});

describe('formatIp (glibc inet_ntop)', () => {
  it.each([
    ['fd00:0:0:0:0:0:0:1', 'fd00::1'],
    ['FD00::0001', 'fd00::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['0:0:0:0:0:0:0:0', '::'],
    ['::ffff:a00:1', '::ffff:10.0.0.1'],
    ['fe80::', 'fe80::'],
  ])('%s prints as %s', (text, expected) => {
    expect(formatIp(ip(text))).toBe(expected);
  });
});

describe('CIDRs', () => {
  it('reads a bare address as a host route', () => {
    expect(formatCidrCanonical(cidr('10.96.0.10'))).toBe('10.96.0.10/32');
    expect(formatCidrCanonical(cidr('fd00::1'))).toBe('fd00::1/128');
  });
  it('clears host bits, as the kernel stores the rule', () => {
    expect(formatCidrCanonical(cidr('10.244.1.5/16'))).toBe('10.244.0.0/16');
  });
  it('tests membership on the prefix bits only', () => {
    expect(cidrContains(cidr('10.244.0.0/16'), ip('10.244.3.7'))).toBe(true);
    expect(cidrContains(cidr('10.244.0.0/16'), ip('10.245.0.1'))).toBe(false);
    expect(cidrContains(cidr('224.0.0.0/4'), ip('239.1.1.1'))).toBe(true);
    expect(cidrContains(cidr('0.0.0.0/0'), ip('8.8.8.8'))).toBe(true);
    expect(cidrContains(cidr('10.0.0.0/8'), ip('fd00::1'))).toBe(false);
  });
  it('rejects a prefix longer than the family allows', () => {
    expect(parseCidr('10.0.0.0/33')).toBeUndefined();
    expect(parseCidr('fd00::/129')).toBeUndefined();
  });
});
