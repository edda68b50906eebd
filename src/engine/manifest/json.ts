/**
 * The plain data a manifest document turns into (what `JSON.parse` could produce), and the small helpers the
 * loader needs to talk about it: JSON pointers, display paths and type names for diagnostics.
 */

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | JsonObject;
export interface JsonObject {
  readonly [key: string]: JsonValue;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One reference token of a JSON pointer (RFC 6901): `~` and `/` escaped. */
export function escapePointerToken(token: string): string {
  if (!token.includes('~') && !token.includes('/')) return token;
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

function unescapePointerToken(token: string): string {
  return token.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** The parent of a pointer (`/spec/ports/0` -> `/spec/ports`); the root's parent is the root. */
export function parentPointer(pointer: string): string {
  return pointer.slice(0, Math.max(0, pointer.lastIndexOf('/')));
}

/** The value a pointer designates, or undefined when it designates nothing. */
export function valueAt(root: JsonValue, pointer: string): JsonValue | undefined {
  if (pointer === '') return root;
  let current: JsonValue | undefined = root;
  for (const raw of pointer.slice(1).split('/')) {
    const token = unescapePointerToken(raw);
    if (Array.isArray(current)) current = (current as readonly JsonValue[])[Number(token)];
    else if (isJsonObject(current)) current = Object.hasOwn(current, token) ? current[token] : undefined;
    else return undefined;
  }
  return current;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * A pointer as a person reads a field path: `/spec/ports/0/targetPort` -> `spec.ports[0].targetPort`,
 * `/metadata/labels/app.kubernetes.io~1name` -> `metadata.labels["app.kubernetes.io/name"]`.
 */
export function displayPath(pointer: string): string {
  if (pointer === '') return '(top level)';
  let out = '';
  for (const raw of pointer.slice(1).split('/')) {
    const token = unescapePointerToken(raw);
    if (/^(0|[1-9][0-9]*)$/.test(token)) out += `[${token}]`;
    else if (IDENTIFIER.test(token)) out += out === '' ? token : `.${token}`;
    else out += `[${JSON.stringify(token)}]`;
  }
  return out;
}

/**
 * The type of a value in the words the diagnostics use (YAML's, since that is what people write): string,
 * integer, number, boolean, null, list, mapping.
 */
export function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'object') return 'mapping';
  return typeof value;
}

/** A short rendering of a value for a message: strings quoted, long ones cut. */
export function shortValue(value: unknown, max = 60): string {
  let text: string;
  if (value === undefined) text = 'null';
  else if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value === null
  )
    text = JSON.stringify(value) ?? String(value);
  else text = Array.isArray(value) ? '[…]' : '{…}';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function hasNullEntry(value: JsonValue): boolean {
  if (Array.isArray(value)) return (value as readonly JsonValue[]).some(hasNullEntry);
  if (!isJsonObject(value)) return false;
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (v === null || v === undefined || hasNullEntry(v)) return true;
  }
  return false;
}

/**
 * Without mapping entries whose value is null: the API server treats `field: null` as "not set" (and
 * `kubectl create --dry-run -o yaml` writes `creationTimestamp: null`). The value itself when it has none.
 */
export function withoutNulls(value: JsonValue): JsonValue {
  return hasNullEntry(value) ? copyWithoutNulls(value) : value;
}

function copyWithoutNulls(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return (value as readonly JsonValue[]).map(copyWithoutNulls);
  if (!isJsonObject(value)) return value;
  const out: Record<string, JsonValue> = {};
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (v === null || v === undefined) continue;
    defineEntry(out, key, copyWithoutNulls(v));
  }
  return out;
}

/** Set `key` on a fresh object safely, even when the key is `__proto__`. */
export function defineEntry(target: Record<string, JsonValue>, key: string, value: JsonValue): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    target[key] = value;
  }
}
