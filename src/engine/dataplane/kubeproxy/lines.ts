/**
 * A rendered output line that keeps links to the model objects it shows (an nft rule or set element, an IPVS
 * virtual or real server, an ipset member), so the UI can highlight the line a packet matched.
 */
export interface LinkedLine<Id extends string = string> {
  readonly text: string;
  /** The objects this line shows; empty for structural lines (headers, blank lines, closing braces). */
  readonly refs: readonly Id[];
}

/** Joins rendered lines into the text the tool prints (each line newline-terminated). */
export function linkedLinesToText(lines: readonly LinkedLine[]): string {
  return lines.map((line) => `${line.text}\n`).join('');
}
