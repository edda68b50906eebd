/**
 * Test harness: the manifests the schema tests run against. Our own fixtures always; the real-world manifests in
 * `../shared/realworld` (beside the repository) when that folder is there.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

export interface ManifestFile {
  readonly name: string;
  readonly text: string;
}

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
/** `/work/main/src/components/editor/schema/` -> `/work/shared/realworld/`. */
export const REAL_WORLD = fileURLToPath(new URL('../../../../../shared/realworld/', import.meta.url));

function yamlFilesUnder(root: string): ManifestFile[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.ya?ml$/.test(path))
    .sort()
    .map((path) => ({
      name: relative(root, join(root, path)),
      text: readFileSync(join(root, path), 'utf8'),
    }));
}

export function ownFixtures(): ManifestFile[] {
  return yamlFilesUnder(FIXTURES);
}

export function realWorldManifests(): ManifestFile[] {
  return yamlFilesUnder(REAL_WORLD);
}

/** Every non-empty document of a file as plain data; a YAML syntax error fails loudly rather than skipping. */
export function documentsOf(file: ManifestFile): unknown[] {
  return parseAllDocuments(file.text)
    .map((doc, index) => {
      if (doc.errors.length > 0) throw new Error(`${file.name} document ${index}: ${doc.errors[0]?.message}`);
      return doc.toJS() as unknown;
    })
    .filter((data) => data !== null && data !== undefined);
}
