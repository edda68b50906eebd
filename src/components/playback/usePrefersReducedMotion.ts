import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia?.(QUERY);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

const snapshot = (): boolean => window.matchMedia?.(QUERY).matches ?? false;

/**
 * Whether the person asked for reduced motion, following the setting live. Our own few lines rather than
 * motion's hook, so that the playback clock does not pull the animation library into the first page.
 */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
