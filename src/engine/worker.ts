/**
 * The Web Worker adapter: switch on the request, call the pure engine, post the result with its version.
 * It keeps the last analysis and its lazily built dataplane, so opening a node view or drawing the topology
 * after an edit does not redo the whole pipeline, and a topology reads the nodes a walk already built.
 * Timeouts are the host's job (it terminates and restarts this worker).
 */
import {
  analyze,
  clusterTopology,
  createDataplane,
  renderNodeViews,
  trace,
  type Analysis,
  type CachingDataplane,
} from './index.ts';
import type { SourceFile } from './manifest/types.ts';
import { exhaustive, type EngineRequest, type EngineResponse } from './protocol.ts';

interface Kept {
  readonly files: readonly SourceFile[];
  readonly analysis: Analysis;
  readonly dataplane: CachingDataplane;
}

function sameFiles(a: readonly SourceFile[], b: readonly SourceFile[]): boolean {
  return a.length === b.length && a.every((f, i) => f.name === b[i]?.name && f.text === b[i]?.text);
}

/**
 * The worker's request handler with its own cache of the last analysis: a function of the requests alone, so
 * the tests drive it in Node without a worker. Throws what the engine throws; the adapter reports it.
 */
export function createEngineHandler(): (request: EngineRequest) => EngineResponse {
  let last: Kept | null = null;
  const analysisOf = (files: readonly SourceFile[]): Kept => {
    if (last === null || !sameFiles(last.files, files)) {
      const analysis = analyze(files);
      last = { files, analysis, dataplane: createDataplane(analysis.cluster) };
    }
    return last;
  };
  return (request) => {
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
      case 'topology': {
        const { analysis, dataplane } = analysisOf(request.files);
        const nodes = clusterTopology(analysis.cluster, dataplane, request.nodes);
        return { type: 'topology', version: request.version, nodes };
      }
      default:
        return exhaustive(request);
    }
  };
}

// Only inside a worker: the tests import this module in Node, which has no worker scope.
if (typeof self !== 'undefined') {
  const handle = createEngineHandler();
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
}
