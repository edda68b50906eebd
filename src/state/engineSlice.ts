import type { StateCreator } from 'zustand';
import type { Analysis } from '../engine/index.ts';
import type { AppState } from './store.ts';

/** Where the engine is. `timeout` and `failed` keep the previous results on screen. */
export type EngineStatus = 'idle' | 'working' | 'ready' | 'timeout' | 'failed';

export interface EngineSlice {
  readonly engineStatus: EngineStatus;
  /** The newest analysis, whatever its diagnostics: the editor markers and the diagnostics list show it. */
  readonly analysis: Analysis | null;
  /** The newest analysis without errors: the canvas shows it, so a typo does not blank the picture. */
  readonly lastGood: Analysis | null;
  setEngineStatus: (status: EngineStatus) => void;
  setAnalysis: (analysis: Analysis) => void;
}

export function hasErrors(analysis: Analysis): boolean {
  return analysis.diagnostics.some((d) => d.severity === 'error');
}

export const createEngineSlice: StateCreator<AppState, [], [], EngineSlice> = (set) => ({
  engineStatus: 'idle',
  analysis: null,
  lastGood: null,
  setEngineStatus: (engineStatus) => set({ engineStatus }),
  setAnalysis: (analysis) =>
    set((s) => ({
      analysis,
      engineStatus: 'ready',
      lastGood: hasErrors(analysis) && s.lastGood ? s.lastGood : analysis,
    })),
});
