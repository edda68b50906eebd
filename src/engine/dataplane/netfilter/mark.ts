/**
 * MARK target arithmetic (iptables `libxt_MARK.c` revision 2, kernel `xt_mark.c`). The kernel stores every
 * spelling as `(value, mask)` and applies `mark = (mark & ~mask) ^ value`; iptables-save prints that pair as
 * `--set-xmark value/mask`, which is why `--or-mark 0x4000` comes back as `--set-xmark 0x4000/0x4000`.
 */
import { assertNever } from './assertNever.ts';
import type { MarkTarget } from './targets.ts';

const ALL_ONES = 0xffffffff;

/** The kernel's (value, mask) pair for a MARK target. */
export interface Xmark {
  readonly value: number;
  readonly mask: number;
}

/**
 * How iptables translates each option: set-xmark v[/m] → (v, m ?? ~0); set-mark v[/m] → (v, (m ?? ~0) | v);
 * and-mark v → (0, ~v); or-mark v → (v, v); xor-mark v → (v, 0).
 */
export function markTargetXmark(target: MarkTarget): Xmark {
  const value = target.value >>> 0;
  switch (target.op) {
    case 'set-xmark':
      return { value, mask: (target.mask ?? ALL_ONES) >>> 0 };
    case 'set-mark':
      return { value, mask: ((target.mask ?? ALL_ONES) | value) >>> 0 };
    case 'and-mark':
      return { value: 0, mask: ~value >>> 0 };
    case 'or-mark':
      return { value, mask: value };
    case 'xor-mark':
      return { value, mask: 0 };
    default:
      return assertNever(target.op);
  }
}

/** The packet mark after the target: `(mark & ~mask) ^ value`, as an unsigned 32-bit number. */
export function applyMarkTarget(mark: number, target: MarkTarget): number {
  const { value, mask } = markTargetXmark(target);
  return ((mark & ~mask) ^ value) >>> 0;
}

/** The mark match: `(mark & mask) == value`, mask defaulting to all ones. */
export function markMatches(mark: number, value: number, mask: number = ALL_ONES): boolean {
  return (mark & mask) >>> 0 === value >>> 0;
}

/** `0x` + lower-case hex, zero-padded to `width` digits (Go `%#08x` pads to 8 digits: `0x00004000`). */
export function formatHex(value: number, width = 0): string {
  return `0x${(value >>> 0).toString(16).padStart(width, '0')}`;
}
