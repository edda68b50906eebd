/**
 * Message catalogues. Every user-facing string lives here, keyed, in en, zh-CN and zh-TW. The engine returns
 * message keys and parameters; the UI and the CLI turn them into text with {@link translate}.
 */
import { en } from './en/index.ts';
import { zhCN } from './zh-CN/index.ts';
import { zhTW } from './zh-TW/index.ts';
import type { MessageParams } from '../engine/diagnostics.ts';

export const LOCALES = ['en', 'zh-CN', 'zh-TW'] as const;
export type Locale = (typeof LOCALES)[number];

export type MessageKey = keyof typeof en & string;
export type Catalogue = Readonly<Record<MessageKey, string>>;

const catalogues: Readonly<Record<Locale, Catalogue>> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** Fill `{name}` placeholders; an unknown placeholder stays visible rather than vanishing silently. */
export function format(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The text for `key` in `locale`, falling back to English, then to the key itself. */
export function translate(locale: Locale, key: string, params?: MessageParams): string {
  const template = isMessageKey(key) ? (catalogues[locale][key] ?? en[key]) : key;
  return format(template, params);
}

/** The first supported locale from a list of BCP 47 tags (navigator.languages), else English. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower === 'zh-tw' || lower === 'zh-hk' || lower.startsWith('zh-hant')) return 'zh-TW';
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
