/**
 * Rendered `ip` / `bridge` output, one line each, linking back to the entry it shows so the UI can highlight
 * the route, neighbour or FDB entry a packet used. Indexes point into the frozen `NetNamespace` arrays.
 */
import type { NetnsId } from '../types.ts';

export type LinuxRef =
  /** A device's header line in `ip addr` / `ip link`. */
  | { readonly kind: 'device'; readonly netns: NetnsId; readonly device: string }
  /** An `inet` line: `addresses[index]`. */
  | { readonly kind: 'address'; readonly netns: NetnsId; readonly index: number }
  /** An `ip route` line: `routes[index]` (main and local tables share the array). */
  | { readonly kind: 'route'; readonly netns: NetnsId; readonly index: number }
  /** An `ip neigh` line: `neighbours[index]`. */
  | { readonly kind: 'neighbour'; readonly netns: NetnsId; readonly index: number }
  /** A `bridge fdb` line: `fdb[index]`. */
  | { readonly kind: 'fdb'; readonly netns: NetnsId; readonly index: number };

export interface LinuxLine {
  readonly text: string;
  /** Absent on lines that show no entry of their own (continuation lines, headings). */
  readonly ref?: LinuxRef;
}

/** Joins rendered lines into the text a terminal would show. */
export function linuxLinesToText(lines: readonly LinuxLine[]): string {
  return lines.map((line) => `${line.text}\n`).join('');
}
