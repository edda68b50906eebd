import { useAppStore } from '../state/store.ts';
import { useT } from '../i18n/useT.ts';
import { ENGINE_TIME_LIMIT_MS } from '../state/engineClient.ts';

/** Says when the engine had to be stopped or failed; the last results stay on screen underneath. */
export function EngineBanner() {
  const t = useT();
  const status = useAppStore((s) => s.engineStatus);
  const saveError = useAppStore((s) => s.saveError);
  return (
    <div className="banners" role="status" aria-live="polite">
      {status === 'timeout' && (
        <p className="banner banner-warning">
          {t('engine.timeout', { seconds: ENGINE_TIME_LIMIT_MS / 1000 })}
        </p>
      )}
      {status === 'failed' && <p className="banner banner-warning">{t('engine.failed')}</p>}
      {saveError !== null && (
        <p className="banner banner-warning">{t('editor.saveFailed', { detail: saveError })}</p>
      )}
    </div>
  );
}
