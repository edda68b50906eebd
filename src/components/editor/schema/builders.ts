/**
 * Small constructors for schema nodes. Every node that describes a field takes its catalogue key, so no field
 * can be added without hover text, and the text is set both as `description` (plain JSON Schema tools) and as
 * `markdownDescription` (what yaml-language-server renders, so `code` shows as code).
 */
import type { Describe, JSONSchema, SchemaKey } from './types.ts';

/** A loose IPv4/IPv6 address: catches a missing prefix or a typo without re-implementing address parsing. */
const IP_PATTERN = '^[0-9A-Fa-f:.]+$';
const CIDR_PATTERN = '^[0-9A-Fa-f:.]+/[0-9]{1,3}$';

export interface Builders {
  /** The hover text for `key`, as both `description` and `markdownDescription`. */
  doc(key: SchemaKey): JSONSchema;
  str(key: SchemaKey, extra?: JSONSchema): JSONSchema;
  int(key: SchemaKey, extra?: JSONSchema): JSONSchema;
  bool(key: SchemaKey): JSONSchema;
  /** A string that must be one of `values` (completion offers them; hover lists them). */
  choice(key: SchemaKey, values: readonly string[]): JSONSchema;
  obj(key: SchemaKey, properties: Record<string, JSONSchema>): JSONSchema;
  list(key: SchemaKey, items: JSONSchema): JSONSchema;
  /** An array of plain strings, documented on the array. */
  strings(key: SchemaKey, items?: JSONSchema): JSONSchema;
  /** A map of string to string (labels, selectors, ConfigMap data). */
  strMap(key: SchemaKey, properties?: Record<string, JSONSchema>): JSONSchema;
  /** A TCP/UDP/SCTP port number. */
  port(key: SchemaKey): JSONSchema;
  /** A port given as a number or as the name of a container port (Kubernetes IntOrString). */
  portOrName(key: SchemaKey): JSONSchema;
  ip(key: SchemaKey): JSONSchema;
  cidr(key: SchemaKey): JSONSchema;
  /** A field we document but whose inside we leave to Kubernetes (probes, affinity). */
  opaque(key: SchemaKey): JSONSchema;
  /** The catalogue text itself, for keywords other than descriptions. */
  text(key: SchemaKey): string;
}

export function makeBuilders(describe: Describe): Builders {
  const doc = (key: SchemaKey): JSONSchema => {
    const text = describe(key);
    return { description: text, markdownDescription: text };
  };
  return {
    doc,
    text: describe,
    str: (key, extra = {}) => ({ type: 'string', ...extra, ...doc(key) }),
    int: (key, extra = {}) => ({ type: 'integer', ...extra, ...doc(key) }),
    bool: (key) => ({ type: 'boolean', ...doc(key) }),
    choice: (key, values) => ({ type: 'string', enum: [...values], ...doc(key) }),
    obj: (key, properties) => ({ type: 'object', properties, ...doc(key) }),
    list: (key, items) => ({ type: 'array', items, ...doc(key) }),
    strings: (key, items = {}) => ({ type: 'array', items: { type: 'string', ...items }, ...doc(key) }),
    strMap: (key, properties) => ({
      type: 'object',
      ...(properties ? { properties } : {}),
      additionalProperties: { type: 'string' },
      ...doc(key),
    }),
    port: (key) => ({ type: 'integer', minimum: 1, maximum: 65535, ...doc(key) }),
    portOrName: (key) => ({ type: ['integer', 'string'], minimum: 1, maximum: 65535, ...doc(key) }),
    ip: (key) => ({
      type: 'string',
      pattern: IP_PATTERN,
      patternErrorMessage: describe('schema.error.ip'),
      ...doc(key),
    }),
    cidr: (key) => ({
      type: 'string',
      pattern: CIDR_PATTERN,
      patternErrorMessage: describe('schema.error.cidr'),
      ...doc(key),
    }),
    opaque: (key) => ({ type: 'object', ...doc(key) }),
  };
}

/** The same pattern applied to every item of a list of CIDRs (`ipBlock.except`, `podCIDRs`). */
export function cidrItem(b: Builders): JSONSchema {
  return { type: 'string', pattern: CIDR_PATTERN, patternErrorMessage: b.text('schema.error.cidr') };
}
