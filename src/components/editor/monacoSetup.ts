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
