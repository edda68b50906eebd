/**
 * Schema findings, whoever found them (kubernetes-models' validators or our own checks for the Cluster and
 * IPPool kinds), in one shape, and their diagnostics placed on the exact field.
 */
import type { Diagnostic } from '../diagnostics.ts';
import {
  displayPath,
  escapePointerToken,
  parentPointer,
  shortValue,
  typeName,
  valueAt,
  type JsonValue,
} from './json.ts';
import { MAX_SCHEMA_DIAGNOSTICS_PER_OBJECT } from './limits.ts';
import { diagnostic, keyRange, type Locator, type Span } from './report.ts';

/** One thing wrong with an object's shape. `pointer` is the value at fault (for `required`, its parent). */
export type SchemaIssue =
  /** The value has the wrong type; `expected` lists the accepted types (`integer`, `string`, `list`, ...). */
  | { readonly problem: 'type'; readonly pointer: string; readonly expected: readonly string[] }
  /** The value is not one of a closed set. */
  | { readonly problem: 'enum'; readonly pointer: string; readonly allowed: readonly unknown[] }
  /** A field the kind requires is missing from the mapping at `pointer`. */
  | { readonly problem: 'required'; readonly pointer: string; readonly field: string }
  /** The value has the right type but not the right form (an IPv4 address, a CIDR, an int32, ...). */
  | { readonly problem: 'format'; readonly pointer: string; readonly format: string };

/** What an object is called in its diagnostics. */
export interface Subject {
  readonly kind: string;
  readonly name: string;
  readonly data: JsonValue;
  readonly spans: ReadonlyMap<string, Span>;
}

function issueKey(issue: SchemaIssue): string {
  return issue.problem === 'required' ? `${issue.pointer}/${issue.field}` : issue.pointer;
}

/** The span of the value at `pointer`, or of the nearest enclosing value the file shows (aliases, merges). */
export function spanFor(spans: ReadonlyMap<string, Span>, pointer: string): Span {
  for (let p = pointer; ; p = parentPointer(p)) {
    const span = spans.get(p);
    if (span !== undefined) return span;
    if (p === '') return { start: 0, end: 0 };
  }
}

/** The object's first line, up to the end of its first key: where "this object" is shown. */
export function headRange(spans: ReadonlyMap<string, Span>): readonly [number, number] {
  const root = spanFor(spans, '');
  for (const span of spans.values()) {
    if (span.keyEnd !== undefined) return [root.start, span.keyEnd];
  }
  return [root.start, root.start + 1];
}

/**
 * The diagnostics for an object's issues: one per field (a field with several complaints, like an
 * int-or-string that is neither, gets the first), in the order they appear in the file, at most
 * {@link MAX_SCHEMA_DIAGNOSTICS_PER_OBJECT}.
 */
export function issueDiagnostics(
  issues: readonly SchemaIssue[],
  subject: Subject,
  at: Locator,
): Diagnostic[] {
  const byField = new Map<string, SchemaIssue>();
  for (const issue of issues) if (!byField.has(issueKey(issue))) byField.set(issueKey(issue), issue);
  const placed = [...byField.values()].map((issue) => {
    const span = spanFor(subject.spans, issue.pointer);
    const [start, end] =
      issue.problem !== 'required'
        ? [span.start, span.end]
        : issue.pointer === ''
          ? headRange(subject.spans)
          : keyRange(span);
    return { issue, start, end };
  });
  placed.sort((a, b) => a.start - b.start);
  return placed.slice(0, MAX_SCHEMA_DIAGNOSTICS_PER_OBJECT).map(({ issue, start, end }) => {
    const base = { kind: subject.kind, name: subject.name };
    const value = valueAt(subject.data, issue.pointer);
    switch (issue.problem) {
      case 'type':
        return diagnostic('PW006', at, start, end, {
          ...base,
          path: displayPath(issue.pointer),
          expected: issue.expected.join(' | '),
          found: typeName(value),
        });
      case 'enum':
        return diagnostic('PW016', at, start, end, {
          ...base,
          path: displayPath(issue.pointer),
          value: shortValue(value),
          allowed: issue.allowed.map((a) => String(a)).join(', '),
        });
      case 'required':
        return diagnostic('PW017', at, start, end, {
          ...base,
          path: displayPath(`${issue.pointer}/${escapePointerToken(issue.field)}`),
        });
      case 'format':
        return diagnostic('PW018', at, start, end, {
          ...base,
          path: displayPath(issue.pointer),
          value: shortValue(value),
          format: issue.format,
        });
    }
  });
}
