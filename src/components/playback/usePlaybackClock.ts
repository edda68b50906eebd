import { useEffect } from 'react';
import { useAppStore } from '../../state/store.ts';
import { currentStep, playablePosition } from '../../state/walkSlice.ts';
import { stepDelayMs } from './playbackModel.ts';
import { usePrefersReducedMotion } from './usePrefersReducedMotion.ts';

/**
 * While playing, moves on one step after the current one's travel and dwell time, and stops at the end of
 * the walk. Mounted once (App): it runs whether or not the canvas draws the token.
 */
export function usePlaybackClock(): void {
  const playing = useAppStore((s) => s.playing);
  const step = useAppStore((s) => s.step);
  const trace = useAppStore((s) => s.trace);
  const speed = useAppStore((s) => s.speed);
  const reducedMotion = usePrefersReducedMotion();

  useEffect(() => {
    if (!playing) return;
    const state = useAppStore.getState();
    const here = currentStep(state);
    if (here === undefined) {
      state.setPlaying(false);
      return;
    }
    const first = playablePosition(state).at === 0;
    const timer = setTimeout(
      () => {
        const s = useAppStore.getState();
        if (!s.stepBy(1)) s.setPlaying(false);
      },
      stepDelayMs(here, speed, { first, reducedMotion }),
    );
    return () => clearTimeout(timer);
  }, [playing, step, trace, speed, reducedMotion]);
}
