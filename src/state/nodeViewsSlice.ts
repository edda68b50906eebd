import type { StateCreator } from 'zustand';
import type { NodeView, NodeViewKind } from '../engine/index.ts';
import type { AppState } from './store.ts';

/** The node panel: which node is open, which view tab, and the views the worker rendered for it. */
export interface NodeViewsSlice {
  readonly openNode: string | null;
  readonly nodeViewKind: NodeViewKind;
  readonly nodeViews: { readonly node: string; readonly views: readonly NodeView[] } | null;
  readonly nodeViewsLoading: boolean;
  showNode: (node: string | null) => void;
  setNodeViewKind: (kind: NodeViewKind) => void;
  setNodeViews: (node: string, views: readonly NodeView[]) => void;
  setNodeViewsLoading: (loading: boolean) => void;
}

export const createNodeViewsSlice: StateCreator<AppState, [], [], NodeViewsSlice> = (set) => ({
  openNode: null,
  nodeViewKind: 'iptables-save',
  nodeViews: null,
  nodeViewsLoading: false,
  showNode: (openNode) => set({ openNode }),
  setNodeViewKind: (nodeViewKind) => set({ nodeViewKind }),
  setNodeViews: (node, views) => set({ nodeViews: { node, views }, nodeViewsLoading: false }),
  setNodeViewsLoading: (nodeViewsLoading) => set({ nodeViewsLoading }),
});
