/**
 * `ip neigh show [dev X]` and `bridge fdb show [dev X]` as iproute2 prints them. With a device filter the
 * `dev` column is left out, as the real tools do (`10.42.4.0 lladdr 3e:51:16:ff:31:8d PERMANENT`).
 */
import type { FdbEntry, NetNamespace, Neighbour } from '../types.ts';
import type { LinuxLine } from './lines.ts';

export interface DeviceFilter {
  /** Like `dev X`: only this device's entries, without the `dev` column. */
  readonly dev?: string;
}

export function formatNeighbour(n: Neighbour, showDev: boolean): string {
  const parts: string[] = [n.ip];
  if (showDev) parts.push('dev', n.device);
  if (n.proxy === true) return [...parts, 'proxy'].join(' ');
  if (n.lladdr !== undefined) parts.push('lladdr', n.lladdr);
  parts.push(n.state);
  return parts.join(' ');
}

export function renderIpNeigh(ns: NetNamespace, filter: DeviceFilter = {}): readonly LinuxLine[] {
  return ns.neighbours.flatMap((n, index) =>
    filter.dev !== undefined && n.device !== filter.dev
      ? []
      : [
          {
            text: formatNeighbour(n, filter.dev === undefined),
            ref: { kind: 'neighbour', netns: ns.id, index },
          },
        ],
  );
}

/** `print_fdb` order: MAC, `dev`, `dst`, `master`, `self`, then the state (`permanent`; learned entries none). */
export function formatFdb(entry: FdbEntry, showDev: boolean): string {
  const parts: string[] = [entry.mac];
  if (showDev) parts.push('dev', entry.device);
  if (entry.dst !== undefined) parts.push('dst', entry.dst);
  if (entry.master !== undefined) parts.push('master', entry.master);
  if (entry.self) parts.push('self');
  if (entry.permanent) parts.push('permanent');
  return parts.join(' ');
}

export function renderBridgeFdb(ns: NetNamespace, filter: DeviceFilter = {}): readonly LinuxLine[] {
  return ns.fdb.flatMap((entry, index) =>
    filter.dev !== undefined && entry.device !== filter.dev
      ? []
      : [{ text: formatFdb(entry, filter.dev === undefined), ref: { kind: 'fdb', netns: ns.id, index } }],
  );
}
