/**
 * Wires the store to the outside world once, at start-up: restores preferences and the workspace (from the
 * URL's `?scenario=`, else the last one used, else the default), sends debounced edits to the engine worker,
 * and autosaves every change.
 */
import { useAppStore } from './store.ts';
import { EngineClient } from './engineClient.ts';
import { loadPrefs, loadWorkspace, savePrefs, saveWorkspace } from './persistence.ts';
import { DEFAULT_SCENARIO, isScenarioId, scenarioById } from '../scenarios/index.ts';
import { pickLocale } from '../i18n/index.ts';
import { formatCtime } from '../util/ctime.ts';

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

export function bootstrap(): () => void {
  const store = useAppStore;
  const prefs = loadPrefs();
  const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  store.getState().setLocale(prefs.locale ?? pickLocale(navigator.languages ?? []));
  store.getState().setTheme(prefs.theme ?? (prefersDark ? 'dark' : 'light'));
  const fromUrl = new URLSearchParams(window.location.search).get('scenario');
  openScenario(fromUrl ?? prefs.scenarioId ?? DEFAULT_SCENARIO);

  const engine = new EngineClient({
    onWorking: (type) => {
      if (type === 'analyze') store.getState().setEngineStatus('working');
      else if (type === 'trace') store.getState().setTraceLoading(true);
      else store.getState().setNodeViewsLoading(true);
    },
    onResponse: (response) => {
      if (response.type === 'analyzed') store.getState().setAnalysis(response.analysis);
      else if (response.type === 'traced') store.getState().setTrace(response.trace);
      else store.getState().setNodeViews(response.node, response.views);
    },
    onTimeout: (type) => {
      if (type === 'analyze') store.getState().setEngineStatus('timeout');
      else if (type === 'trace') store.getState().setTraceLoading(false);
      else store.getState().setNodeViewsLoading(false);
    },
    onFailed: (type, detail) => {
      console.warn(`packetwalk engine failed (${type}):`, detail);
      if (type === 'analyze') store.getState().setEngineStatus('failed');
      else if (type === 'trace') store.getState().setTraceLoading(false);
      else store.getState().setNodeViewsLoading(false);
    },
  });
  const analyzeNow = () => engine.request({ type: 'analyze', files: store.getState().files });
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
