import type { StateCreator } from 'zustand';
import type { L4Protocol, Step, Trace } from '../engine/index.ts';
import type { AppState } from './store.ts';

/** Which walk of the reply or forward path a step index points into. */
export type WalkLeg = 'forward' | 'reply';

/** The packet walk: what to walk (source, destination, protocol, seed), the engine's trace, and the step shown. */
export interface WalkSlice {
  readonly walkFrom: string;
  readonly walkTo: string;
  readonly walkProtocol: L4Protocol;
  readonly walkSeed: number;
  readonly trace: Trace | null;
  readonly traceLoading: boolean;
  /** The step on show: its leg and index within that leg's steps. */
  readonly step: { readonly leg: WalkLeg; readonly index: number };
  setWalk: (walk: { from?: string; to?: string; protocol?: L4Protocol }) => void;
  setTrace: (trace: Trace) => void;
  setTraceLoading: (loading: boolean) => void;
  showStep: (leg: WalkLeg, index: number) => void;
  /** Move by one step across the forward walk and then the reply; stops at either end. */
  stepBy: (delta: 1 | -1) => void;
}

function stepsOf(trace: Trace | null, leg: WalkLeg): number {
  if (trace === null) return 0;
  return leg === 'forward' ? trace.steps.length : (trace.reply?.steps.length ?? 0);
}

/** The step on show, or undefined when there is no walk (for views that follow the packet). */
export function currentStep(s: Pick<WalkSlice, 'trace' | 'step'>): Step | undefined {
  const steps = s.step.leg === 'forward' ? s.trace?.steps : s.trace?.reply?.steps;
  return steps?.[s.step.index];
}

export const createWalkSlice: StateCreator<AppState, [], [], WalkSlice> = (set, get) => ({
  walkFrom: '',
  walkTo: '',
  walkProtocol: 'tcp',
  walkSeed: 1,
  trace: null,
  traceLoading: false,
  step: { leg: 'forward', index: 0 },
  setWalk: ({ from, to, protocol }) =>
    set((s) => ({
      walkFrom: from ?? s.walkFrom,
      walkTo: to ?? s.walkTo,
      walkProtocol: protocol ?? s.walkProtocol,
    })),
  setTrace: (trace) =>
    set((s) => {
      // Keep the step on show when the walk still has it (an edit that changes nothing on the path).
      const keep = s.step.index < stepsOf(trace, s.step.leg);
      return { trace, traceLoading: false, step: keep ? s.step : { leg: 'forward', index: 0 } };
    }),
  setTraceLoading: (traceLoading) => set({ traceLoading }),
  showStep: (leg, index) => set({ step: { leg, index } }),
  stepBy: (delta) => {
    const { trace, step } = get();
    const forward = stepsOf(trace, 'forward');
    const reply = stepsOf(trace, 'reply');
    const flat = (step.leg === 'forward' ? 0 : forward) + step.index + delta;
    if (flat < 0 || flat >= forward + reply) return;
    set({ step: flat < forward ? { leg: 'forward', index: flat } : { leg: 'reply', index: flat - forward } });
  },
});
