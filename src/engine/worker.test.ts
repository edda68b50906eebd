import { describe, expect, it } from 'vitest';
import { createEngineHandler } from './worker.ts';
import { scenarioById } from '../scenarios/index.ts';
import type { EngineResponse } from './protocol.ts';

const files = scenarioById('cross-node-service').files;

function topologyNodes(response: EngineResponse) {
  if (response.type !== 'topology') throw new Error(`expected a topology, got ${response.type}`);
  return response.nodes;
}

describe('the worker handler', () => {
  it('answers a topology request with the nodes the cluster has, echoing the version', () => {
    const handle = createEngineHandler();
    const response = handle({
      type: 'topology',
      version: 7,
      files,
      nodes: ['worker-2', 'removed', 'master'],
    });
    expect(response.version).toBe(7);
    expect(topologyNodes(response).map((n) => n.node)).toEqual(['worker-2', 'master']);
  });

  it('draws the same devices before and after a walk built the nodes it passed', () => {
    const handle = createEngineHandler();
    const ask = { type: 'topology', files, nodes: ['master', 'worker-1', 'worker-2'] } as const;
    const before = topologyNodes(handle({ ...ask, version: 1 }));
    const walked = handle({
      type: 'trace',
      version: 2,
      files,
      request: { from: 'client', to: 'web:80', protocol: 'tcp', seed: 1 },
    });
    expect(walked.type === 'traced' && walked.trace.verdict).toBe('delivered');
    expect(topologyNodes(handle({ ...ask, version: 3 }))).toEqual(before);
  });

  it('answers for the files it is given, not for the last analysis', () => {
    const handle = createEngineHandler();
    handle({ type: 'analyze', version: 1, files });
    const twoNodes = files.map((f) =>
      f.name === 'cluster.yaml'
        ? { ...f, text: f.text.replace(/\s+- name: worker-2\n\s+ip: [\d.]+/, '') }
        : f,
    );
    const response = handle({
      type: 'topology',
      version: 2,
      files: twoNodes,
      nodes: ['worker-1', 'worker-2'],
    });
    expect(topologyNodes(response).map((n) => n.node)).toEqual(['worker-1']);
  });
});
