/**
 * One parsed document -> the Kubernetes objects it holds (one, or a `List`'s items), each identified,
 * classified and checked. An object with an error is reported and left out; warnings and infos keep it.
 */
import type { Diagnostic, SourcePosition } from '../diagnostics.ts';
import { checkConfigMapPayload } from './configmaps.ts';
import { validateCluster, validateIPPool } from './custom.ts';
import { headRange, issueDiagnostics, spanFor, type SchemaIssue } from './issues.ts';
import {
  displayPath,
  isJsonObject,
  typeName,
  valueAt,
  withoutNulls,
  type JsonObject,
  type JsonValue,
} from './json.ts';
import { classify, type KindInfo } from './kinds.ts';
import type { ParsedDocument } from './parse.ts';
import { diagnostic, keyRange, positionAt, type Locator, type Span } from './report.ts';
import type { FieldPositions, LoadedObject, ObjectOrigin } from './types.ts';
import { isBuiltinKind, validateBuiltin } from './validate.ts';

/** An object ready to load, with the spans its later diagnostics (PW007) need. */
export interface Candidate {
  readonly object: LoadedObject;
  readonly spans: ReadonlyMap<string, Span>;
}

export interface DocumentObjects {
  readonly candidates: readonly Candidate[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Where an object is in its file. */
interface Place {
  readonly at: Locator;
  readonly spans: ReadonlyMap<string, Span>;
  readonly document: number;
  readonly listItem?: number;
}

/** `kind: List`, or a typed list as the API returns it (`PodList`, whose items may omit kind). */
function isListKind(kind: JsonValue | undefined): kind is string {
  return typeof kind === 'string' && kind.endsWith('List') && kind.length >= 4;
}

export function documentObjects(doc: ParsedDocument, at: Locator): DocumentObjects {
  const root = spanFor(doc.spans, '');
  if (!isJsonObject(doc.value)) {
    const d = diagnostic('PW002', at, root.start, root.end, { found: typeName(doc.value) });
    return { candidates: [], diagnostics: [d] };
  }
  const place: Place = { at, spans: doc.spans, document: doc.index };
  const kind = doc.value['kind'];
  // `kind: List` is always a list; another `*List` kind only with items (it could be a CRD's own kind).
  if (!isListKind(kind) || (kind !== 'List' && !Object.hasOwn(doc.value, 'items'))) {
    return readObject(doc.value, place, {});
  }
  return readList(doc.value, kind, place);
}

function readList(list: JsonObject, kind: string, place: Place): DocumentObjects {
  const items = list['items'];
  if (items === null || items === undefined) return { candidates: [], diagnostics: [] };
  if (!Array.isArray(items)) {
    const span = spanFor(place.spans, '/items');
    const params = { kind, name: '', path: 'items', expected: 'list', found: typeName(items) };
    return { candidates: [], diagnostics: [diagnostic('PW006', place.at, span.start, span.end, params)] };
  }
  // Items of a typed list (PodList) come from the API without their own kind and apiVersion.
  const defaults = {
    kind: kind === 'List' ? undefined : kind.slice(0, -'List'.length),
    apiVersion: kind === 'List' ? undefined : list['apiVersion'],
  };
  const itemSpans = splitSpans(place.spans, '/items/', items.length);
  const candidates: Candidate[] = [];
  const diagnostics: Diagnostic[] = [];
  (items as readonly JsonValue[]).forEach((item, index) => {
    const spans = itemSpans[index] ?? new Map<string, Span>();
    if (!isJsonObject(item)) {
      const span = spanFor(spans, '');
      diagnostics.push(diagnostic('PW013', place.at, span.start, span.end, { index, found: typeName(item) }));
      return;
    }
    const result = readObject(item, { ...place, spans, listItem: index }, defaults);
    candidates.push(...result.candidates);
    diagnostics.push(...result.diagnostics);
  });
  return { candidates, diagnostics };
}

/** The spans under `prefix<i>` for each item i, re-rooted at the item: one pass over all spans. */
function splitSpans(spans: ReadonlyMap<string, Span>, prefix: string, count: number): Map<string, Span>[] {
  const out = Array.from({ length: count }, () => new Map<string, Span>());
  for (const [pointer, span] of spans) {
    if (!pointer.startsWith(prefix)) continue;
    const slash = pointer.indexOf('/', prefix.length);
    const index = Number(pointer.slice(prefix.length, slash === -1 ? undefined : slash));
    out[index]?.set(slash === -1 ? '' : pointer.slice(slash), span);
  }
  return out;
}

function readObject(
  written: JsonObject,
  place: Place,
  defaults: { readonly kind?: string | undefined; readonly apiVersion?: JsonValue | undefined },
): DocumentObjects {
  const { at, spans } = place;
  const fail = (d: Diagnostic): DocumentObjects => ({ candidates: [], diagnostics: [d] });
  const [headStart, headEnd] = headRange(spans);
  const kind = written['kind'] ?? defaults.kind ?? null;
  const apiVersion = written['apiVersion'] ?? defaults.apiVersion ?? null;
  const wrongType = (pointer: string, expected: string): DocumentObjects => {
    const span = spanFor(spans, pointer);
    const params = {
      kind: typeof kind === 'string' ? kind : '',
      name: isJsonObject(written['metadata']) ? String(written['metadata']['name'] ?? '') : '',
      path: displayPath(pointer),
      expected,
      found: typeName(valueAt(written, pointer)),
    };
    return fail(diagnostic('PW006', at, span.start, span.end, params));
  };
  if (kind === null || kind === '') return fail(diagnostic('PW004', at, headStart, headEnd));
  if (typeof kind !== 'string') return wrongType('/kind', 'string');
  if (apiVersion === null || apiVersion === '')
    return fail(diagnostic('PW003', at, headStart, headEnd, { kind }));
  if (typeof apiVersion !== 'string') return wrongType('/apiVersion', 'string');
  const metadata = written['metadata'];
  if (metadata !== undefined && metadata !== null && !isJsonObject(metadata))
    return wrongType('/metadata', 'mapping');
  const name = isJsonObject(metadata) ? metadata['name'] : undefined;
  if (name === undefined || name === null || name === '') {
    const [start, end] = isJsonObject(metadata)
      ? keyRange(spanFor(spans, '/metadata'))
      : [headStart, headEnd];
    return fail(diagnostic('PW005', at, start, end, { kind }));
  }
  if (typeof name !== 'string') return wrongType('/metadata/name', 'string');

  const classified = classify(apiVersion, kind);
  const scoped = classified.simulated ? classified.info.clusterScoped : classified.clusterScoped;
  const ns = isJsonObject(metadata) ? metadata['namespace'] : undefined;
  const namespace = scoped ? undefined : typeof ns === 'string' && ns !== '' ? ns : 'default';
  const head = positionAt(at, headStart);
  const origin: ObjectOrigin = {
    ...head,
    document: place.document,
    ...(place.listItem === undefined ? {} : { listItem: place.listItem }),
  };
  const base = {
    id: namespace === undefined ? `${kind}/${name}` : `${kind}/${namespace}/${name}`,
    apiVersion,
    name,
    namespace,
    origin,
    positions: positionsOf(spans, at),
  };
  const data: JsonObject = { ...written, apiVersion, kind };
  const kindSpan = spanFor(spans, '/kind');
  if (!classified.simulated) {
    const info = diagnostic('PW008', at, kindSpan.start, kindSpan.end, { kind, name, apiVersion });
    const object: LoadedObject = { ...base, kind, simulated: false, data };
    return { candidates: [{ object, spans }], diagnostics: [info] };
  }
  return readSimulated(classified.info, classified.knownVersion, data, base, place);
}

function readSimulated(
  info: KindInfo,
  knownVersion: boolean,
  data: JsonObject,
  base: Omit<LoadedObject, 'kind' | 'simulated' | 'data'>,
  { at, spans }: Place,
): DocumentObjects {
  const diagnostics: Diagnostic[] = [];
  if (!knownVersion) {
    const span = spanFor(spans, '/apiVersion');
    const params = { kind: info.kind, apiVersion: base.apiVersion, expected: info.apiVersions.join(', ') };
    diagnostics.push(diagnostic('PW014', at, span.start, span.end, params));
  }
  const clean = withoutNulls(data) as JsonObject;
  const kind = info.kind;
  const issues: SchemaIssue[] = isBuiltinKind(kind)
    ? validateBuiltin(kind, clean)
    : kind === 'Cluster'
      ? validateCluster(clean)
      : validateIPPool(clean);
  const schema = issueDiagnostics(issues, { kind, name: base.name, data: clean, spans }, at);
  if (schema.length > 0) return { candidates: [], diagnostics: [...diagnostics, ...schema] };
  if (kind === 'ConfigMap') diagnostics.push(...checkConfigMapPayload(base.name, clean, spans, at));
  const object = { ...base, kind, simulated: true, data: clean } as unknown as LoadedObject;
  return { candidates: [{ object, spans }], diagnostics };
}

function positionsOf(spans: ReadonlyMap<string, Span>, at: Locator): FieldPositions {
  const out: Record<string, SourcePosition> = {};
  for (const [pointer, span] of spans) out[pointer] = positionAt(at, span.start);
  return out;
}
