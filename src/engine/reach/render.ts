/**
 * The reachability matrix as text for a terminal. Marks as the upstream e2e netpol truth tables print them
 * (`.` connected, `X` blocked); columns are numbered rather than named, because pod names (`coredns-…`)
 * would make a table of even ten pods too wide for a terminal; the numbers are the rows' numbers.
 */
import type { ReachMatrix } from './reach.ts';

export function renderReachMatrix(reach: ReachMatrix, heading: string): string {
  const pods = Object.keys(reach.matrix);
  const numbers = pods.map((_, i) => String(i + 1));
  const width = Math.max(1, ...numbers.map((n) => n.length));
  const cell = width + 2;
  const rowLabel = (i: number): string => `${(numbers[i] ?? '').padStart(width)} ${pods[i] ?? ''}`;
  const label = Math.max(...pods.map((_, i) => rowLabel(i).length), 'from \\ to'.length);
  const header = `${'from \\ to'.padEnd(label)} ${numbers.map((n) => n.padStart(cell)).join('')}`;
  const rows = pods.map((from, i) => {
    const marks = pods.map((to) => (reach.matrix[from]?.[to] === true ? '.' : 'X').padStart(cell));
    return `${rowLabel(i).padEnd(label)} ${marks.join('')}`;
  });
  const body =
    pods.length === 0 ? ['(no pods with their own network namespace and an IP)'] : [header, ...rows];
  return `${heading}\n\n${body.join('\n')}\n\n. = allowed   X = denied   (rows: from, columns: to)\n`;
}
