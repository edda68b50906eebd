/** The commands that show a step on a real node, each with a copy button that says when it copied. */
import { useState } from 'react';
import { useT } from '../../i18n/useT.ts';
import { CopyButton } from '../CopyButton.tsx';

export function StepCommands({ commands }: { commands: readonly string[] }) {
  const t = useT();
  const [copied, setCopied] = useState<string | null>(null);
  if (commands.length === 0) return null;
  return (
    <div className="step-commands" data-testid="step-commands">
      <h4>{t('walkUi.commands')}</h4>
      {commands.map((c) => (
        <div key={c} className="step-command">
          <code>{c}</code>
          <CopyButton
            text={c}
            label={t('nodePanel.copyCommand')}
            ariaLabel={t('walkUi.copy', { command: c })}
            onCopied={() => setCopied(c)}
          />
        </div>
      ))}
      <span className="visually-hidden" role="status">
        {copied === null ? '' : t('inspector.copied', { command: copied })}
      </span>
    </div>
  );
}
