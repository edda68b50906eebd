import { useCallback } from 'react';
import { useAppStore } from '../state/store.ts';
import { translate, type MessageKey } from './index.ts';
import type { MessageParams } from '../engine/diagnostics.ts';

/** `t(key, params)` in the current locale; re-renders the caller when the language changes. */
/** Keys the engine hands over as data: diagnostics, walk explanations, DNS and Ingress outcomes. */
export type EngineMessageKey = `${'diag' | 'walk' | 'dns' | 'ingress'}.${string}`;

export function useT(): (key: MessageKey | EngineMessageKey, params?: MessageParams) => string {
  const locale = useAppStore((s) => s.locale);
  return useCallback((key, params) => translate(locale, key, params), [locale]);
}
