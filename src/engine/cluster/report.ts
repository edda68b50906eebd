/**
 * Collecting diagnostics while the cluster is built. Each one is placed on the most precise position known:
 * the field (a JSON pointer into the object, when the loader recorded positions), else the nearest enclosing
 * field, else the start of the object that produced the model object, else line 1 of the first file by name
 * (for objects packetwalk added itself).
 */
import type { Diagnostic, MessageParams, Severity, SourcePosition } from '../diagnostics.ts';
import type { FieldPositions } from '../manifest/types.ts';
import type { ClusterCode } from './codes.ts';
import type { Provenance } from './types.ts';

/** Where a finding is: the object (by provenance), optionally the field within it. */
export interface Where {
  readonly provenance: Provenance;
  readonly positions?: FieldPositions;
  /** JSON pointer (RFC 6901) into the object's data, e.g. `/spec/ports/0/targetPort`. */
  readonly pointer?: string;
}

export interface Reporter {
  report(code: ClusterCode, severity: Severity, where: Where, params: MessageParams): void;
  readonly diagnostics: readonly Diagnostic[];
}

/** A JSON pointer from path segments, escaping `~` and `/` (label keys like `app.kubernetes.io/name`). */
export function pointer(...segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

function position(where: Where, fallback: SourcePosition): SourcePosition {
  const p = where.provenance;
  if (p.from === 'system') return fallback;
  const positions = where.positions ?? {};
  let ptr = where.pointer ?? '';
  while (ptr !== '') {
    const found = positions[ptr];
    if (found !== undefined) return found;
    ptr = ptr.slice(0, ptr.lastIndexOf('/'));
  }
  return positions[''] ?? p.origin;
}

export function createReporter(files: readonly string[]): Reporter {
  // The first file by name, not by position: reordering files must not move a diagnostic.
  const fallback: SourcePosition = { file: [...files].sort()[0] ?? '', line: 1, column: 1 };
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  return {
    diagnostics,
    report(code, severity, where, params) {
      const at = position(where, fallback);
      const d: Diagnostic = {
        code,
        severity,
        file: at.file,
        line: at.line,
        column: at.column,
        endLine: at.line,
        endColumn: at.column + 1,
        params,
      };
      const key = JSON.stringify(d);
      if (seen.has(key)) return;
      seen.add(key);
      diagnostics.push(d);
    },
  };
}
