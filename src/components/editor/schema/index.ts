/**
 * The JSON Schema behind the manifest editor's completion, validation and hover (monaco-yaml, i.e.
 * yaml-language-server). Pure data: no React, no Monaco.
 */
import type { Locale } from '../../../i18n/index.ts';
import { translateSchemaText } from '../../../i18n/schemaTexts.ts';
import { buildSchemaWith } from './build.ts';
import type { JSONSchema } from './types.ts';

/**
 * The editor schema with every hover and completion text in `locale`.
 *
 * @example
 * configureMonacoYaml(monaco, { schemas: [{ uri, fileMatch: ['*'], schema: buildEditorSchema('zh-TW') }] });
 */
export function buildEditorSchema(locale: Locale): JSONSchema {
  return buildSchemaWith((key) => translateSchemaText(locale, key));
}

export { SCHEMA_KINDS, SCHEMA_KIND_NAMES, isSchemaKind, schemaKindOf, type SchemaKind } from './kinds.ts';
export type { JSONSchema } from './types.ts';
