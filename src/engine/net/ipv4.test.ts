import { describe, expect, it } from 'vitest';
import {
  compareIPv4,
  ipv4Dashed,
  ipv4FromInt,
  ipv4Offset,
  ipv4ReverseName,
  ipv4ToInt,
  isIPv4,
  parseIPv4,
  type IPv4,
} from './ipv4.ts';

const ip = (text: string): IPv4 => {
  const parsed = parseIPv4(text);
  if (parsed === undefined) throw new Error(`bad test address ${text}`);
  return parsed;
};

describe('parseIPv4', () => {
  it.each([
    ['a plain address', '10.244.0.2', '10.244.0.2'],
    ['all zeros', '0.0.0.0', '0.0.0.0'],
    ['the broadcast address', '255.255.255.255', '255.255.255.255'],
    ['an octet above 255', '10.256.0.1', undefined],
    ['a leading zero (octal to some parsers)', '10.244.0.02', undefined],
    ['three octets', '10.244.0', undefined],
    ['five octets', '10.244.0.1.5', undefined],
    ['surrounding spaces', ' 10.0.0.1', undefined],
    ['an empty octet', '10..0.1', undefined],
    ['a sign', '10.+1.0.1', undefined],
    ['a CIDR', '10.0.0.0/8', undefined],
    ['an IPv6 address', '::1', undefined],
    ['the empty string', '', undefined],
  ])('%s', (_name, text, expected) => {
    expect(parseIPv4(text)).toBe(expected);
  });

  it('isIPv4 rejects non-strings', () => {
    expect(isIPv4(167772161)).toBe(false);
    expect(isIPv4(undefined)).toBe(false);
    expect(isIPv4('10.0.0.1')).toBe(true);
  });
});

describe('integer form', () => {
  it.each([
    ['0.0.0.0', 0],
    ['10.0.0.1', 167772161],
    ['192.168.1.10', 3232235786],
    ['255.255.255.255', 4294967295],
  ])('%s is %d and back', (text, n) => {
    expect(ipv4ToInt(ip(text))).toBe(n);
    expect(ipv4FromInt(n)).toBe(text);
  });

  it.each([[-1], [4294967296], [1.5], [Number.NaN]])('ipv4FromInt(%d) is undefined', (n) => {
    expect(ipv4FromInt(n)).toBeUndefined();
  });

  it('offsets carry across octets and stop at the ends of the space', () => {
    expect(ipv4Offset(ip('10.244.0.255'), 1)).toBe('10.244.1.0');
    expect(ipv4Offset(ip('10.244.1.0'), -1)).toBe('10.244.0.255');
    expect(ipv4Offset(ip('255.255.255.255'), 1)).toBeUndefined();
    expect(ipv4Offset(ip('0.0.0.0'), -1)).toBeUndefined();
  });

  it('compares numerically, not as text', () => {
    const sorted = [ip('10.0.0.10'), ip('10.0.0.9'), ip('9.255.255.255')].sort(compareIPv4);
    expect(sorted).toEqual(['9.255.255.255', '10.0.0.9', '10.0.0.10']);
  });
});

describe('DNS forms', () => {
  it('reverse name for PTR records', () => {
    expect(ipv4ReverseName(ip('10.96.0.10'))).toBe('10.0.96.10.in-addr.arpa.');
  });
  it('dashed form for pod records', () => {
    expect(ipv4Dashed(ip('10.244.1.5'))).toBe('10-244-1-5');
  });
});
