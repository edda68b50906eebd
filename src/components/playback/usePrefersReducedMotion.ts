import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia?.(QUERY);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

/** Whether reduced motion is asked for right now (for code outside React's render, like a one-off fit). */
export const prefersReducedMotion = (): boolean =>
  typeof window !== 'undefined' && (window.matchMedia?.(QUERY).matches ?? false);

/**
 * Whether the person asked for reduced motion, following the setting live. Our own few lines rather than
 * motion's hook, so that the playback clock does not pull the animation library into the first page.
 */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, prefersReducedMotion, () => false);
}
