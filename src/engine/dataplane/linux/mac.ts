/**
 * MAC addresses for simulated devices. A real kernel gives veths, bridges and VXLAN devices a random MAC
 * (`eth_random_addr`: random bytes, multicast bit cleared, locally-administered bit set); packetwalk derives
 * the same kind of address from a hash of a stable seed (node and device names), so every run of the same
 * cluster prints the same `link/ether` lines.
 */
import { fastHashHex } from './fastHash.ts';
import type { MacAddress } from '../types.ts';

const MAC = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/;

/** Validates and brands a lower-case colon-separated MAC. */
export function toMac(text: string): MacAddress {
  const lower = text.toLowerCase();
  if (!MAC.test(lower)) throw new Error(`not a MAC address: ${text}`);
  return lower as MacAddress;
}

/**
 * A locally administered unicast MAC derived from `seed`, as `eth_random_addr` would pick at random: the
 * first octet has bit 0 (multicast) cleared and bit 1 (locally administered) set.
 */
export function deviceMac(seed: string): MacAddress {
  const hex = fastHashHex(`mac/${seed}`, 12);
  const first = ((parseInt(hex.slice(0, 2), 16) & 0xfe) | 0x02).toString(16).padStart(2, '0');
  const rest = [2, 4, 6, 8, 10].map((i) => hex.slice(i, i + 2));
  return [first, ...rest].join(':') as MacAddress;
}

/** The all-zero address `lo` shows. */
export const LOOPBACK_MAC = toMac('00:00:00:00:00:00');

/** The Ethernet broadcast address (`brd ff:ff:ff:ff:ff:ff`). */
export const BROADCAST_MAC = toMac('ff:ff:ff:ff:ff:ff');
