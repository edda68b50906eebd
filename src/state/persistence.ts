/**
 * Autosave: each scenario's workspace (files and active tab) and the UI preferences live in localStorage, so a
 * reload, a crash or a scenario switch never loses what the user typed. A failed save (quota, private mode)
 * is reported, never thrown.
 */
import type { SourceFile } from '../engine/manifest/types.ts';
import { isLocale, type Locale } from '../i18n/index.ts';
import type { Theme } from './uiSlice.ts';

const PREFIX = 'packetwalk:v1:';
const workspaceKey = (scenarioId: string) => `${PREFIX}workspace:${scenarioId}`;
const PREFS_KEY = `${PREFIX}prefs`;

export interface SavedWorkspace {
  readonly files: readonly SourceFile[];
  readonly activeFile: string;
}

export interface Prefs {
  readonly locale?: Locale;
  readonly theme?: Theme;
  readonly scenarioId?: string;
}

function isSourceFile(value: unknown): value is SourceFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['name'] === 'string' && typeof v['text'] === 'string';
}

function readJson(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text === null ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

export function loadWorkspace(scenarioId: string): SavedWorkspace | null {
  const value = readJson(workspaceKey(scenarioId));
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const files = v['files'];
  if (!Array.isArray(files) || !files.every(isSourceFile)) return null;
  return { files, activeFile: typeof v['activeFile'] === 'string' ? v['activeFile'] : '' };
}

/** Returns null when saved, or the reason it could not be. */
export function saveWorkspace(scenarioId: string, workspace: SavedWorkspace): string | null {
  try {
    localStorage.setItem(workspaceKey(scenarioId), JSON.stringify(workspace));
    return null;
  } catch (error) {
    return error instanceof Error ? error.name : String(error);
  }
}

export function forgetWorkspace(scenarioId: string): void {
  try {
    localStorage.removeItem(workspaceKey(scenarioId));
  } catch {
    // Nothing to undo: a storage that cannot remove could not have saved either.
  }
}

export function loadPrefs(): Prefs {
  const value = readJson(PREFS_KEY);
  if (typeof value !== 'object' || value === null) return {};
  const v = value as Record<string, unknown>;
  const theme = v['theme'] === 'dark' || v['theme'] === 'light' ? v['theme'] : undefined;
  return {
    ...(isLocale(v['locale']) ? { locale: v['locale'] } : {}),
    ...(theme ? { theme } : {}),
    ...(typeof v['scenarioId'] === 'string' ? { scenarioId: v['scenarioId'] } : {}),
  };
}

export function savePrefs(prefs: Prefs): void {
  try {
    localStorage.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Preferences are a convenience; the workspace save reports storage problems.
  }
}
