/**
 * A fast, non-cryptographic string hash (cyrb53: two multiplicative 32-bit lanes mixed into 53 bits) for the
 * values a real node picks at random — MACs, veth names, namespace names, sandbox IDs. They only need to be
 * stable and well spread; the names real components derive with SHA (Calico's `cali…`, Cilium's `lxc…`) keep
 * using the real digests. Per-pod hashing dominates building a large cluster, so this matters.
 */

/** 53 bits of hash of `text` under `seed`. */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** `length` lower-case hex digits derived from `text` (12 bits of each 53-bit round are dropped). */
export function fastHashHex(text: string, length: number): string {
  let out = '';
  for (let round = 0; out.length < length; round++) {
    out += cyrb53(text, round).toString(16).padStart(14, '0').slice(1, 13);
  }
  return out.slice(0, length);
}
