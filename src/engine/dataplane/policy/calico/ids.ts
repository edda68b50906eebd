/**
 * The names and ids Felix derives by hashing, reproduced byte for byte so a generated dump matches a real
 * node's (each function cites its upstream source; tests pin values recomputed from public dumps).
 */
import { sha224, sha256 } from '@noble/hashes/sha2';
import { concatBytes, utf8ToBytes } from '@noble/hashes/utils';

/** `iptables.MaxChainNameLength`: the kernel allows 29 bytes including the terminating NUL. */
export const MAX_CHAIN_NAME_LENGTH = 28;

/** `ipsets.MaxIPSetNameLength`: IPSET_MAXNAMELEN (32) minus the NUL. */
export const MAX_IPSET_NAME_LENGTH = 31;

/** Felix's IPv4 ipset prefix: `cali` + IP version + set-format version `0` (`IPVersionConfig`). */
export const IPSET_PREFIX_V4 = 'cali40';

const BASE64_URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Go's `base64.RawURLEncoding`: URL-safe alphabet, no padding. */
export function base64RawUrl(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const chunk = (b0 << 16) | (b1 << 8) | b2;
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < chars; j++) out += BASE64_URL[(chunk >> (18 - 6 * j)) & 0x3f] ?? '';
  }
  return out;
}

/**
 * `hashutils.GetLengthLimitedID`: `prefix + suffix` when it fits, else `prefix + "_" +` base64url(sha256(suffix))
 * cut to the limit. Chain names of policies and long profiles come from here (`cali-pi-_tTE-E7yY40ogArNVgKt`).
 */
export function lengthLimitedId(prefix: string, suffix: string, maxLength: number): string {
  const value = suffix === '' ? '_' : suffix;
  const total = prefix.length + value.length;
  if (total > maxLength || (total === maxLength && value.startsWith('_'))) {
    const hash = base64RawUrl(sha256(utf8ToBytes(value)));
    return prefix + '_' + hash.slice(0, maxLength - 1 - prefix.length);
  }
  return prefix + value;
}

/** libcalico-go `hash.MakeUniqueID`: `prefix:` + base64url(sha224(`prefix:content`)). Selector ids use `s`. */
export function makeUniqueId(prefix: string, content: string): string {
  return `${prefix}:${base64RawUrl(sha224(utf8ToBytes(`${prefix}:${content}`)))}`;
}

/** `IPVersionConfig.NameForMainIPSet`: `cali40` + the set id, truncated to 31 characters. */
export function ipsetName(setId: string): string {
  return (IPSET_PREFIX_V4 + setId).slice(0, MAX_IPSET_NAME_LENGTH);
}

/** Felix's rule-hash length (`iptables.HashLength`). */
const HASH_LENGTH = 16;

/**
 * `Chain.RuleHashes`: sha224 of the chain name, then for each rule sha224(previous hash ‖ the rule rendered as
 * `-A <chain> HASH <comments> <match> <action>`), base64url, first 16 characters. A rule's id thus depends on
 * its chain, its position and every rule before it — the `cali:…` comment on every Felix rule.
 */
export function felixRuleHashes(chain: string, renderedRules: readonly string[]): readonly string[] {
  let hash = sha224(utf8ToBytes(chain));
  return renderedRules.map((rule) => {
    hash = sha224(concatBytes(hash, utf8ToBytes(`-A ${chain} HASH ${rule}`)));
    return base64RawUrl(hash).slice(0, HASH_LENGTH);
  });
}
