/**
 * Wires the store to the outside world once, at start-up: restores preferences and the workspace (from the
 * URL's `?scenario=`, else the last one used, else the default), sends debounced edits to the engine worker,
 * asks it for the topology of the nodes to draw after each good analysis and each walk, and autosaves every
 * change.
 */
import { useAppStore } from './store.ts';
import { defaultWorkerFactory, EngineClient, type WorkerFactory } from './engineClient.ts';
import { loadPrefs, loadWorkspace, savePrefs, saveWorkspace } from './persistence.ts';
import { DEFAULT_SCENARIO, isScenarioId, scenarioById } from '../scenarios/index.ts';
import { pickLocale } from '../i18n/index.ts';
import { formatCtime } from '../util/ctime.ts';
import { topologyToRequest } from './topologySlice.ts';
import type { Analysis, SourceFile } from '../engine/index.ts';
import { exhaustive, type EngineRequestType } from '../engine/protocol.ts';

export const EDIT_DEBOUNCE_MS = 200;
const SAVE_DEBOUNCE_MS = 300;

export function openScenario(id: string): void {
  const current = useAppStore.getState();
  // Save the outgoing workspace now: its debounced save would otherwise fire after the switch.
  if (current.scenarioId)
    saveWorkspace(current.scenarioId, { files: current.files, activeFile: current.activeFile });
  const scenarioId = isScenarioId(id) ? id : DEFAULT_SCENARIO;
  const saved = loadWorkspace(scenarioId);
  const files = saved?.files ?? scenarioById(scenarioId).files;
  useAppStore.getState().openWorkspace(scenarioId, files, saved?.activeFile);
  useAppStore.getState().setWalk(scenarioById(scenarioId).walk);
}

export function resetScenario(): void {
  const { scenarioId, openWorkspace } = useAppStore.getState();
  if (isScenarioId(scenarioId)) openWorkspace(scenarioId, scenarioById(scenarioId).files);
}

/** Start the app's wiring; `createWorker` lets tests run the engine in-process. Returns the teardown. */
export function bootstrap(createWorker: WorkerFactory = defaultWorkerFactory): () => void {
  const store = useAppStore;
  const prefs = loadPrefs();
  const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  store.getState().setLocale(prefs.locale ?? pickLocale(navigator.languages ?? []));
  store.getState().setTheme(prefs.theme ?? (prefersDark ? 'dark' : 'light'));
  const fromUrl = new URLSearchParams(window.location.search).get('scenario');
  openScenario(fromUrl ?? prefs.scenarioId ?? DEFAULT_SCENARIO);

  // The files each analysis was asked for, and the analysis each topology request was built from: a
  // topology is always asked for the last good analysis's own files, and kept only if that is still it.
  const analyzedFiles = new Map<number, readonly SourceFile[]>();
  const topologyFor = new Map<number, Analysis>();
  let goodFiles: readonly SourceFile[] | null = null;

  const loading = (type: EngineRequestType, on: boolean) => {
    const state = store.getState();
    switch (type) {
      case 'analyze':
        return;
      case 'trace':
        return state.setTraceLoading(on);
      case 'nodeViews':
        return state.setNodeViewsLoading(on);
      case 'topology':
        return;
      default:
        return exhaustive(type);
    }
  };
  const engine: EngineClient = new EngineClient(
    {
      onWorking: (type) => {
        if (type === 'analyze') store.getState().setEngineStatus('working');
        else loading(type, true);
      },
      onResponse: (response) => {
        switch (response.type) {
          case 'analyzed': {
            const files = analyzedFiles.get(response.version);
            analyzedFiles.clear();
            store.getState().setAnalysis(response.analysis);
            if (files !== undefined && store.getState().lastGood === response.analysis) {
              goodFiles = files;
              topologyNow();
            }
            return;
          }
          case 'traced':
            store.getState().setTrace(response.trace);
            topologyNow();
            return;
          case 'nodeViews':
            return store.getState().setNodeViews(response.node, response.views);
          case 'topology': {
            const of = topologyFor.get(response.version);
            for (const version of topologyFor.keys())
              if (version <= response.version) topologyFor.delete(version);
            if (of !== undefined) store.getState().setTopology(response.nodes, of);
            return;
          }
          default:
            return exhaustive(response);
        }
      },
      onTimeout: (type) => {
        if (type === 'analyze') store.getState().setEngineStatus('timeout');
        else loading(type, false);
      },
      onFailed: (type, detail) => {
        console.warn(`packetwalk engine failed (${type}):`, detail);
        if (type === 'analyze') store.getState().setEngineStatus('failed');
        else loading(type, false);
      },
    },
    createWorker,
  );
  const analyzeNow = () => {
    const { files } = store.getState();
    analyzedFiles.set(engine.request({ type: 'analyze', files }), files);
  };
  /** Ask for the devices of the nodes to draw that the topology on show lacks (after an analysis or a walk). */
  const topologyNow = () => {
    const state = store.getState();
    const nodes = topologyToRequest(state);
    if (state.lastGood === null || goodFiles === null || nodes.length === 0) return;
    topologyFor.set(engine.request({ type: 'topology', files: goodFiles, nodes }), state.lastGood);
  };
  const viewNodeNow = () => {
    const { openNode, files } = store.getState();
    if (openNode !== null)
      engine.request({ type: 'nodeViews', files, node: openNode, date: formatCtime(new Date()) });
  };
  const traceNow = () => {
    const { walkFrom, walkTo, walkProtocol, walkSeed, files } = store.getState();
    if (walkFrom.trim() === '' || walkTo.trim() === '') return;
    engine.request({
      type: 'trace',
      files,
      request: { from: walkFrom.trim(), to: walkTo.trim(), protocol: walkProtocol, seed: walkSeed },
    });
  };
  analyzeNow();
  traceNow();

  let editTimer: ReturnType<typeof setTimeout> | undefined;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let walkTimer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    const s = store.getState();
    store.getState().setSaveError(saveWorkspace(s.scenarioId, { files: s.files, activeFile: s.activeFile }));
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.files !== previous.files) {
      clearTimeout(editTimer);
      editTimer = setTimeout(() => {
        analyzeNow();
        traceNow();
        viewNodeNow();
      }, EDIT_DEBOUNCE_MS);
    }
    if (state.openNode !== previous.openNode) viewNodeNow();
    if (
      state.walkFrom !== previous.walkFrom ||
      state.walkTo !== previous.walkTo ||
      state.walkProtocol !== previous.walkProtocol
    ) {
      clearTimeout(walkTimer);
      walkTimer = setTimeout(traceNow, EDIT_DEBOUNCE_MS);
    }
    if (state.files !== previous.files || state.activeFile !== previous.activeFile) {
      clearTimeout(saveTimer);
      saveTimer = setTimeout(save, SAVE_DEBOUNCE_MS);
    }
    if (
      state.locale !== previous.locale ||
      state.theme !== previous.theme ||
      state.scenarioId !== previous.scenarioId
    ) {
      savePrefs({ locale: state.locale, theme: state.theme, scenarioId: state.scenarioId });
    }
  });
  // Whatever is still waiting for its debounce is written before the page goes away.
  const flush = () => {
    clearTimeout(saveTimer);
    save();
  };
  window.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', flush);
    engine.dispose();
  };
}
