import { MANIFEST_CODES } from './manifest/codes.ts';
import { CLUSTER_CODES } from './cluster/codes.ts';

/**
 * Diagnostics: every problem the engine finds in the user's manifests, with a stable code, a place and a
 * message key. Nothing in the engine throws a bare string at the user; it reports one of these.
 */

/** How serious a diagnostic is. `error` makes `packetwalk check` exit 1; the others never do. */
export type Severity = 'error' | 'warning' | 'info';

/** A 1-based line and column in one of the user's files. */
export interface SourcePosition {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** A range in a file: start inclusive, end exclusive, both 1-based. */
export interface SourceRange extends SourcePosition {
  readonly endLine: number;
  readonly endColumn: number;
}

/** Values interpolated into a message; keys match `{name}` placeholders in the catalogues. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * One finding. `code` is stable (tests, docs and `--format json` consumers depend on it); the text a person
 * reads comes from the message catalogues under `diag.<code>` with `params`.
 */
export interface Diagnostic extends SourceRange {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly params: MessageParams;
}

/**
 * The catalogue of diagnostic codes, one registry per engine stage. PW0xx: loading manifests. PW1xx: the
 * cluster model. PW2xx: the dataplane. A code never changes meaning once released; retire it instead.
 */
export const DIAGNOSTIC_CODES = { ...MANIFEST_CODES, ...CLUSTER_CODES } as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** The message-catalogue key for a code's text. */
export function diagnosticMessageKey(code: DiagnosticCode): `diag.${DiagnosticCode}` {
  return `diag.${code}`;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}
