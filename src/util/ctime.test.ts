import { describe, expect, it } from 'vitest';
import { formatCtime } from './ctime.ts';

describe('formatCtime', () => {
  it.each([
    [new Date(2026, 0, 24, 14, 0, 18), 'Sat Jan 24 14:00:18 2026'],
    [new Date(2026, 10, 2, 8, 5, 9), 'Mon Nov  2 08:05:09 2026'],
  ])('prints %s as ctime(3) does', (date, expected) => {
    expect(formatCtime(date)).toBe(expected);
  });
});
