/**
 * Hover and completion texts for the editor schema. Kept out of the main catalogues because only the lazily
 * loaded editor needs them: the first page does not carry a few hundred field descriptions in three languages.
 */
import { schema as en } from './en/schema.ts';
import { schema as zhCN } from './zh-CN/schema.ts';
import { schema as zhTW } from './zh-TW/schema.ts';
import type { Locale } from './index.ts';

export type SchemaTextKey = keyof typeof en;

const catalogues: Readonly<Record<Locale, Readonly<Record<SchemaTextKey, string>>>> = {
  en,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
};

export function translateSchemaText(locale: Locale, key: SchemaTextKey): string {
  return catalogues[locale][key];
}
