/** The commands that show a step on a real node, each with a copy button that says when it copied. */
import { useState } from 'react';
import { useT } from '../../i18n/useT.ts';

export function StepCommands({ commands }: { commands: readonly string[] }) {
  const t = useT();
  const [copied, setCopied] = useState<string | null>(null);
  if (commands.length === 0) return null;
  const copy = (command: string) => {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (clipboard === undefined) return;
    clipboard.writeText(command).then(
      () => setCopied(command),
      () => setCopied(null),
    );
  };
  return (
    <div className="step-commands" data-testid="step-commands">
      <h4>{t('walkUi.commands')}</h4>
      {commands.map((c) => (
        <div key={c} className="step-command">
          <code>{c}</code>
          <button
            type="button"
            className="button"
            aria-label={t('walkUi.copy', { command: c })}
            onClick={() => copy(c)}
          >
            {copied === c ? t('nodePanel.copied') : t('nodePanel.copyCommand')}
          </button>
        </div>
      ))}
      <span className="visually-hidden" role="status">
        {copied === null ? '' : t('inspector.copied', { command: copied })}
      </span>
    </div>
  );
}
