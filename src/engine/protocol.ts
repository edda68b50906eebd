/**
 * The messages between the UI and the engine worker. Each request carries a version; each response echoes it
 * so the UI can drop results that an edit has already made stale.
 */
import type { Analysis } from './index.ts';
import type { SourceFile } from './manifest/types.ts';

/** Analyse the manifests: load, and (as later stages land) build the cluster, the dataplane and the walk. */
export interface AnalyzeRequest {
  readonly type: 'analyze';
  readonly version: number;
  readonly files: readonly SourceFile[];
}

export type EngineRequest = AnalyzeRequest;

/** The analysis of the request with the same version. */
export interface AnalyzedResponse {
  readonly type: 'analyzed';
  readonly version: number;
  readonly analysis: Analysis;
}

/** The engine failed on this request; `detail` is for the console, the UI shows its own message. */
export interface FailedResponse {
  readonly type: 'failed';
  readonly version: number;
  readonly detail: string;
}

export type EngineResponse = AnalyzedResponse | FailedResponse;

export function exhaustive(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
