/**
 * The Web Worker adapter: switch on the request, call the pure engine, post the result with its version.
 * Nothing else lives here; timeouts are the host's job (it terminates and restarts this worker).
 */
import { analyze } from './index.ts';
import { exhaustive, type EngineRequest, type EngineResponse } from './protocol.ts';

function handle(request: EngineRequest): EngineResponse {
  switch (request.type) {
    case 'analyze':
      return { type: 'analyzed', version: request.version, analysis: analyze(request.files) };
    default:
      return exhaustive(request.type);
  }
}

self.onmessage = (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  let response: EngineResponse;
  try {
    response = handle(request);
  } catch (error) {
    response = { type: 'failed', version: request.version, detail: String(error) };
  }
  postMessage(response);
};
