/**
 * RFC 4648 base32 ("StdEncoding" in Go): alphabet A–Z2–7, upper case, `=` padding. kube-proxy derives every
 * chain-name hash with `base32.StdEncoding.EncodeToString(sha256(...))`, so this must be bit-for-bit that.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * Encodes bytes as padded base32. Callers that truncate (kube-proxy keeps the first 16 or 8 characters) never
 * reach the padding, but the full form is kept so the function can be tested against RFC 4648 §10 vectors.
 */
export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET.charAt((buffer >>> (bits - 5)) & 31);
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET.charAt((buffer << (5 - bits)) & 31);
  while (out.length % 8 !== 0) out += '=';
  return out;
}
