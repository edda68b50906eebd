import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../../i18n/index.ts';
import { translateSchemaText as translate } from '../../../i18n/schemaTexts.ts';
import { schema as en } from '../../../i18n/en/schema.ts';
import { schema as zhCN } from '../../../i18n/zh-CN/schema.ts';
import { schema as zhTW } from '../../../i18n/zh-TW/schema.ts';
import { buildSchemaWith } from './build.ts';
import { buildEditorSchema } from './index.ts';
import { createYamlLanguageService } from './languageService.harness.ts';
import type { JSONSchema, SchemaKey } from './types.ts';

const TEXT_KEYWORDS = ['description', 'markdownDescription', 'patternErrorMessage'] as const;

/** Every hover/completion/message text in a schema. */
function textsOf(schema: JSONSchema): string[] {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const keyword of TEXT_KEYWORDS) {
        const value = record[keyword];
        if (typeof value === 'string') texts.push(value);
      }
      Object.values(record).forEach(walk);
    }
  };
  walk(schema);
  return texts;
}

const KEYS = Object.keys(en) as SchemaKey[];

describe('hover texts come from the catalogues', () => {
  it('every text in the schema is a catalogue entry, and every schema.* entry is used', () => {
    const schema = buildSchemaWith((key) => `@@${key}`);
    // The root title labels the skeleton completion; kind titles below it are kind names, not prose.
    const marked = [schema.title ?? '', ...textsOf(schema)];
    const notFromCatalogue = marked.filter((text) => !text.startsWith('@@') || !(text.slice(2) in en));
    expect(notFromCatalogue).toEqual([]);
    const used = new Set(marked.map((text) => text.slice(2)));
    expect(KEYS.filter((key) => !used.has(key))).toEqual([]);
  });

  it.each(LOCALES)("no raw key leaks into the %s schema, and every text is that locale's", (locale) => {
    const schema = buildEditorSchema(locale);
    const texts = [schema.title ?? '', ...textsOf(schema)];
    expect(texts.filter((text) => /^schema\.[\w.-]+$/.test(text) || text.trim() === '')).toEqual([]);
    const catalogue = new Set(KEYS.map((key) => translate(locale, key)));
    expect(texts.filter((text) => !catalogue.has(text))).toEqual([]);
  });

  it.each([
    ['zh-CN', zhCN],
    ['zh-TW', zhTW],
  ] as const)('%s translates every key (no English copied over)', (_locale, catalogue) => {
    expect(
      KEYS.filter((key) => catalogue[key] === en[key] || !/[\u4e00-\u9fff]/.test(catalogue[key])),
    ).toEqual([]);
  });
});

describe('the Chinese catalogues use the right script', () => {
  // Characters that exist in only one of the two scripts, common in networking text.
  const SIMPLIFIED_ONLY =
    '网络数据设认发这个时对务过为点选择与将会从们写节组转连标签议协则规链丢弃装桥径请询录记证书钥调实现体传应当问单无开关间让还进类条层见号码项读动态处验该给么样预线户档于后';
  const TRADITIONAL_ONLY =
    '網絡數據設認發這個時對務過為點選擇與將會從們寫節組轉連標籤簽議協則規鏈丟棄裝橋徑請詢錄記證書鑰調實現體傳應當問單無開關間讓還進類條層見號碼項讀動態處驗該給麼樣預線戶檔於後';

  const offenders = (catalogue: Readonly<Record<SchemaKey, string>>, forbidden: string) =>
    KEYS.flatMap((key) =>
      [...catalogue[key]].filter((ch) => forbidden.includes(ch)).map((ch) => `${key}: ${ch}`),
    );

  it('zh-CN has no Traditional characters', () => {
    expect(offenders(zhCN, TRADITIONAL_ONLY)).toEqual([]);
  });

  it('zh-TW has no Simplified characters', () => {
    expect(offenders(zhTW, SIMPLIFIED_ONLY)).toEqual([]);
  });

  it('zh-TW uses Taiwan terms, not mainland ones', () => {
    // 数据包/網絡/默認/端口/服務器 are mainland usage; Taiwan engineers write 封包/網路/預設/連接埠/伺服器.
    const mainland = ['數據包', '網絡', '默認', '端口', '服務器', '信息', '支持', '對象'];
    expect(KEYS.filter((key) => mainland.some((term) => zhTW[key].includes(term)))).toEqual([]);
  });
});

describe('hover texts render as intended', () => {
  it.each(LOCALES)(
    'placeholders in angle brackets sit inside `code` (%s), so markdown keeps them',
    (locale) => {
      const bare = KEYS.filter((key) => {
        const outsideCode = translate(locale, key).replace(/`[^`]*`/g, '');
        return /<[A-Za-z]/.test(outsideCode) || (translate(locale, key).split('`').length - 1) % 2 !== 0;
      });
      expect(bare).toEqual([]);
    },
  );

  let hoverIn: (locale: (typeof LOCALES)[number]) => Promise<string>;
  beforeAll(() => {
    const text =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  externalTrafficPolicy: Local\n';
    hoverIn = async (locale) =>
      (await createYamlLanguageService(buildEditorSchema(locale))).hover(text, 5, 4);
  });

  it.each(LOCALES)('the editor shows the %s text under the kind as heading', async (locale) => {
    const hover = await hoverIn(locale);
    expect(hover).toContain('#### Service');
    expect(hover).toContain(translate(locale, 'schema.Service.spec.externalTrafficPolicy'));
  });
});
