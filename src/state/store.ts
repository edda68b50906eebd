/**
 * The one application store, in slices: documents (the user's manifests), engine (results from the worker),
 * ui (language, theme), node views (the node panel), the walk and the topology the canvas draws. Actions sit beside their state and work without React:
 * `useAppStore.getState().setText(...)`.
 */
import { create } from 'zustand';
import { createDocumentsSlice, type DocumentsSlice } from './documentsSlice.ts';
import { createEngineSlice, type EngineSlice } from './engineSlice.ts';
import { createUiSlice, type UiSlice } from './uiSlice.ts';
import { createNodeViewsSlice, type NodeViewsSlice } from './nodeViewsSlice.ts';
import { createWalkSlice, type WalkSlice } from './walkSlice.ts';
import { createTopologySlice, type TopologySlice } from './topologySlice.ts';

export type AppState = DocumentsSlice & EngineSlice & UiSlice & NodeViewsSlice & WalkSlice & TopologySlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createDocumentsSlice(...a),
  ...createEngineSlice(...a),
  ...createUiSlice(...a),
  ...createNodeViewsSlice(...a),
  ...createWalkSlice(...a),
  ...createTopologySlice(...a),
}));
