/**
 * The JSON Schema (draft-07) shape the editor schema is made of, plus the keywords yaml-language-server reads
 * for hover and completion. Arrays are mutable on purpose: monaco-yaml's own `JSONSchema` type expects them so,
 * and our result is handed to it as is.
 */
import type { schema as schemaCatalogue } from '../../../i18n/en/schema.ts';

export interface JSONSchema {
  $schema?: string;
  $ref?: string;
  $comment?: string;
  title?: string;
  description?: string;
  /** Shown by yaml-language-server in hover and completion instead of `description`, rendered as markdown. */
  markdownDescription?: string;
  /** yaml-language-server: replaces the "does not match the pattern" message. */
  patternErrorMessage?: string;
  /** yaml-language-server: keep this property out of completion (hover still works). */
  doNotSuggest?: boolean;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  examples?: unknown[];
  properties?: Record<string, JSONSchema>;
  additionalProperties?: boolean | JSONSchema;
  required?: string[];
  items?: JSONSchema;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  anyOf?: JSONSchema[];
  allOf?: JSONSchema[];
  not?: JSONSchema;
  if?: JSONSchema;
  then?: JSONSchema;
  else?: JSONSchema;
  definitions?: Record<string, JSONSchema>;
}

/** A key of the schema catalogue (`schema.<Kind>.<field path>`): a typo is a type error. */
export type SchemaKey = keyof typeof schemaCatalogue;

/** Turns a catalogue key into the text shown in hover and completion (a translation, or a marker in tests). */
export type Describe = (key: SchemaKey) => string;
