/**
 * The keyboard shortcuts overlay (`?`): a modal dialog listing every playback key. The native <dialog>
 * traps focus, closes on Escape and gives focus back to what had it.
 */
import { useEffect, useRef } from 'react';
import { useAppStore } from '../../state/store.ts';
import { useT } from '../../i18n/useT.ts';
import { SHORTCUT_ROWS } from './shortcuts.ts';
import './playback.css';

export function HelpOverlay() {
  const t = useT();
  const open = useAppStore((s) => s.helpOpen);
  const setHelpOpen = useAppStore((s) => s.setHelpOpen);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="help-overlay"
      aria-labelledby="help-overlay-title"
      data-testid="help-overlay"
      onClose={() => setHelpOpen(false)}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (e.target === e.currentTarget) setHelpOpen(false);
      }}
    >
      <div className="help-content">
        <h2 id="help-overlay-title">{t('playback.helpTitle')}</h2>
        <p className="help-intro">{t('playback.helpIntro')}</p>
        <table className="help-table">
          <tbody>
            {SHORTCUT_ROWS.map((row) => (
              <tr key={row.label}>
                <th scope="row">
                  {row.keys.map((k) => (
                    <kbd key={k}>{k}</kbd>
                  ))}
                </th>
                <td>{t(row.label)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" className="button" data-testid="help-close" onClick={() => setHelpOpen(false)}>
          {t('playback.helpClose')}
        </button>
      </div>
    </dialog>
  );
}
