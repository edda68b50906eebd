#!/usr/bin/env node
/**
 * Bundle the command line (src/cli/main.ts and the engine under it) into dist-cli/packetwalk.mjs: one ESM
 * file for Node 20 with every dependency inside. `bin/packetwalk` calls {@link buildCli} when the bundle is
 * missing or older than the sources; `npm run build:cli` runs this file directly.
 */
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const bundlePath = join(root, 'dist-cli', 'packetwalk.mjs');

/**
 * Resolve `yaml` to its browser build, the one the app's worker runs. yaml's Node build reads
 * `process.env.LOG_TOKENS` once per token, a slow lookup in Node that makes parsing markedly slower, and the
 * two builds are otherwise the same code.
 */
export const yamlBrowserBuild = {
  name: 'yaml-browser-build',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, (args) => {
      const require = createRequire(join(args.resolveDir || root, 'index.js'));
      return { path: join(dirname(require.resolve('yaml/package.json')), 'browser', 'index.js') };
    });
  },
};

/** CommonJS dependencies bundled into ESM still call `require` for Node built-ins. */
export const requireShim =
  "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

/**
 * Import an engine module (TypeScript under src/) into a Node script, bundled the way the CLI is: for the
 * benchmark scripts, which time the same code the app's worker and the CLI run.
 */
export async function importEngineModule(relativePath) {
  const dir = mkdtempSync(join(tmpdir(), 'packetwalk-bundle-'));
  const outfile = join(dir, 'module.mjs');
  try {
    await build({
      entryPoints: [join(root, relativePath)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'error',
      banner: { js: requireShim },
      plugins: [yamlBrowserBuild],
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Build the bundle. It is written next to its final place and renamed over it, so a CLI started while
 * another one rebuilds never imports half a file. Throws esbuild's error when the build fails.
 */
export async function buildCli({ quiet = false } = {}) {
  const result = await build({
    entryPoints: [join(root, 'src', 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    outfile: bundlePath,
    banner: { js: requireShim },
    plugins: [yamlBrowserBuild],
    legalComments: 'none',
    logLevel: quiet ? 'silent' : 'warning',
  });
  const [output] = result.outputFiles;
  mkdirSync(dirname(bundlePath), { recursive: true });
  const temporary = `${bundlePath}.${process.pid}.tmp`;
  writeFileSync(temporary, output.contents);
  renameSync(temporary, bundlePath);
  return bundlePath;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const out = await buildCli();
    console.log(`built ${out}`);
  } catch {
    // esbuild has already printed what went wrong.
    process.exitCode = 1;
  }
}
