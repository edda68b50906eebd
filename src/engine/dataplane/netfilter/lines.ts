/** Rendered text, one line each, linking back to the rule it shows so the UI can highlight and explain it. */
import type { RuleId } from './model.ts';

export interface RenderedLine {
  readonly text: string;
  /** Set on `-A` lines: the rule this line is. */
  readonly ruleId?: RuleId;
}

/** Joins rendered lines into file text (each line newline-terminated, as the tools print). */
export function linesToText(lines: readonly RenderedLine[]): string {
  return lines.map((line) => `${line.text}\n`).join('');
}
