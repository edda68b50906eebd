/**
 * One file's text -> its YAML documents as plain data with spans, plus the diagnostics of reading them: YAML
 * errors and warnings at their place, and the document cap. This is `parseAllDocuments` unrolled (Parser ->
 * Composer) so that reading can stop after {@link MAX_DOCUMENTS_PER_FILE} documents instead of after all.
 */
import { Composer, LineCounter, Parser, type YAMLError } from 'yaml';
import type { Diagnostic } from '../diagnostics.ts';
import { convertDocument, type AliasBudget } from './convert.ts';
import type { JsonValue } from './json.ts';
import { MAX_ALIAS_EXPANSION, MAX_DOCUMENTS_PER_FILE, MAX_NESTING_DEPTH } from './limits.ts';
import { diagnostic, type Locator, type Span } from './report.ts';
import type { SourceFile } from './types.ts';

/** A document that read cleanly and holds something (empty and comment-only documents are dropped). */
export interface ParsedDocument {
  /** 0-based index of the document in its file. */
  readonly index: number;
  readonly value: JsonValue;
  readonly spans: ReadonlyMap<string, Span>;
}

export interface ParsedFile {
  readonly locator: Locator;
  readonly documents: readonly ParsedDocument[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * YAML 1.2 core schema, always (a `%YAML 1.1` directive must not turn timestamps into Dates or `yes` into
 * true), no `!!binary`/`!!set` magic, merge keys on. `uniqueKeys: false` because yaml's duplicate-key check is
 * quadratic in the size of a mapping; convert.ts checks duplicates in linear time instead (PW022).
 */
const YAML_OPTIONS = {
  schema: 'core',
  resolveKnownTags: false,
  merge: true,
  uniqueKeys: false,
  keepSourceTokens: false,
} as const;

function firstLine(message: string): string {
  const line = message.split('\n', 1)[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

function yamlDiagnostic(error: YAMLError, at: Locator, warning: boolean): Diagnostic {
  const [start, end] = error.pos;
  if (error.code === 'RESOURCE_EXHAUSTION')
    return diagnostic('PW019', at, start, end, { limit: MAX_NESTING_DEPTH });
  return diagnostic(warning ? 'PW012' : 'PW001', at, start, end, {
    detail: firstLine(error.message),
    yamlCode: error.code,
  });
}

export function parseFile(file: SourceFile): ParsedFile {
  const lines = new LineCounter();
  const locator: Locator = { file: file.name, linePos: (offset) => lines.linePos(offset) };
  const composer = new Composer(YAML_OPTIONS);
  const budget: AliasBudget = { remaining: MAX_ALIAS_EXPANSION };
  const documents: ParsedDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  let index = 0;
  let capped = false;
  for (const doc of composer.compose(new Parser(lines.addNewLine).parse(file.text))) {
    if (index >= MAX_DOCUMENTS_PER_FILE) {
      const start = doc.range[0];
      diagnostics.push(diagnostic('PW010', locator, start, start, { limit: MAX_DOCUMENTS_PER_FILE }));
      capped = true;
      break;
    }
    for (const error of doc.errors) diagnostics.push(yamlDiagnostic(error, locator, false));
    for (const warning of doc.warnings) diagnostics.push(yamlDiagnostic(warning, locator, true));
    const docIndex = index++;
    if (doc.errors.length > 0 || doc.contents === null) continue;
    const converted = convertDocument(doc.contents, file.text, budget);
    if (!converted.ok) {
      diagnostics.push(diagnostic(converted.code, locator, converted.start, converted.end, converted.params));
      continue;
    }
    if (converted.value === null) continue;
    documents.push({ index: docIndex, value: converted.value, spans: converted.spans });
  }
  if (!capped) {
    const stream = composer.streamInfo();
    for (const error of stream.errors) diagnostics.push(yamlDiagnostic(error, locator, false));
    for (const warning of stream.warnings) diagnostics.push(yamlDiagnostic(warning, locator, true));
  }
  return { locator, documents, diagnostics };
}
