/**
 * The Web Worker adapter: switch on the request, call the pure engine, post the result with its version.
 * It keeps the last analysis and its lazily built dataplane, so opening a node view after an edit does not
 * redo the whole pipeline. Timeouts are the host's job (it terminates and restarts this worker).
 */
import {
  analyze,
  createDataplane,
  renderNodeViews,
  trace,
  type Analysis,
  type LazyDataplane,
} from './index.ts';
import type { SourceFile } from './manifest/types.ts';
import { exhaustive, type EngineRequest, type EngineResponse } from './protocol.ts';

let last: { files: readonly SourceFile[]; analysis: Analysis; dataplane: LazyDataplane } | null = null;

function sameFiles(a: readonly SourceFile[], b: readonly SourceFile[]): boolean {
  return a.length === b.length && a.every((f, i) => f.name === b[i]?.name && f.text === b[i]?.text);
}

function analysisOf(files: readonly SourceFile[]): NonNullable<typeof last> {
  if (last === null || !sameFiles(last.files, files)) {
    const analysis = analyze(files);
    last = { files, analysis, dataplane: createDataplane(analysis.cluster) };
  }
  return last;
}

function handle(request: EngineRequest): EngineResponse {
  switch (request.type) {
    case 'analyze':
      return { type: 'analyzed', version: request.version, analysis: analysisOf(request.files).analysis };
    case 'nodeViews': {
      const node = analysisOf(request.files).dataplane.node(request.node);
      const views = node === undefined ? [] : renderNodeViews(node, { date: request.date });
      return { type: 'nodeViews', version: request.version, node: request.node, views };
    }
    case 'trace': {
      const { analysis, dataplane } = analysisOf(request.files);
      return {
        type: 'traced',
        version: request.version,
        trace: trace(analysis.cluster, dataplane, request.request),
      };
    }
    default:
      return exhaustive(request);
  }
}

self.onmessage = (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  let response: EngineResponse;
  try {
    response = handle(request);
  } catch (error) {
    response = { type: 'failed', version: request.version, request: request.type, detail: String(error) };
  }
  postMessage(response);
};
