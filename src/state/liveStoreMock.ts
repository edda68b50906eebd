/**
 * For component tests that render to static HTML: server rendering reads a zustand store's initial state, so
 * this stands in for `store.ts` with a hook that reads the live state. Use it as
 * `vi.mock('…/state/store.ts', async (original) => (await import('…/state/liveStoreMock.ts')).liveStore(original))`.
 */
import type * as StoreModule from './store.ts';

export async function liveStore(
  importOriginal: () => Promise<typeof StoreModule>,
): Promise<typeof StoreModule> {
  const real = await importOriginal();
  const store = real.useAppStore;
  const hook = <T>(select: (s: ReturnType<typeof store.getState>) => T): T => select(store.getState());
  return { ...real, useAppStore: Object.assign(hook, store) as typeof store };
}
