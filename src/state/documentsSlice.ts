import type { StateCreator } from 'zustand';
import type { SourceFile } from '../engine/manifest/types.ts';
import type { AppState } from './store.ts';

/** The user's manifests: one workspace per scenario, so switching scenarios never discards edits. */
export interface DocumentsSlice {
  readonly scenarioId: string;
  readonly files: readonly SourceFile[];
  readonly activeFile: string;
  /** Bumped to ask the editor to show a place (from a diagnostic click). */
  readonly reveal: {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly nonce: number;
  } | null;
  setText: (name: string, text: string) => void;
  /** Replace every file at once (a toolbar switch that edits the Cluster document). */
  replaceFiles: (files: readonly SourceFile[]) => void;
  setActiveFile: (name: string) => void;
  addFile: () => void;
  removeFile: (name: string) => void;
  openWorkspace: (scenarioId: string, files: readonly SourceFile[], activeFile?: string) => void;
  revealPosition: (file: string, line: number, column: number) => void;
}

function nextFileName(files: readonly SourceFile[]): string {
  for (let i = 1; ; i++) {
    const name = `untitled-${i}.yaml`;
    if (!files.some((f) => f.name === name)) return name;
  }
}

export const createDocumentsSlice: StateCreator<AppState, [], [], DocumentsSlice> = (set, get) => ({
  scenarioId: '',
  files: [],
  activeFile: '',
  reveal: null,
  setText: (name, text) =>
    set((s) => ({ files: s.files.map((f) => (f.name === name && f.text !== text ? { name, text } : f)) })),
  replaceFiles: (files) => set((s) => (files === s.files ? {} : { files })),
  setActiveFile: (name) => set({ activeFile: name }),
  addFile: () => {
    const name = nextFileName(get().files);
    set((s) => ({ files: [...s.files, { name, text: '' }], activeFile: name }));
  },
  removeFile: (name) =>
    set((s) => {
      const files = s.files.filter((f) => f.name !== name);
      const activeFile = s.activeFile === name ? (files[0]?.name ?? '') : s.activeFile;
      return { files, activeFile };
    }),
  openWorkspace: (scenarioId, files, activeFile) =>
    set({
      scenarioId,
      files,
      activeFile:
        activeFile && files.some((f) => f.name === activeFile) ? activeFile : (files[0]?.name ?? ''),
    }),
  revealPosition: (file, line, column) =>
    set((s) => ({ activeFile: file, reveal: { file, line, column, nonce: (s.reveal?.nonce ?? 0) + 1 } })),
});
