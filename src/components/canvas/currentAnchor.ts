/**
 * Where the packet is now, kept out of React Flow's node data: a step change then leaves the node and edge
 * arrays untouched (React Flow re-renders nothing), and only the drawn objects (and node groups) whose
 * "packet is here" mark flips re-render, through their own selector. The packet token reads it too.
 */
import { useLayoutEffect } from 'react';
import { create } from 'zustand';
import { useAppStore, type AppState } from '../../state/store.ts';
import { currentStep } from '../../state/walkSlice.ts';
import { anchorOf } from './onPath.ts';

interface CurrentAnchor {
  /** The drawn id the step on show sits at, if the canvas draws it. */
  readonly anchor: string | undefined;
  /** The Kubernetes node the step on show is in, if any (drawn or not). */
  readonly node: string | undefined;
  /** The cluster's external clients by address, as the anchor was resolved with (the token's waypoints too). */
  readonly externals: ReadonlyMap<string, string>;
}

export const useCurrentAnchor = create<CurrentAnchor>()(() => ({
  anchor: undefined,
  node: undefined,
  externals: new Map(),
}));

/** The drawn id of the app's current step. Pure. */
export function currentAnchorOf(
  s: Pick<AppState, 'trace' | 'step'>,
  drawn: ReadonlySet<string>,
  externals: ReadonlyMap<string, string>,
): string | undefined {
  const step = currentStep(s);
  return step === undefined ? undefined : anchorOf(step, drawn, externals);
}

/** Whether the packet sits at this drawn object now; re-renders its caller only when that flips. */
export function useIsCurrent(id: string): boolean {
  return useCurrentAnchor((s) => s.anchor === id);
}

/** Whether the step on show is in the node `name`; re-renders its caller only when that flips. */
export function useIsPacketInNode(name: string): boolean {
  return useCurrentAnchor((s) => s.node === name);
}

/**
 * Keeps the current anchor in step with the app store, synchronously in the same update as the step change
 * (a store subscription, not a render of the canvas).
 */
export function useCurrentAnchorSync(
  drawn: ReadonlySet<string>,
  externals: ReadonlyMap<string, string>,
): void {
  useLayoutEffect(() => {
    const sync = (s: AppState) => {
      const anchor = currentAnchorOf(s, drawn, externals);
      const node = currentStep(s)?.at.node;
      const was = useCurrentAnchor.getState();
      if (was.anchor !== anchor || was.node !== node || was.externals !== externals)
        useCurrentAnchor.setState({ anchor, node, externals });
    };
    sync(useAppStore.getState());
    return useAppStore.subscribe(sync);
  }, [drawn, externals]);
}
