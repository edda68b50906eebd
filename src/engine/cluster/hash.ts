/**
 * Deterministic stand-ins for the randomness in Kubernetes controllers. A real cluster names a Deployment's
 * pods `<deploy>-<pod-template-hash>-<5 random chars>` and picks Service IPs at random; here every such choice
 * is a hash of the object's identity, so the same manifests always give the same cluster, and adding one
 * object never renames or renumbers the others.
 */

/** The alphabet of `k8s.io/apimachinery/pkg/util/rand`: no vowels (no words) and no look-alikes (0/O, 1/l). */
export const KUBE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/**
 * A well-mixed 32-bit hash of a text: FNV-1a over its UTF-16 code units, then MurmurHash3's finaliser so
 * that inputs differing in one character (`web/0`, `web/1`) differ in every output bit. Not cryptographic —
 * it only has to be stable and spread evenly — and cheap enough for 100,000 pods.
 */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * `rand.SafeEncodeString`: map each character through the alphabet by its code modulo 27. Kubernetes applies
 * it to the decimal string of a 32-bit FNV hash, which is why pod-template-hashes only use 4–9 and b, c, d, f.
 */
export function safeEncode(text: string): string {
  let out = '';
  for (const ch of text) out += KUBE_ALPHABET[ch.charCodeAt(0) % KUBE_ALPHABET.length] ?? 'b';
  return out;
}

/** A pod-template-hash in Kubernetes' form (8–10 characters), from the owner's namespace and name. */
export function podTemplateHash(namespace: string, name: string): string {
  return safeEncode(String(hash32(`pod-template-hash\u0000${namespace}\u0000${name}`)));
}

/** A `generateName` suffix (5 characters from the Kubernetes alphabet, 27^5 ≈ 14 million) from a seed text. */
export function nameSuffix(seed: string, length = 5): string {
  let n = hash32(`name-suffix\u0000${seed}`);
  let out = '';
  for (let i = 0; i < length; i++) {
    out += KUBE_ALPHABET[n % KUBE_ALPHABET.length] ?? 'b';
    n = Math.floor(n / KUBE_ALPHABET.length);
  }
  return out;
}
