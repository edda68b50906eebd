import { describe, expect, it } from 'vitest';
import { SCENARIOS, SCENARIO_ORDER } from './index.ts';
import { analyze } from '../engine/index.ts';
import { translate } from '../i18n/index.ts';

describe('built-in scenarios', () => {
  it('lists every scenario folder in display order, each with files', () => {
    expect(SCENARIOS.map((s) => s.id)).toEqual([...SCENARIO_ORDER]);
    for (const s of SCENARIOS) expect(s.files.length, s.id).toBeGreaterThan(0);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    '%s analyses without errors or warnings',
    (_id, scenario) => {
      const { load } = analyze(scenario.files);
      const problems = load.diagnostics.filter((d) => d.severity !== 'info');
      expect(problems).toEqual([]);
      expect(load.objects.length).toBeGreaterThan(0);
    },
  );

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s has a title in every language', (_id, scenario) => {
    for (const locale of ['en', 'zh-CN', 'zh-TW'] as const) {
      expect(translate(locale, scenario.titleKey)).not.toBe(scenario.titleKey);
    }
  });
});
