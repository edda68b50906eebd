/**
 * The playback keyboard shortcuts: one table, used by the global key handler and listed by the help overlay.
 * Pure: no React, no DOM beyond reading a key event's fields.
 */
import type { MessageKey } from '../../i18n/index.ts';

export type ShortcutAction =
  | { readonly type: 'toggle-play' }
  | { readonly type: 'step'; readonly delta: 1 | -1 }
  | { readonly type: 'restart' }
  | { readonly type: 'speed-by'; readonly delta: 1 | -1 }
  | { readonly type: 'speed-to'; readonly index: number }
  | { readonly type: 'toggle-reply' }
  | { readonly type: 'toggle-follow' }
  | { readonly type: 'help' };

/** The rows of the help overlay: the keys as shown, and what they do. */
export const SHORTCUT_ROWS: readonly { readonly keys: readonly string[]; readonly label: MessageKey }[] = [
  { keys: ['Space'], label: 'playback.key.play' },
  { keys: ['→', '↓'], label: 'playback.key.forward' },
  { keys: ['←', '↑'], label: 'playback.key.back' },
  { keys: ['Home', 'R'], label: 'playback.key.restart' },
  { keys: ['−', '+'], label: 'playback.key.speed' },
  { keys: ['1', '2', '3', '4'], label: 'playback.key.speedTo' },
  { keys: ['B'], label: 'playback.key.reply' },
  { keys: ['F'], label: 'playback.key.follow' },
  { keys: ['?'], label: 'playback.key.help' },
];

/** What a key press means, or null when it is not a playback shortcut. */
export function shortcutFor(e: {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}): ShortcutAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case ' ':
    case 'Spacebar':
      return { type: 'toggle-play' };
    case 'ArrowRight':
    case 'ArrowDown':
      return { type: 'step', delta: 1 };
    case 'ArrowLeft':
    case 'ArrowUp':
      return { type: 'step', delta: -1 };
    case 'Home':
    case 'r':
    case 'R':
      return { type: 'restart' };
    case '-':
    case '_':
      return { type: 'speed-by', delta: -1 };
    case '+':
    case '=':
      return { type: 'speed-by', delta: 1 };
    case '1':
    case '2':
    case '3':
    case '4':
      return { type: 'speed-to', index: Number(e.key) - 1 };
    case 'b':
    case 'B':
      return { type: 'toggle-reply' };
    case 'f':
    case 'F':
      return { type: 'toggle-follow' };
    case '?':
      return { type: 'help' };
    default:
      return null;
  }
}

/**
 * Where a key press belongs to the focused control instead: text fields and the editor always; a focused
 * button keeps Space and Enter (it activates itself); widgets with their own arrow keys keep the arrows.
 */
export function ownedByTarget(key: string, target: Element | null): boolean {
  if (target === null) return false;
  if (
    target.closest('input, select, textarea, .monaco-editor, [contenteditable="true"], [contenteditable=""]')
  )
    return true;
  if ((key === ' ' || key === 'Enter') && target.closest('button, a[href], summary, [role="button"]'))
    return true;
  return (
    key.startsWith('Arrow') &&
    target.closest(
      '[role="slider"], [role="tablist"], [role="listbox"], [role="menu"], [role="radiogroup"]',
    ) !== null
  );
}
