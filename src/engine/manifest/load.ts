/**
 * loadManifests: YAML text -> typed objects + diagnostics with positions.
 *
 * Per file: refuse it whole if it is too large (PW009); read its documents (parse.ts: YAML errors, aliases,
 * the document cap); turn each into objects (objects.ts: List items, identity, kind, schema). Then across
 * files: when two objects share an id the later wins (PW007). Objects come out in file order, then document
 * order, then List item order; diagnostics sorted by place. Nothing here throws, whatever the input.
 */
import { compareDiagnostics, type Diagnostic, type MessageParams, type Severity } from '../diagnostics.ts';
import type { ManifestCode } from './codes.ts';
import { MANIFEST_SEVERITIES } from './codes.ts';
import { spanFor } from './issues.ts';
import { MAX_DIAGNOSTICS_PER_FILE, MAX_FILE_CHARS } from './limits.ts';
import { documentObjects, type Candidate } from './objects.ts';
import { parseFile } from './parse.ts';
import { diagnostic, type Locator } from './report.ts';
import type { LoadResult, LoadedObject, SourceFile } from './types.ts';

const MIB = 1024 * 1024;

/** A diagnostic about a whole file, shown on its first character. */
function atFileStart(code: ManifestCode, file: string, params: MessageParams): Diagnostic {
  const severity = MANIFEST_SEVERITIES[code];
  return { code, severity, file, line: 1, column: 1, endLine: 1, endColumn: 2, params };
}

interface Located {
  readonly candidate: Candidate;
  readonly at: Locator;
}

function readFile(file: SourceFile, found: Located[], diagnostics: Diagnostic[]): void {
  if (file.text.length > MAX_FILE_CHARS) {
    const size = (file.text.length / MIB).toFixed(1);
    diagnostics.push(atFileStart('PW009', file.name, { size, limit: MAX_FILE_CHARS / MIB }));
    return;
  }
  try {
    const parsed = parseFile(file);
    diagnostics.push(...parsed.diagnostics);
    for (const doc of parsed.documents) {
      const result = documentObjects(doc, parsed.locator);
      diagnostics.push(...result.diagnostics);
      for (const candidate of result.candidates) found.push({ candidate, at: parsed.locator });
    }
  } catch {
    // Every limit above exists so that this cannot happen; if it does, the file is skipped, not the page.
    diagnostics.push(atFileStart('PW019', file.name, {}));
  }
}

/** Keep the later of two objects with one id, and say so on the later one's name. */
function dropDuplicates(found: readonly Located[], diagnostics: Diagnostic[]): LoadedObject[] {
  const latest = new Map<string, number>();
  const dropped = new Set<number>();
  found.forEach(({ candidate, at }, index) => {
    const { object, spans } = candidate;
    const earlier = latest.get(object.id);
    latest.set(object.id, index);
    if (earlier === undefined) return;
    dropped.add(earlier);
    const first = found[earlier]?.candidate.object.origin;
    const span = spanFor(spans, '/metadata/name');
    diagnostics.push(
      diagnostic('PW007', at, span.start, span.end, {
        kind: object.kind,
        name: object.name,
        namespace: object.namespace ?? '',
        firstFile: first?.file ?? '',
        firstLine: first?.line ?? 0,
      }),
    );
  });
  return found.filter((_, index) => !dropped.has(index)).map((l) => l.candidate.object);
}

const RANK: Readonly<Record<Severity, number>> = { error: 1, warning: 2, info: 3 };

/** Limits reached: always kept, since they explain why the rest of the file is missing. */
const LIMIT_CODES: ReadonlySet<string> = new Set(['PW009', 'PW010']);

function rank(d: Diagnostic): number {
  return LIMIT_CODES.has(d.code) ? 0 : RANK[d.severity];
}

/** At most {@link MAX_DIAGNOSTICS_PER_FILE} per file, limits and errors first, then a PW023 saying how many more. */
function capPerFile(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const out: Diagnostic[] = [];
  for (const [file, list] of byFile) {
    if (list.length <= MAX_DIAGNOSTICS_PER_FILE) {
      out.push(...list);
      continue;
    }
    const ranked = [...list].sort((a, b) => rank(a) - rank(b) || compareDiagnostics(a, b));
    out.push(...ranked.slice(0, MAX_DIAGNOSTICS_PER_FILE - 1));
    out.push(atFileStart('PW023', file, { count: ranked.length - (MAX_DIAGNOSTICS_PER_FILE - 1) }));
  }
  return out.sort(compareDiagnostics);
}

export function loadManifests(files: readonly SourceFile[]): LoadResult {
  const found: Located[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) readFile(file, found, diagnostics);
  const objects = dropDuplicates(found, diagnostics);
  return { files: files.map((f) => f.name), objects, diagnostics: capPerFile(diagnostics) };
}
