/**
 * Monaco, fully offline: the editor core and the YAML grammar from the local package, its workers bundled by
 * Vite, and monaco-yaml's language service configured with our own schema held in memory. Loaded only inside
 * the lazily imported editor chunk, so the first page stays small.
 */
import * as monaco from 'monaco-editor/esm/vs/editor/edcore.main.js';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
import { loader } from '@monaco-editor/react';
import { configureMonacoYaml, type MonacoYaml } from 'monaco-yaml';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import YamlWorker from './yaml.worker.ts?worker';
import { buildEditorSchema } from './schema/index.ts';
import type { Locale } from '../../i18n/index.ts';

window.MonacoEnvironment = {
  getWorker: (_workerId, label) => (label === 'yaml' ? new YamlWorker() : new EditorWorker()),
};

loader.config({ monaco });

/**
 * Monaco's own themes with the two colours that fail WCAG AA changed (axe-core, in the e2e suite): vs-dark's
 * YAML comments (#608b4e, 4.2:1 on #1e1e1e) become #72a35c (5.6:1). The dimmed number after the final
 * newline (1.8:1) is turned off in the editor options instead.
 */
export const EDITOR_THEMES = { light: 'packetwalk-light', dark: 'packetwalk-dark' } as const;
monaco.editor.defineTheme(EDITOR_THEMES.light, { base: 'vs', inherit: true, rules: [], colors: {} });
monaco.editor.defineTheme(EDITOR_THEMES.dark, {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'comment', foreground: '72a35c' }],
  colors: {},
});

let yaml: MonacoYaml | null = null;

/** (Re)configure the YAML language service; hover and completion texts follow the UI language. */
export function configureYaml(locale: Locale): void {
  const options = {
    enableSchemaRequest: false,
    hover: true,
    completion: true,
    validate: true,
    schemas: [
      {
        uri: 'inmemory://packetwalk/manifests.schema.json',
        fileMatch: ['*'],
        schema: buildEditorSchema(locale),
      },
    ],
  };
  if (yaml) yaml.update(options);
  else yaml = configureMonacoYaml(monaco, options);
}

export { monaco };
