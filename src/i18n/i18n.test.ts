import { describe, expect, it } from 'vitest';
import { en } from './en/index.ts';
import { zhCN } from './zh-CN/index.ts';
import { zhTW } from './zh-TW/index.ts';
import { format, pickLocale, translate } from './index.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it.each([
    ['zh-CN', zhCN],
    ['zh-TW', zhTW],
  ] as const)('%s uses exactly the placeholders of each English message', (_locale, catalogue) => {
    for (const [key, text] of Object.entries(en)) {
      expect(placeholders(catalogue[key as keyof typeof en]), key).toEqual(placeholders(text));
    }
  });

  it('translates with parameters and falls back to the key for unknown messages', () => {
    expect(translate('en', 'panel.objects', { count: 3, files: 2 })).toBe('3 objects loaded from 2 files');
    expect(translate('zh-CN', 'panel.objects', { count: 3, files: 2 })).toBe('从 2 个文件中加载了 3 个对象');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });

  it('leaves a placeholder visible when its parameter is missing', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it.each([
    [['zh-TW'], 'zh-TW'],
    [['zh-Hant-HK'], 'zh-TW'],
    [['zh'], 'zh-CN'],
    [['fr-FR', 'zh-CN'], 'zh-CN'],
    [['de'], 'en'],
  ] as const)('picks %j as %s', (preferred, expected) => {
    expect(pickLocale(preferred)).toBe(expected);
  });
});
