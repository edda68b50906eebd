import { describe, expect, it } from 'vitest';
import { parsePort, parsePortRange, parseProtocol, portInRange } from './port.ts';

describe('ports', () => {
  it.each([
    [80, 80],
    [65535, 65535],
    [1, 1],
    [0, undefined],
    [65536, undefined],
    [80.5, undefined],
    ['80', undefined],
  ])('parsePort(%j) is %j', (value, expected) => {
    expect(parsePort(value)).toBe(expected);
  });

  it('protocols are upper-case only', () => {
    expect(parseProtocol('UDP')).toBe('UDP');
    expect(parseProtocol('udp')).toBeUndefined();
    expect(parseProtocol(undefined)).toBeUndefined();
  });

  it.each([
    ['30000-32767', { min: 30000, max: 32767 }],
    [' 20000 - 22767 ', { min: 20000, max: 22767 }],
    ['8080', { min: 8080, max: 8080 }],
    ['32767-30000', undefined],
    ['0-100', undefined],
    ['a-b', undefined],
  ])('parsePortRange(%j)', (text, expected) => {
    expect(parsePortRange(text)).toEqual(expected);
  });

  it('range membership is inclusive', () => {
    const range = parsePortRange('30000-32767');
    if (range === undefined) throw new Error('range');
    expect(portInRange(parsePort(30000) ?? range.min, range)).toBe(true);
    expect(portInRange(parsePort(32767) ?? range.min, range)).toBe(true);
    expect(portInRange(parsePort(29999) ?? range.min, range)).toBe(false);
  });
});
