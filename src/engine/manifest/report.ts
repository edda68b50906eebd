/**
 * Turning offsets in a file into diagnostics and positions. Every loader diagnostic is made here, so each
 * code always carries its one severity (codes.ts) and a 1-based range.
 */
import type { Diagnostic, MessageParams, SourcePosition } from '../diagnostics.ts';
import { MANIFEST_SEVERITIES, type ManifestCode } from './codes.ts';

/** Where a value sits in a file, as offsets: the value's range, and its key's when it is a mapping entry. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly keyStart?: number;
  readonly keyEnd?: number;
}

/** Offsets -> 1-based line and column in one file. */
export interface Locator {
  readonly file: string;
  linePos(offset: number): { readonly line: number; readonly col: number };
}

export function positionAt(at: Locator, offset: number): SourcePosition {
  const p = at.linePos(offset);
  return { file: at.file, line: p.line, column: p.col };
}

/** A diagnostic over [start, end) in the file; an empty range is widened to one character. */
export function diagnostic(
  code: ManifestCode,
  at: Locator,
  start: number,
  end: number,
  params: MessageParams = {},
): Diagnostic {
  const from = at.linePos(start);
  const to = at.linePos(Math.max(end, start + 1));
  return {
    code,
    severity: MANIFEST_SEVERITIES[code],
    file: at.file,
    line: from.line,
    column: from.col,
    endLine: to.line,
    endColumn: to.col,
    params,
  };
}

/** The key of a mapping entry when there is one (where "this field" is written), else the value. */
export function keyRange(span: Span): readonly [number, number] {
  return span.keyStart !== undefined && span.keyEnd !== undefined
    ? [span.keyStart, span.keyEnd]
    : [span.start, span.end];
}
