/**
 * One composed YAML document -> plain data plus the span of every value, in one bounded walk of the node tree.
 *
 * We do this ourselves rather than with `Document.toJS()`: toJS resolves each alias by scanning the document's
 * anchors (quadratic in the number of aliases) and cannot tell us where values are. Here aliases resolve
 * through a map in document order, every value an alias or merge key brings in is charged to a per-file
 * budget (the "billion laughs" guard, PW011), and nesting depth is capped (PW019), so the work is linear in
 * the file plus the budget whatever the input.
 */
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { MessageParams } from '../diagnostics.ts';
import type { ManifestCode } from './codes.ts';
import { defineEntry, escapePointerToken, isJsonObject, typeName, type JsonValue } from './json.ts';
import { MAX_NESTING_DEPTH } from './limits.ts';
import type { Span } from './report.ts';

/** How many values aliases and merge keys may still add in this file. Shared by its documents. */
export interface AliasBudget {
  remaining: number;
}

export interface Converted {
  readonly ok: true;
  readonly value: JsonValue;
  /** JSON pointer -> span, in document order. Values inside an alias have no entry of their own. */
  readonly spans: ReadonlyMap<string, Span>;
}

/** Why a document could not be turned into data; it is skipped, with this diagnostic. */
export interface ConvertFailure {
  readonly ok: false;
  readonly code: Extract<ManifestCode, 'PW011' | 'PW019' | 'PW020' | 'PW021' | 'PW022'>;
  readonly start: number;
  readonly end: number;
  readonly params: MessageParams;
}

interface Sized {
  readonly value: JsonValue;
  /** Values in this subtree, counting each alias as the values it stands for. */
  readonly size: number;
}

class Abort {
  constructor(readonly failure: ConvertFailure) {}
}

function rangeOf(node: unknown): readonly [number, number] | undefined {
  if (typeof node !== 'object' || node === null || !('range' in node)) return undefined;
  const range: unknown = node.range;
  if (!Array.isArray(range) || typeof range[0] !== 'number' || typeof range[1] !== 'number') return undefined;
  return [range[0], range[1]];
}

function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol';
}

function scalarValue(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'symbol') return value.description ?? '';
  return String(value);
}

class Converter {
  private readonly anchors = new Map<string, Sized>();
  readonly spans = new Map<string, Span>();

  constructor(
    private readonly text: string,
    private readonly budget: AliasBudget,
  ) {}

  private fail(code: ConvertFailure['code'], node: unknown, params: MessageParams): never {
    const [start, end] = rangeOf(node) ?? [0, 0];
    throw new Abort({ ok: false, code, start, end, params });
  }

  private charge(size: number, node: unknown): void {
    this.budget.remaining -= size;
    if (this.budget.remaining < 0) this.fail('PW011', node, {});
  }

  /** The key as the API server would see it: scalars as their string form, anything else as written. */
  private keyString(key: unknown): string {
    if (key === null || key === undefined) return '';
    if (isScalar(key)) return key.value === null ? '' : String(scalarValue(key.value));
    const range = rangeOf(key);
    return range ? this.text.slice(range[0], range[1]).trim() : '';
  }

  /** `pointer` undefined: do not record spans (merge sources written inline). */
  convert(node: unknown, pointer: string | undefined, depth: number): Sized {
    let result: Sized;
    if (isScalar(node)) {
      result = { value: scalarValue(node.value), size: 1 };
    } else if (isAlias(node)) {
      const target = this.anchors.get(node.source);
      if (target === undefined) this.fail('PW020', node, { alias: node.source });
      this.charge(target.size, node);
      return target;
    } else if (isSeq(node) || isMap(node)) {
      if (depth >= MAX_NESTING_DEPTH) this.fail('PW019', node, { limit: MAX_NESTING_DEPTH });
      result = isSeq(node)
        ? this.convertSeq(node.items, pointer, depth)
        : this.convertMap(node.items, pointer, depth);
    } else if (isPair(node)) {
      // A single `key: value` inside a flow sequence (`[a: 1]`) is a one-entry mapping.
      result = this.convertMap([node], pointer, depth);
    } else {
      result = { value: null, size: 1 };
    }
    if (
      (isScalar(node) || isSeq(node) || isMap(node)) &&
      typeof node.anchor === 'string' &&
      node.anchor !== ''
    ) {
      this.anchors.set(node.anchor, result);
    }
    return result;
  }

  private convertSeq(items: readonly unknown[], pointer: string | undefined, depth: number): Sized {
    const out: JsonValue[] = [];
    let size = 1;
    items.forEach((item, index) => {
      const child = pointer === undefined ? undefined : `${pointer}/${index}`;
      const range = rangeOf(item);
      if (child !== undefined && range) this.spans.set(child, { start: range[0], end: range[1] });
      const converted = this.convert(item, child, depth + 1);
      out.push(converted.value);
      size += converted.size;
    });
    return { value: out, size };
  }

  private convertMap(items: readonly unknown[], pointer: string | undefined, depth: number): Sized {
    const out: Record<string, JsonValue> = {};
    const written = new Set<string>();
    let size = 1;
    for (const pair of items) {
      if (!isPair(pair)) continue;
      if (isMergeKey(pair.key)) {
        size += this.merge(out, pair.value, pointer, depth);
        continue;
      }
      const key = this.keyString(pair.key);
      if (written.has(key)) this.fail('PW022', pair.key, { key });
      written.add(key);
      const child = pointer === undefined ? undefined : `${pointer}/${escapePointerToken(key)}`;
      if (child !== undefined) this.spans.set(child, this.entrySpan(pair.key, pair.value));
      const converted = this.convert(pair.value, child, depth + 1);
      defineEntry(out, key, converted.value);
      size += converted.size;
    }
    return { value: out, size };
  }

  private entrySpan(key: unknown, value: unknown): Span {
    const k = rangeOf(key);
    const v = rangeOf(value);
    const empty = isScalar(value) && value.value === null && v !== undefined && v[0] === v[1];
    if (k === undefined) return v ? { start: v[0], end: v[1] } : { start: 0, end: 0 };
    if (v === undefined || empty) return { start: k[0], end: k[1], keyStart: k[0], keyEnd: k[1] };
    return { start: v[0], end: v[1], keyStart: k[0], keyEnd: k[1] };
  }

  /**
   * `<<: *base` or `<<: [*a, *b]`: copy the entries of each mapping that the map does not already have.
   * Earlier sources win over later ones, and entries written in the map itself win over all of them.
   */
  private merge(
    out: Record<string, JsonValue>,
    value: unknown,
    pointer: string | undefined,
    depth: number,
  ): number {
    const sources = isSeq(value) ? value.items : [value];
    const range = rangeOf(value);
    let size = 0;
    for (const source of sources) {
      const converted = this.convert(source, undefined, depth + 1);
      if (!isJsonObject(converted.value)) this.fail('PW021', source, { found: typeName(converted.value) });
      size += converted.size;
      for (const key of Object.keys(converted.value)) {
        if (Object.hasOwn(out, key)) continue;
        defineEntry(out, key, converted.value[key] ?? null);
        if (pointer !== undefined && range) {
          this.spans.set(`${pointer}/${escapePointerToken(key)}`, { start: range[0], end: range[1] });
        }
      }
    }
    return size;
  }
}

/**
 * Convert a document's contents. Anchors are per document; the alias budget is per file, so a file of many
 * small bombs runs out as surely as one big one.
 */
export function convertDocument(
  contents: unknown,
  text: string,
  budget: AliasBudget,
): Converted | ConvertFailure {
  const converter = new Converter(text, budget);
  try {
    const range = rangeOf(contents);
    if (range) converter.spans.set('', { start: range[0], end: range[1] });
    const { value } = converter.convert(contents, '', 0);
    return { ok: true, value, spans: converter.spans };
  } catch (error) {
    if (error instanceof Abort) return error.failure;
    // Only a stack overflow can get here (the depth cap should prevent it); report it the same way.
    const [start, end] = rangeOf(contents) ?? [0, 0];
    return { ok: false, code: 'PW019', start, end, params: { limit: MAX_NESTING_DEPTH } };
  }
}
