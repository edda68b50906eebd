/**
 * `cilium-dbg service list` as the agent's CLI prints it (cilium-dbg/cmd/service_list.go): a Go tabwriter
 * (min width 5, padding 3, every cell tab-terminated, so every column — the last included — is padded),
 * header `Frontend / Service Type / Backend`, rows sorted by the frontend string, one continuation row per
 * further backend, each backend as `N => ip:port/PROTO (state)`.
 */
import type { CiliumL4Addr, CiliumServiceEntry } from './types.ts';

export interface CiliumServiceLine {
  readonly text: string;
  /** The service-map entry a row shows (absent on the header). */
  readonly serviceId?: number;
}

function l4(addr: CiliumL4Addr): string {
  return `${addr.ip}:${addr.port}/${addr.protocol}`;
}

const MIN_WIDTH = 5;
const PADDING = 3;

/** Go's text/tabwriter for rows whose cells are all tab-terminated: each column padded to max + padding. */
export function tabwrite(rows: readonly (readonly string[])[]): string[] {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, c) =>
    Math.max(MIN_WIDTH, ...rows.map((r) => (r[c] ?? '').length + PADDING)),
  );
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(''));
}

export function renderCiliumServiceList(
  entries: readonly CiliumServiceEntry[],
): readonly CiliumServiceLine[] {
  const sorted = [...entries].sort((a, b) => {
    const x = l4(a.frontend);
    const y = l4(b.frontend);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const rows: { cells: string[]; id?: number }[] = [{ cells: ['Frontend', 'Service Type', 'Backend'] }];
  for (const entry of sorted) {
    const backends = entry.backends.map((b, i) => `${i + 1} => ${l4(b)} (${b.state})`);
    rows.push({ cells: [l4(entry.frontend), entry.type, backends[0] ?? ''], id: entry.id });
    for (const more of backends.slice(1)) rows.push({ cells: ['', '', more], id: entry.id });
  }
  const texts = tabwrite(rows.map((r) => r.cells));
  return rows.map((row, i) => ({
    text: texts[i] ?? '',
    ...(row.id === undefined ? {} : { serviceId: row.id }),
  }));
}
