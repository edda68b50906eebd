import { useAppStore } from '../state/store.ts';
import { useT } from '../i18n/useT.ts';
import { LOCALES, isLocale, type Locale } from '../i18n/index.ts';
import { SCENARIOS } from '../scenarios/index.ts';
import { openScenario, resetScenario } from '../state/bootstrap.ts';
import { DataplaneSwitches } from './DataplaneSwitches.tsx';

const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
};

export function Toolbar() {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const theme = useAppStore((s) => s.theme);
  const scenarioId = useAppStore((s) => s.scenarioId);
  const working = useAppStore((s) => s.engineStatus === 'working');
  const setLocale = useAppStore((s) => s.setLocale);
  const setTheme = useAppStore((s) => s.setTheme);

  return (
    <header className="toolbar">
      <div className="brand">
        <span className="brand-name">{t('app.title')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <label className="field">
        <span>{t('toolbar.scenario')}</span>
        <select
          data-testid="scenario-picker"
          value={scenarioId}
          onChange={(e) => {
            openScenario(e.target.value);
            const url = new URL(window.location.href);
            url.searchParams.set('scenario', e.target.value);
            window.history.replaceState(null, '', url);
          }}
        >
          {SCENARIOS.map((s) => (
            <option key={s.id} value={s.id}>
              {t(s.titleKey)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button"
        title={t('toolbar.resetScenario.hint')}
        onClick={resetScenario}
      >
        {t('toolbar.resetScenario')}
      </button>
      <DataplaneSwitches />
      <span className="spacer" />
      <span className="engine-status" aria-live="polite">
        {working ? t('engine.working') : ''}
      </span>
      <label className="field">
        <span className="visually-hidden">{t('toolbar.language')}</span>
        <select
          data-testid="language-picker"
          value={locale}
          onChange={(e) => {
            if (isLocale(e.target.value)) setLocale(e.target.value);
          }}
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="visually-hidden">{t('toolbar.theme')}</span>
        <select
          data-testid="theme-picker"
          value={theme}
          onChange={(e) => setTheme(e.target.value === 'dark' ? 'dark' : 'light')}
        >
          <option value="light">{t('toolbar.theme.light')}</option>
          <option value="dark">{t('toolbar.theme.dark')}</option>
        </select>
      </label>
    </header>
  );
}
