// The editor core without bundled languages exposes the same API as the package root; only its path differs.
declare module 'monaco-editor/esm/vs/editor/edcore.main.js' {
  export * from 'monaco-editor';
}
