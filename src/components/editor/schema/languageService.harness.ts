/**
 * Test harness: the real yaml-language-server that monaco-yaml runs in its web worker, loaded in Node so tests
 * can check what the editor will actually show (markers, hover, completion) for our schema, not just what ajv
 * thinks of it. Test-only: the app never imports this file.
 *
 * monaco-yaml ships the language server as one ES module (`yaml.worker.js`) whose only browser dependency is
 * `monaco-worker-manager/worker`. We copy it to a temporary file with that import replaced by a stub that hands
 * us the worker factory, and every other import pinned to the file Node resolves it to from here.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { JSONSchema } from './types.ts';

interface LspPosition {
  readonly line: number;
  readonly character: number;
}
export interface LspDiagnostic {
  readonly message: string;
  readonly severity?: number;
  readonly range: { readonly start: LspPosition; readonly end: LspPosition };
}
interface LspHover {
  readonly contents: { readonly value: string } | string;
}
interface LspCompletionList {
  readonly items: readonly { readonly label: string }[];
}
interface WorkerApi {
  doValidation(uri: string): Promise<LspDiagnostic[]>;
  doHover(uri: string, position: LspPosition): Promise<LspHover | null>;
  doComplete(uri: string, position: LspPosition): Promise<LspCompletionList>;
}
type WorkerFactory = (ctx: unknown, createData: Record<string, unknown>) => WorkerApi;

/** Whether a resolved file is CommonJS: Node then only offers it as a default import. */
function isCommonJs(file: string): boolean {
  if (file.endsWith('.mjs')) return false;
  if (file.endsWith('.cjs')) return true;
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg))
      return (JSON.parse(readFileSync(pkg, 'utf8')) as { type?: string }).type !== 'module';
  }
  return true;
}

let counter = 0;

function rewriteImport(statement: string, clause: string, spec: string): string {
  const url = import.meta.resolve(spec);
  if (!isCommonJs(fileURLToPath(url))) return statement.replace(`"${spec}"`, JSON.stringify(url));
  const star = /^\*\s+as\s+(\w+)$/.exec(clause.trim());
  if (star) return `import ${star[1]} from ${JSON.stringify(url)};`;
  const named = /^\{([^}]*)\}$/.exec(clause.trim());
  if (!named?.[1]) return `import ${clause} from ${JSON.stringify(url)};`;
  const local = `__cjs${counter++}`;
  const fields = named[1]
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => part.replace(/\s+as\s+/, ': '));
  return `import ${local} from ${JSON.stringify(url)}; const { ${fields.join(', ')} } = ${local};`;
}

let factory: Promise<WorkerFactory> | undefined;

function loadFactory(): Promise<WorkerFactory> {
  factory ??= (async () => {
    const workerFile = fileURLToPath(import.meta.resolve('monaco-yaml/yaml.worker.js'));
    const source = readFileSync(workerFile, 'utf8')
      .replace(
        'import { initialize } from "monaco-worker-manager/worker";',
        'const initialize = (fn) => { globalThis.__packetwalkYamlWorker = fn; };',
      )
      .replace(/^import\s+(.+?)\s+from\s+"([^"./][^"]*)";$/gm, (statement, clause: string, spec: string) =>
        rewriteImport(statement, clause, spec),
      )
      .replace(/^\/\/# sourceMappingURL=.*$/m, '');
    const dir = mkdtempSync(join(tmpdir(), 'packetwalk-yls-'));
    const file = join(dir, 'yaml.worker.mjs');
    writeFileSync(file, source);
    try {
      await import(/* @vite-ignore */ pathToFileURL(file).href);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const created = (globalThis as { __packetwalkYamlWorker?: WorkerFactory }).__packetwalkYamlWorker;
    if (!created) throw new Error('yaml.worker.js did not register its worker factory');
    return created;
  })();
  return factory;
}

export interface YamlLanguageService {
  validate(text: string): Promise<LspDiagnostic[]>;
  /** The markdown hover at a 0-based line and character, or '' when there is none. */
  hover(text: string, line: number, character: number): Promise<string>;
  completionLabels(text: string, line: number, character: number): Promise<string[]>;
}

/** A language service configured as monacoSetup.ts configures monaco-yaml: one in-memory schema for every file. */
export async function createYamlLanguageService(schema: JSONSchema): Promise<YamlLanguageService> {
  const create = await loadFactory();
  let current = { uri: 'file:///manifests.yaml', version: 0, text: '' };
  const ctx = {
    getMirrorModels: () => [{ uri: current.uri, version: current.version, getValue: () => current.text }],
  };
  const worker = create(ctx, {
    enableSchemaRequest: false,
    completion: true,
    hover: true,
    validate: true,
    isKubernetes: false,
    customTags: [],
    yamlVersion: '1.2',
    schemas: [{ uri: 'inmemory://packetwalk/manifests.schema.json', fileMatch: ['*'], schema }],
  });
  const open = (text: string) => {
    current = { uri: `file:///manifests-${current.version + 1}.yaml`, version: current.version + 1, text };
    return current.uri;
  };
  return {
    validate: (text) => worker.doValidation(open(text)),
    hover: async (text, line, character) => {
      const result = await worker.doHover(open(text), { line, character });
      if (!result) return '';
      return typeof result.contents === 'string' ? result.contents : result.contents.value;
    },
    completionLabels: async (text, line, character) =>
      (await worker.doComplete(open(text), { line, character })).items.map((item) => item.label),
  };
}
