/** IPv4 arithmetic for the walk: addresses as 32-bit integers, prefix containment. */

/** The address as an unsigned 32-bit integer, or undefined if it is not dotted-quad IPv4. */
export function ipInt(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const byte = Number(part);
    if (byte > 255) return undefined;
    value = value * 256 + byte;
  }
  return value;
}

export function isIp(text: string): boolean {
  return ipInt(text) !== undefined;
}

/** `a.b.c.d/n` (or `default`) as network and prefix length. */
export function parsePrefix(text: string): { readonly net: number; readonly bits: number } | undefined {
  if (text === 'default') return { net: 0, bits: 0 };
  const [address, bits] = text.split('/');
  const net = ipInt(address ?? '');
  const length = bits === undefined ? 32 : Number(bits);
  if (net === undefined || !Number.isInteger(length) || length < 0 || length > 32) return undefined;
  return { net, bits: length };
}

export function prefixContains(prefix: string, address: string): boolean {
  const parsed = parsePrefix(prefix);
  const value = ipInt(address);
  if (parsed === undefined || value === undefined) return false;
  if (parsed.bits === 0) return true;
  const shift = 32 - parsed.bits;
  return Math.floor(parsed.net / 2 ** shift) === Math.floor(value / 2 ** shift);
}

export function prefixLength(prefix: string): number {
  return parsePrefix(prefix)?.bits ?? -1;
}
