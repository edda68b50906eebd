/**
 * IP addresses and CIDRs as the rule model stores them: the text exactly as the writer spelled it (the restore
 * renderer replays it) plus the parsed bytes (the matcher and the save renderer, which prints the kernel's
 * canonical form, use those). Bytes rather than bigint keep rulesets JSON- and postMessage-safe.
 */

export type IpFamily = 'ipv4' | 'ipv6';

declare const ipBrand: unique symbol;
declare const cidrBrand: unique symbol;

/** One address. Made only by `parseIp` / `ip`, which validate. */
export type IpAddress = Readonly<{ text: string; family: IpFamily; bytes: readonly number[] }> & {
  readonly [ipBrand]: true;
};

/** An address with a prefix length; `text` is as written (`10.96.0.10` or `10.244.0.0/16`). */
export type Cidr = Readonly<{ text: string; address: IpAddress; prefix: number }> & {
  readonly [cidrBrand]: true;
};

function parseIpv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const value = Number(part);
    if (value > 255) return undefined;
    bytes.push(value);
  }
  return bytes;
}

function parseIpv6(text: string): number[] | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string): number[] | undefined => {
    if (half === '') return [];
    const out: number[] = [];
    const pieces = half.split(':');
    for (const [index, piece] of pieces.entries()) {
      if (index === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseIpv4(piece);
        if (!v4) return undefined;
        out.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
      } else if (/^[0-9a-fA-F]{1,4}$/.test(piece)) {
        out.push(parseInt(piece, 16));
      } else {
        return undefined;
      }
    }
    return out;
  };
  const head = groups(halves[0] ?? '');
  const tail = halves.length === 2 ? groups(halves[1] ?? '') : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const words = [...head, ...new Array<number>(missing).fill(0), ...tail];
  return words.flatMap((word) => [word >> 8, word & 0xff]);
}

/** Parses a numeric IPv4 or IPv6 address; `undefined` if it is not one. */
export function parseIp(text: string): IpAddress | undefined {
  const v4 = parseIpv4(text);
  if (v4) return { text, family: 'ipv4', bytes: v4 } as unknown as IpAddress;
  const v6 = text.includes(':') ? parseIpv6(text) : undefined;
  if (v6) return { text, family: 'ipv6', bytes: v6 } as unknown as IpAddress;
  return undefined;
}

/** Parses an address the caller already knows is valid (generator input); throws on a programming error. */
export function ip(text: string): IpAddress {
  const parsed = parseIp(text);
  if (!parsed) throw new Error(`not an IP address: ${text}`);
  return parsed;
}

/** Parses `addr` or `addr/prefix`; a bare address is a host route (/32 or /128), as iptables reads it. */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  const address = parseIp(slash < 0 ? text : text.slice(0, slash));
  if (!address) return undefined;
  const max = address.family === 'ipv4' ? 32 : 128;
  const prefixText = slash < 0 ? String(max) : text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > max) return undefined;
  return { text, address, prefix: Number(prefixText) } as unknown as Cidr;
}

/** Parses a CIDR the caller already knows is valid; throws on a programming error. */
export function cidr(text: string): Cidr {
  const parsed = parseCidr(text);
  if (!parsed) throw new Error(`not a CIDR: ${text}`);
  return parsed;
}

/** The bytes of `bytes` with everything past the first `prefix` bits cleared. */
export function maskBytes(bytes: readonly number[], prefix: number): number[] {
  return bytes.map((byte, index) => {
    const keep = Math.max(0, Math.min(8, prefix - index * 8));
    return byte & ((0xff << (8 - keep)) & 0xff);
  });
}

/** Whether `address` is inside `range`: same family and equal in the first `prefix` bits (`(a & m) == net`). */
export function cidrContains(range: Cidr, address: IpAddress): boolean {
  if (range.address.family !== address.family) return false;
  const net = range.address.bytes;
  for (let index = 0; index * 8 < range.prefix; index++) {
    const keep = Math.min(8, range.prefix - index * 8);
    const mask = (0xff << (8 - keep)) & 0xff;
    if (((net[index] ?? 0) & mask) !== ((address.bytes[index] ?? 0) & mask)) return false;
  }
  return true;
}

/** Formats bytes the way glibc `inet_ntop` does: dotted quad, or RFC 5952-style IPv6 with `::` for the longest zero run. */
export function formatIpBytes(bytes: readonly number[], family: IpFamily): string {
  if (family === 'ipv4') return bytes.join('.');
  const words = Array.from({ length: 8 }, (_, i) => ((bytes[2 * i] ?? 0) << 8) | (bytes[2 * i + 1] ?? 0));
  let best = { base: -1, len: 0 };
  let cur = { base: -1, len: 0 };
  for (let i = 0; i <= 8; i++) {
    if (i < 8 && words[i] === 0) {
      cur = cur.base === -1 ? { base: i, len: 1 } : { base: cur.base, len: cur.len + 1 };
    } else if (cur.base !== -1) {
      if (best.base === -1 || cur.len > best.len) best = cur;
      cur = { base: -1, len: 0 };
    }
  }
  if (best.len < 2) best = { base: -1, len: 0 };
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (best.base !== -1 && i >= best.base && i < best.base + best.len) {
      if (i === best.base) out += ':';
      continue;
    }
    if (i !== 0) out += ':';
    const embedsIpv4 =
      i === 6 && best.base === 0 && (best.len === 6 || (best.len === 5 && words[5] === 0xffff));
    if (embedsIpv4) return out + bytes.slice(12).join('.');
    out += (words[i] ?? 0).toString(16);
  }
  if (best.base !== -1 && best.base + best.len === 8) out += ':';
  return out;
}

/** The canonical spelling of an address, as the kernel-facing tools print it. */
export function formatIp(address: IpAddress): string {
  return formatIpBytes(address.bytes, address.family);
}

/** `network/prefix` with host bits cleared: how iptables-save prints `-s`/`-d` (`10.96.0.10` → `10.96.0.10/32`). */
export function formatCidrCanonical(range: Cidr): string {
  const family = range.address.family;
  return `${formatIpBytes(maskBytes(range.address.bytes, range.prefix), family)}/${range.prefix}`;
}

/** An all-ones mask of the family (255.255.255.255 or ffff:…:ffff), the `recent --mask` default. */
export function fullMask(family: IpFamily): IpAddress {
  return ip(family === 'ipv4' ? '255.255.255.255' : 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff');
}

/** `address & mask`, byte by byte (the `recent` match keys its lists on the masked address). */
export function applyMask(address: IpAddress, mask: IpAddress): IpAddress {
  const bytes = address.bytes.map((byte, index) => byte & (mask.bytes[index] ?? 0));
  return {
    text: formatIpBytes(bytes, address.family),
    family: address.family,
    bytes,
  } as unknown as IpAddress;
}
