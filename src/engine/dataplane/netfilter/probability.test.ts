import { describe, expect, it } from 'vitest';
import { formatFixed } from './decimal.ts';
import {
  isValidProbability,
  kernelProbability,
  kubeProxyProbability,
  savedProbability,
  statisticDrawMatches,
} from './probability.ts';

describe('kubeProxyProbability (Go %0.10f of 1/n, upstream TestComputeProbability)', () => {
  it.each([
    [2, '0.5000000000'],
    [3, '0.3333333333'],
    [10, '0.1000000000'],
    [100001, '0.0000099999'],
  ])('1/%d is written as %s', (n, expected) => {
    expect(kubeProxyProbability(n)).toBe(expected);
  });
});

describe('savedProbability (kernel lround(2^31 p), printed %.11f; REFERENCE §1.5)', () => {
  it.each([
    ['0.3333333333', '0.33333333349'],
    ['0.2000000000', '0.20000000019'],
    ['0.5000000000', '0.50000000000'],
    ['0.2500000000', '0.25000000000'],
    ['0.1000000000', '0.10000000009'],
    ['0.33333', '0.33332999982'],
    ['1', '1.00000000000'],
    ['0', '0.00000000000'],
  ])('%s saves as %s', (written, saved) => {
    expect(savedProbability(written)).toBe(saved);
  });

  it('stores 0.5 as exactly 2^30', () => {
    expect(kernelProbability('0.5000000000')).toBe(0x40000000);
  });
});

describe('formatFixed', () => {
  it('rounds an exact tie to even, as glibc printf does (toFixed would round up)', () => {
    expect(formatFixed(2 ** -12, 11)).toBe('0.00024414062');
    expect((2 ** -12).toFixed(11)).toBe('0.00024414063');
  });

  it('formats whole numbers, negatives and zero digits', () => {
    expect(formatFixed(3, 2)).toBe('3.00');
    expect(formatFixed(-0.125, 2)).toBe('-0.12');
    expect(formatFixed(2.5, 0)).toBe('2');
  });
});

describe('statisticDrawMatches', () => {
  it('matches when the draw is below the kernel-rounded probability', () => {
    expect(statisticDrawMatches('0.5000000000', 0.4999999)).toBe(true);
    expect(statisticDrawMatches('0.5000000000', 0.5)).toBe(false);
  });

  it('uses the kernel-rounded value, not the written one', () => {
    // 0.3333333333 is stored as 715827883 / 2^31 = 0.333333333489...
    expect(statisticDrawMatches('0.3333333333', 0.3333333334)).toBe(true);
    expect(statisticDrawMatches('0.3333333333', 0.33333333349)).toBe(false);
  });

  it('never matches at probability 0 and always at 1', () => {
    expect(statisticDrawMatches('0', 0)).toBe(false);
    expect(statisticDrawMatches('1', 0.9999999999)).toBe(true);
  });
});

describe('isValidProbability', () => {
  it.each([
    ['0.5', true],
    ['1', true],
    ['1.5', false],
    ['-0.1', false],
    ['', false],
    ['abc', false],
  ])('%j -> %s', (text, valid) => {
    expect(isValidProbability(text)).toBe(valid);
  });
});
