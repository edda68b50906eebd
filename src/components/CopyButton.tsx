import { useState } from 'react';
import { useT } from '../i18n/useT.ts';

/**
 * A button that copies `text` to the clipboard and says "Copied" until it loses focus. A refused or missing
 * clipboard leaves it as it was. `onCopied` lets a caller announce the copy to screen readers.
 */
export function CopyButton({
  text,
  label,
  ariaLabel,
  onCopied,
}: {
  text: string;
  label: string;
  ariaLabel?: string;
  onCopied?: () => void;
}) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="button"
      {...(ariaLabel === undefined ? {} : { 'aria-label': ariaLabel })}
      onClick={() => {
        const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
        void clipboard?.writeText(text).then(
          () => {
            setCopied(true);
            onCopied?.();
          },
          () => setCopied(false),
        );
      }}
      onBlur={() => setCopied(false)}
    >
      {copied ? t('nodePanel.copied') : label}
    </button>
  );
}
