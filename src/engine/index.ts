/**
 * The public engine API: pure functions from manifests to results. The app calls them through the worker, the
 * CLI and the tests call them directly.
 */
import { loadManifests } from './manifest/load.ts';
import type { LoadResult, SourceFile } from './manifest/types.ts';

export { loadManifests };
export type * from './manifest/types.ts';
export type * from './diagnostics.ts';

/** Everything one edit of the manifests produces; grows a field per stage (cluster, dataplane, trace). */
export interface Analysis {
  readonly load: LoadResult;
}

export function analyze(files: readonly SourceFile[]): Analysis {
  return { load: loadManifests(files) };
}
