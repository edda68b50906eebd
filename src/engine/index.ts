/**
 * The public engine API: pure functions from manifests to results. The app calls them through the worker, the
 * CLI and the tests call them directly.
 */
import { loadManifests } from './manifest/load.ts';
import type { LoadResult, SourceFile } from './manifest/types.ts';
import { buildCluster } from './cluster/build.ts';
import type { Cluster } from './cluster/types.ts';
import { compareDiagnostics, type Diagnostic } from './diagnostics.ts';

export { loadManifests };
export type * from './manifest/types.ts';
export type * from './diagnostics.ts';
export { buildCluster };
export type * from './cluster/types.ts';
export {
  trace,
  traceSession,
  traceInSession,
  emptySessionState,
  formatTraceText,
  traceJson,
  parseSource,
  parseTarget,
  type SessionTrace,
  type NodeSessionState,
  type WalkSessionState,
} from './walk/index.ts';
export type * from './walk/types.ts';
export * from './dns/index.ts';
export * from './ingress/index.ts';
export * from './reach/index.ts';
export {
  buildDataplane,
  createDataplane,
  renderNodeViews,
  nodeViewText,
  NODE_VIEW_KINDS,
  type LazyDataplane,
  type NodeView,
  type NodeViewKind,
  type NodeViewLine,
} from './dataplane/index.ts';
export type { CachingDataplane, NetnsDevices, NodeDevices } from './dataplane/build.ts';
export * from './topology/index.ts';

/**
 * What one edit of the manifests produces. The dataplane is not part of it: it is built per node, on demand
 * (`createDataplane`), because every node holds rules for every Service.
 */
export interface Analysis {
  readonly load: LoadResult;
  readonly cluster: Cluster;
  /** Every stage's diagnostics, sorted by place: what the editor marks and `packetwalk check` prints. */
  readonly diagnostics: readonly Diagnostic[];
}

export function analyze(files: readonly SourceFile[]): Analysis {
  const load = loadManifests(files);
  const cluster = buildCluster(load);
  const diagnostics = [...load.diagnostics, ...cluster.diagnostics].sort(compareDiagnostics);
  return { load, cluster, diagnostics };
}
