import { usePlaybackClock } from './usePlaybackClock.ts';
import { usePlaybackShortcuts } from './usePlaybackShortcuts.ts';

/**
 * The playback clock and the global shortcuts, in a component of their own that renders nothing: the clock
 * follows every step, and in App itself it would re-render the whole page on each one.
 */
export function PlaybackRuntime() {
  usePlaybackClock();
  usePlaybackShortcuts();
  return null;
}
