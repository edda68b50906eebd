import { describe, expect, it } from 'vitest';
import { base32Encode } from './base32.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('base32Encode', () => {
  // RFC 4648 §10 test vectors.
  it.each([
    ['', ''],
    ['f', 'MY======'],
    ['fo', 'MZXQ===='],
    ['foo', 'MZXW6==='],
    ['foob', 'MZXW6YQ='],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI======'],
  ])('encodes %j as %j', (input, expected) => {
    expect(base32Encode(bytes(input))).toBe(expected);
  });

  it('uses the upper-case A–Z2–7 alphabet for every 5-bit value', () => {
    const all = new Uint8Array([
      0x00, 0x44, 0x32, 0x14, 0xc7, 0x42, 0x54, 0xb6, 0x35, 0xcf, 0x84, 0x65, 0x3a, 0x56, 0xd7, 0xc6, 0x75,
      0xbe, 0x77, 0xdf,
    ]);
    expect(base32Encode(all)).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
  });
});
