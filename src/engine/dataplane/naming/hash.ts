/**
 * The digests the real components hash names with. `@noble/hashes` is used rather than `node:crypto` or
 * WebCrypto because the engine runs synchronously in a browser worker, in Node and in Vitest alike.
 */
import { sha1 } from '@noble/hashes/legacy';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { base32Encode } from './base32.ts';

/** The first `length` characters of base32(sha256(text)): kube-proxy's chain-name hash (16 iptables, 8 nft). */
export function sha256Base32Prefix(text: string, length: number): string {
  return base32Encode(sha256(utf8ToBytes(text))).slice(0, length);
}

/** Lower-case hex of sha256(text), as Go's `fmt.Sprintf("%x", sha256.Sum256(...))` prints it. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** Lower-case hex of sha1(text), as Go's `hex.EncodeToString(sha1 sum)` prints it. */
export function sha1Hex(text: string): string {
  return bytesToHex(sha1(utf8ToBytes(text)));
}
