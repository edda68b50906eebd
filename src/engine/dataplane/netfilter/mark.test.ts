import { describe, expect, it } from 'vitest';
import { t } from './construct.ts';
import { applyMarkTarget, formatHex, markMatches, markTargetXmark } from './mark.ts';
import type { MarkTarget } from './targets.ts';

const mark = (target: ReturnType<typeof t.mark>): MarkTarget => {
  if (target.kind !== 'mark') throw new Error('not a MARK target');
  return target;
};

describe('MARK target → kernel (value, mask)', () => {
  it.each([
    ['or-mark 0x4000', mark(t.mark('or-mark', 0x4000)), 0x4000, 0x4000],
    ['xor-mark 0x4000', mark(t.mark('xor-mark', 0x4000)), 0x4000, 0x0],
    ['set-mark 0x1', mark(t.mark('set-mark', 0x1)), 0x1, 0xffffffff],
    ['set-mark 0x1/0xf0', mark(t.mark('set-mark', 0x1, { mask: 0xf0 })), 0x1, 0xf1],
    ['set-xmark 0x0/0x10000', mark(t.mark('set-xmark', 0x0, { mask: 0x10000 })), 0x0, 0x10000],
    ['and-mark 0xff', mark(t.mark('and-mark', 0xff)), 0x0, 0xffffff00],
  ])('%s', (_name, target, value, mask) => {
    expect(markTargetXmark(target)).toEqual({ value, mask });
  });
});

describe('applyMarkTarget: mark = (mark & ~mask) ^ value', () => {
  it('or-mark sets the masquerade bit and keeps the rest', () => {
    expect(applyMarkTarget(0x10000, mark(t.mark('or-mark', 0x4000)))).toBe(0x14000);
  });
  it('xor-mark clears the bit kube-proxy set (KUBE-POSTROUTING)', () => {
    expect(applyMarkTarget(0x14000, mark(t.mark('xor-mark', 0x4000)))).toBe(0x10000);
  });
  it('set-xmark with a mask clears only the masked bits (Calico)', () => {
    expect(applyMarkTarget(0x34000, mark(t.mark('set-xmark', 0x0, { mask: 0x10000 })))).toBe(0x24000);
  });
  it('stays unsigned for the top bit', () => {
    expect(applyMarkTarget(0, mark(t.mark('or-mark', 0x80000000)))).toBe(0x80000000);
  });
});

describe('markMatches: (mark & mask) == value', () => {
  it('matches with a mask', () => expect(markMatches(0x14000, 0x4000, 0x4000)).toBe(true));
  it('fails when the masked bits differ', () => expect(markMatches(0x10000, 0x4000, 0x4000)).toBe(false));
  it('compares the whole mark without a mask', () => expect(markMatches(0x14000, 0x4000)).toBe(false));
});

describe('formatHex', () => {
  it('prints like %x by default', () => expect(formatHex(0x4000)).toBe('0x4000'));
  it('pads like Go %#08x', () => expect(formatHex(0x4000, 8)).toBe('0x00004000'));
});
