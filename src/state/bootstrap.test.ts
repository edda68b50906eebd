import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootstrap } from './bootstrap.ts';
import { useAppStore } from './store.ts';
import { createEngineHandler } from '../engine/worker.ts';
import type { EngineRequest, EngineResponse } from '../engine/protocol.ts';

/** The real engine handler behind a worker's interface, answering on the next turn as a worker would. */
class InProcessWorker {
  static requests: EngineRequest[] = [];
  private readonly handle = createEngineHandler();
  onmessage: ((event: MessageEvent<EngineResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(request: EngineRequest): void {
    InProcessWorker.requests.push(request);
    setTimeout(() => this.onmessage?.({ data: this.handle(request) } as MessageEvent<EngineResponse>), 0);
  }
  terminate(): void {}
}

const topologyNodes = () => Object.keys(useAppStore.getState().topology).sort();
const topologyRequests = () => InProcessWorker.requests.filter((r) => r.type === 'topology');

describe('bootstrap and the topology', () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    InProcessWorker.requests = [];
    vi.stubGlobal('window', {
      location: { search: '?scenario=cross-node-service' },
      matchMedia: () => ({ matches: false }),
      addEventListener: () => {},
      removeEventListener: () => {},
    });
    vi.stubGlobal('navigator', { languages: ['en'] });
    stop = bootstrap(() => new InProcessWorker() as unknown as Worker);
  });
  afterEach(() => {
    stop();
    vi.unstubAllGlobals();
  });

  it('draws every node after the first analysis, then replaces them when an edit removes one', async () => {
    await vi.waitFor(() => expect(topologyNodes()).toEqual(['master', 'worker-1', 'worker-2']), {
      timeout: 5000,
    });
    expect(useAppStore.getState().topologyOf).toBe(useAppStore.getState().lastGood);
    const flannel = useAppStore.getState().topology['worker-1']?.devices.find((d) => d.name === 'flannel.1');
    expect(flannel?.tunnel).toMatchObject({ vni: 1, port: 8472 });
    // The walk passes nodes already drawn: no second request.
    await vi.waitFor(() => expect(useAppStore.getState().trace).not.toBeNull(), { timeout: 5000 });
    expect(topologyRequests()).toHaveLength(1);

    const cluster = useAppStore.getState().files.find((f) => f.name === 'cluster.yaml');
    const without = cluster?.text.replace(/\s+- name: worker-2\n\s+ip: [\d.]+/, '') ?? '';
    useAppStore.getState().setText('cluster.yaml', without);
    await vi.waitFor(() => expect(topologyNodes()).toEqual(['master', 'worker-1']), { timeout: 5000 });
    const last = topologyRequests().at(-1);
    expect(last?.type === 'topology' && last.files.find((f) => f.name === 'cluster.yaml')?.text).toBe(
      without,
    );
  });

  it('keeps the last good topology while the manifests have errors', async () => {
    await vi.waitFor(() => expect(topologyNodes()).toHaveLength(3), { timeout: 5000 });
    const shown = useAppStore.getState().topology;
    useAppStore.getState().setText('cluster.yaml', 'kind: Cluster\nspec: [not, a, map');
    await vi.waitFor(
      () => expect(useAppStore.getState().analysis).not.toBe(useAppStore.getState().lastGood),
      {
        timeout: 5000,
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(useAppStore.getState().topology).toBe(shown);
  });
});
