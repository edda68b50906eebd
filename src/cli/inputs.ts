/**
 * The files named on the command line, read: directories walked recursively for manifests (`*.yaml`,
 * `*.yml`, `*.json`; hidden directories skipped), sorted by path so the output never depends on the file
 * system's order. A file named explicitly is read whatever its extension.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../engine/manifest/types.ts';
import { InputError } from './io.ts';

const MANIFEST = /\.(ya?ml|json)$/i;

function reason(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ERR_STRING_TOO_LONG':
      return 'file too large';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function readDirectory(dir: string, seen: Set<string>) {
  try {
    const real = realpathSync(dir);
    if (seen.has(real)) return [];
    seen.add(real);
    return readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new InputError(`cannot read ${dir}: ${reason(error)}`);
  }
}

/** Manifests under `dir`. Symbolic links are followed (each directory once); broken ones are skipped. */
function walk(dir: string, seen: Set<string>, out: string[]): void {
  for (const entry of readDirectory(dir, seen)) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const target = entry.isSymbolicLink() ? statSync(path, { throwIfNoEntry: false }) : entry;
    if (target === undefined) continue;
    if (target.isDirectory()) walk(path, seen, out);
    else if (target.isFile() && MANIFEST.test(entry.name)) out.push(path);
  }
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The manifest files `paths` name, in order: each argument's files in turn, a directory's sorted. */
export function listManifestFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    try {
      if (statSync(path).isDirectory()) {
        const found: string[] = [];
        walk(path, new Set(), found);
        files.push(...found.sort(byPath));
      } else {
        files.push(path);
      }
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(`cannot read ${path}: ${reason(error)}`);
    }
  }
  return [...new Set(files)];
}

export function readManifestFiles(paths: readonly string[]): SourceFile[] {
  return listManifestFiles(paths).map((name) => {
    try {
      return { name, text: readFileSync(name, 'utf8') };
    } catch (error) {
      throw new InputError(`cannot read ${name}: ${reason(error)}`);
    }
  });
}
