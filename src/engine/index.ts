/**
 * The public engine API: pure functions from manifests to results. The app calls them through the worker, the
 * CLI and the tests call them directly.
 */
import { loadManifests } from './manifest/load.ts';
import type { LoadResult, SourceFile } from './manifest/types.ts';
import { buildCluster } from './cluster/build.ts';
import type { Cluster } from './cluster/types.ts';

export { loadManifests };
export type * from './manifest/types.ts';
export type * from './diagnostics.ts';
export { buildCluster };
export type * from './cluster/types.ts';

/** Everything one edit of the manifests produces; grows a field per stage (cluster, dataplane, trace). */
export interface Analysis {
  readonly load: LoadResult;
  readonly cluster: Cluster;
}

export function analyze(files: readonly SourceFile[]): Analysis {
  const load = loadManifests(files);
  return { load, cluster: buildCluster(load) };
}
