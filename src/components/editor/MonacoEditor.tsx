/**
 * The Monaco editor itself, in its own chunk (imported with React.lazy). One Monaco model per manifest file;
 * engine diagnostics become markers at their line and column.
 */
import { useEffect, useRef } from 'react';
import Editor, { type OnMount } from '@monaco-editor/react';
import { monaco, configureYaml, EDITOR_THEMES } from './monacoSetup.ts';
import { useAppStore } from '../../state/store.ts';
import { translate } from '../../i18n/index.ts';
import type { Severity } from '../../engine/diagnostics.ts';

type Editor = Parameters<OnMount>[0];

const MARKER_OWNER = 'packetwalk';
export const modelPath = (file: string) => `file:///workspace/${encodeURIComponent(file)}`;

function markerSeverity(severity: Severity): monaco.MarkerSeverity {
  switch (severity) {
    case 'error':
      return monaco.MarkerSeverity.Error;
    case 'warning':
      return monaco.MarkerSeverity.Warning;
    case 'info':
      return monaco.MarkerSeverity.Info;
  }
}

export default function MonacoEditor() {
  const files = useAppStore((s) => s.files);
  const activeFile = useAppStore((s) => s.activeFile);
  const theme = useAppStore((s) => s.theme);
  const locale = useAppStore((s) => s.locale);
  const analysis = useAppStore((s) => s.analysis);
  const reveal = useAppStore((s) => s.reveal);
  const setText = useAppStore((s) => s.setText);
  const editorRef = useRef<Editor | null>(null);
  const active = files.find((f) => f.name === activeFile);

  useEffect(() => configureYaml(locale), [locale]);

  // Engine diagnostics as markers, on every model (open tabs and background ones).
  useEffect(() => {
    for (const model of monaco.editor.getModels()) {
      const diagnostics = analysis?.diagnostics ?? [];
      const markers = diagnostics
        .filter((d) => modelPath(d.file) === model.uri.toString())
        .map((d) => ({
          severity: markerSeverity(d.severity),
          message: `${d.code} ${translate(locale, `diag.${d.code}`, d.params)}`,
          startLineNumber: d.line,
          startColumn: d.column,
          endLineNumber: d.endLine,
          endColumn: Math.max(d.endColumn, d.endLine === d.line ? d.column + 1 : d.endColumn),
          source: 'packetwalk',
        }));
      monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
    }
  }, [analysis, locale, activeFile]);

  // Models of files that no longer exist are disposed so they stop holding text and markers.
  useEffect(() => {
    const live = new Set(files.map((f) => modelPath(f.name)));
    for (const model of monaco.editor.getModels()) {
      if (model.uri.scheme === 'file' && !live.has(model.uri.toString())) model.dispose();
    }
  }, [files]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || !reveal || reveal.file !== activeFile) return;
    editor.revealLineInCenter(reveal.line);
    editor.setPosition({ lineNumber: reveal.line, column: reveal.column });
    editor.focus();
  }, [reveal, activeFile]);

  if (!active) return null;
  return (
    <Editor
      path={modelPath(active.name)}
      language="yaml"
      value={active.text}
      theme={EDITOR_THEMES[theme]}
      onChange={(value) => setText(active.name, value ?? '')}
      onMount={(editor) => {
        editorRef.current = editor;
      }}
      options={{
        minimap: { enabled: false },
        fontSize: 13,
        tabSize: 2,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        wordWrap: 'off',
        renderWhitespace: 'boundary',
        renderFinalNewline: 'on',
        quickSuggestions: { other: true, comments: false, strings: true },
        ariaLabel: translate(locale, 'editor.region'),
      }}
    />
  );
}
