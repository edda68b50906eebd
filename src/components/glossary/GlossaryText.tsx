/**
 * Running text with its glossary terms as buttons: activating one opens a small definition next to it
 * (a non-modal dialog); Escape, the close button or a click elsewhere closes it and focus goes back to the term.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { linkTerms, type GlossaryId } from './terms.ts';
import './glossary.css';

function GlossaryTerm({ id, text }: { id: GlossaryId; text: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLSpanElement>(null);
  const dialogId = useId();

  useEffect(() => {
    if (!open) return;
    box.current?.focus();
    const close = (restore: boolean) => {
      setOpen(false);
      if (restore) button.current?.focus();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      close(true);
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node | null;
      if (target && !box.current?.contains(target) && !button.current?.contains(target)) close(false);
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const term = t(`glossary.${id}.term` as MessageKey);
  return (
    <span className="glossary-anchor">
      <button
        ref={button}
        type="button"
        className="glossary-term"
        data-testid="glossary-term"
        data-term={id}
        aria-expanded={open}
        aria-controls={open ? dialogId : undefined}
        aria-label={`${text}: ${t('glossary.open', { term })}`}
        onClick={() => setOpen((v) => !v)}
      >
        {text}
      </button>
      {open && (
        <span
          ref={box}
          id={dialogId}
          role="dialog"
          aria-label={term}
          tabIndex={-1}
          className="glossary-entry"
          data-testid="glossary-entry"
          data-term={id}
        >
          <span className="glossary-entry-head">
            <strong>{term}</strong>
            <button
              type="button"
              className="glossary-close"
              aria-label={t('glossary.close')}
              onClick={() => {
                setOpen(false);
                button.current?.focus();
              }}
            >
              ×
            </button>
          </span>
          <span className="glossary-entry-text">{t(`glossary.${id}.text` as MessageKey)}</span>
        </span>
      )}
    </span>
  );
}

/** `text` with the first mention of each glossary term linked to its definition. */
export function GlossaryText({ text }: { text: string }) {
  return (
    <>
      {linkTerms(text).map((segment, i) =>
        segment.term === undefined ? (
          <span key={i}>{segment.text}</span>
        ) : (
          <GlossaryTerm key={i} id={segment.term} text={segment.text} />
        ),
      )}
    </>
  );
}
