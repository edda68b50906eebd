/**
 * weave-npc's ipset names (weaveworks/weave `npc/shortname.go`): `weave-` + sha1 of a description, written in
 * base 85 over a fixed symbol table, least significant digit first — short enough for ipset's 31 characters.
 */
import { sha1Hex } from '../../naming/hash.ts';

const SYMBOLS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789(){}[]+=_$%^!*|/?.;:@#~';

export function weaveShortName(text: string): string {
  let value = BigInt(`0x${sha1Hex(text)}`);
  const base = BigInt(SYMBOLS.length);
  let out = '';
  while (value > 0n) {
    out += SYMBOLS[Number(value % base)] ?? '';
    value /= base;
  }
  return out;
}

/** The per-namespace default-allow sets weave-npc keeps (`ingress-default-allow:<ns>`, `egress-…`). */
export function weaveDefaultAllowSet(direction: 'ingress' | 'egress', namespace: string): string {
  return `weave-${weaveShortName(`${direction}-default-allow:${namespace}`)}`;
}
