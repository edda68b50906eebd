/**
 * The messages between the UI and the engine worker. Each request carries a version; each response echoes it
 * so the UI can drop results that a newer request has already made stale.
 */
import type { Analysis, NodeTopology, NodeView, Trace, TraceRequest } from './index.ts';
import type { SourceFile } from './manifest/types.ts';

/** Analyse the manifests: load them and build the cluster they describe. */
export interface AnalyzeRequest {
  readonly type: 'analyze';
  readonly version: number;
  readonly files: readonly SourceFile[];
}

/** Build one node's dataplane for these manifests and render its views (iptables-save, routes, ...). */
export interface NodeViewsRequest {
  readonly type: 'nodeViews';
  readonly version: number;
  readonly files: readonly SourceFile[];
  readonly node: string;
  /** The `ctime` date for iptables-save's header: the engine has no clock. */
  readonly date: string;
}

/** Walk one packet through these manifests' cluster. */
export interface TraceRequestMessage {
  readonly type: 'trace';
  readonly version: number;
  readonly files: readonly SourceFile[];
  readonly request: TraceRequest;
}

/** The devices of these nodes, as the canvas draws them (cheap: rules are not built for it). */
export interface TopologyRequest {
  readonly type: 'topology';
  readonly version: number;
  readonly files: readonly SourceFile[];
  /** Node names, in drawing order. */
  readonly nodes: readonly string[];
}

export type EngineRequest = AnalyzeRequest | NodeViewsRequest | TraceRequestMessage | TopologyRequest;
export type EngineRequestType = EngineRequest['type'];

/** The analysis of the request with the same version. */
export interface AnalyzedResponse {
  readonly type: 'analyzed';
  readonly version: number;
  readonly analysis: Analysis;
}

/** The node's views; empty when the cluster has no such node (any more). */
export interface NodeViewsResponse {
  readonly type: 'nodeViews';
  readonly version: number;
  readonly node: string;
  readonly views: readonly NodeView[];
}

/** The engine failed on this request; `detail` is for the console, the UI shows its own message. */
export interface FailedResponse {
  readonly type: 'failed';
  readonly version: number;
  readonly request: EngineRequestType;
  readonly detail: string;
}

/** The walk for the request with the same version. */
export interface TracedResponse {
  readonly type: 'traced';
  readonly version: number;
  readonly trace: Trace;
}

/** The requested nodes' topologies, in the order asked; nodes the cluster does not have are left out. */
export interface TopologyResponse {
  readonly type: 'topology';
  readonly version: number;
  readonly nodes: readonly NodeTopology[];
}

export type EngineResponse =
  AnalyzedResponse | NodeViewsResponse | TracedResponse | TopologyResponse | FailedResponse;

export function exhaustive(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
