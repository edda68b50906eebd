import type { StateCreator } from 'zustand';
import type { Locale } from '../i18n/index.ts';
import type { AppState } from './store.ts';

export type Theme = 'light' | 'dark';

export interface UiSlice {
  readonly locale: Locale;
  readonly theme: Theme;
  /** Why the last autosave failed (quota, private mode), or null when saving works. */
  readonly saveError: string | null;
  setLocale: (locale: Locale) => void;
  setTheme: (theme: Theme) => void;
  setSaveError: (detail: string | null) => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  locale: 'en',
  theme: 'light',
  saveError: null,
  setLocale: (locale) => set({ locale }),
  setTheme: (theme) => set({ theme }),
  setSaveError: (saveError) => set({ saveError }),
});
