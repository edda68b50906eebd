/**
 * elk in its own Web Worker, off the main thread. The worker script is elkjs' prebuilt one, served as a
 * same-origin asset (`?url`), so it works the same under the dev server and in the production build.
 */
import ELK from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { ElkLike } from './elkLayout.ts';

let shared: ElkLike | null | undefined;

/** The app's one elk, created on first use; null where workers are unavailable (the grid is used instead). */
export function sharedElk(): ElkLike | null {
  if (shared !== undefined) return shared;
  try {
    shared = typeof Worker === 'undefined' ? null : new ELK({ workerUrl: elkWorkerUrl });
  } catch {
    shared = null;
  }
  return shared;
}
