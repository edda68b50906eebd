import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EngineClient, type EngineClientEvents } from './engineClient.ts';
import type { EngineRequest, EngineResponse } from '../engine/protocol.ts';
import { analyze } from '../engine/index.ts';

/** A worker double that records requests and answers only when the test says so. */
class FakeWorker {
  static instances: FakeWorker[] = [];
  readonly requests: EngineRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<EngineResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.instances.push(this);
  }
  postMessage(request: EngineRequest): void {
    this.requests.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(request: EngineRequest): void {
    const response: EngineResponse =
      request.type === 'analyze'
        ? { type: 'analyzed', version: request.version, analysis: analyze(request.files) }
        : request.type === 'nodeViews'
          ? { type: 'nodeViews', version: request.version, node: request.node, views: [] }
          : request.type === 'topology'
            ? { type: 'topology', version: request.version, nodes: [] }
            : {
                type: 'failed',
                version: request.version,
                request: 'trace',
                detail: 'not walked in this test',
              };
    this.onmessage?.({ data: response } as MessageEvent<EngineResponse>);
  }
}

function setup() {
  const events = {
    onWorking: vi.fn(),
    onResponse: vi.fn(),
    onTimeout: vi.fn(),
    onFailed: vi.fn(),
  } satisfies EngineClientEvents;
  const client = new EngineClient(events, () => new FakeWorker() as unknown as Worker, 2000);
  const worker = () => FakeWorker.instances.at(-1) as FakeWorker;
  return { events, client, worker };
}

const ask = (text: string) => ({ type: 'analyze', files: [{ name: 'a.yaml', text }] }) as const;

describe('EngineClient', () => {
  beforeEach(() => {
    FakeWorker.instances = [];
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('delivers the result of the newest request', () => {
    const { events, client, worker } = setup();
    client.request(ask('kind: Pod'));
    worker().answer(worker().requests[0] as EngineRequest);
    expect(events.onResponse).toHaveBeenCalledTimes(1);
  });

  it('keeps one request in flight and drops a result made stale by a newer edit', () => {
    const { events, client, worker } = setup();
    client.request(ask('first'));
    client.request(ask('second'));
    client.request(ask('third'));
    expect(worker().requests.map((r) => r.version)).toEqual([1]);
    worker().answer(worker().requests[0] as EngineRequest);
    expect(events.onResponse).not.toHaveBeenCalled();
    // Only the newest waiting request is sent next; the middle one is never computed.
    expect(worker().requests.map((r) => r.version)).toEqual([1, 3]);
    worker().answer(worker().requests[1] as EngineRequest);
    expect(events.onResponse).toHaveBeenCalledTimes(1);
  });

  it('terminates and restarts a worker that runs past the time limit, then serves the next edit', () => {
    const { events, client, worker } = setup();
    client.request(ask('slow'));
    const first = worker();
    vi.advanceTimersByTime(2001);
    expect(first.terminated).toBe(true);
    expect(events.onTimeout).toHaveBeenCalledTimes(1);
    const second = worker();
    expect(second).not.toBe(first);
    client.request(ask('fast'));
    second.answer(second.requests[0] as EngineRequest);
    expect(events.onResponse).toHaveBeenCalledTimes(1);
  });

  it('sends a waiting analysis before a node view, and answers each kind separately', () => {
    const { events, client, worker } = setup();
    client.request(ask('first'));
    client.request({ type: 'nodeViews', files: [], node: 'master', date: 'now' });
    client.request(ask('second'));
    worker().answer(worker().requests[0] as EngineRequest);
    expect(events.onResponse).not.toHaveBeenCalled();
    expect(worker().requests.map((r) => r.type)).toEqual(['analyze', 'analyze']);
    worker().answer(worker().requests[1] as EngineRequest);
    expect(worker().requests.map((r) => r.type)).toEqual(['analyze', 'analyze', 'nodeViews']);
    worker().answer(worker().requests[2] as EngineRequest);
    expect(events.onResponse.mock.calls.map(([r]) => (r as EngineResponse).type)).toEqual([
      'analyzed',
      'nodeViews',
    ]);
  });

  it('sends waiting requests in priority order: analysis, walk, topology, node view', () => {
    const { client, worker } = setup();
    client.request(ask('first'));
    client.request({ type: 'nodeViews', files: [], node: 'master', date: 'now' });
    client.request({ type: 'topology', files: [], nodes: ['master'] });
    client.request({
      type: 'trace',
      files: [],
      request: { from: 'client', to: 'web:80', protocol: 'tcp', seed: 1 },
    });
    client.request(ask('second'));
    for (let i = 0; i < 4; i++) worker().answer(worker().requests[i] as EngineRequest);
    expect(worker().requests.map((r) => r.type)).toEqual([
      'analyze',
      'analyze',
      'trace',
      'topology',
      'nodeViews',
    ]);
  });

  it('returns the version its response will carry, and delivers a topology once no newer one waits', () => {
    const { events, client, worker } = setup();
    const first = client.request({ type: 'topology', files: [], nodes: ['master'] });
    const second = client.request({ type: 'topology', files: [], nodes: ['master', 'worker-1'] });
    expect(second).toBeGreaterThan(first);
    worker().answer(worker().requests[0] as EngineRequest);
    expect(events.onResponse).not.toHaveBeenCalled();
    worker().answer(worker().requests[1] as EngineRequest);
    expect(events.onResponse.mock.calls.map(([r]) => (r as EngineResponse).version)).toEqual([second]);
    expect(worker().requests.map((r) => (r.type === 'topology' ? r.nodes : []))).toEqual([
      ['master'],
      ['master', 'worker-1'],
    ]);
  });

  it('ignores a late answer from a request that already timed out', () => {
    const { events, client, worker } = setup();
    client.request(ask('slow'));
    const first = worker();
    vi.advanceTimersByTime(2001);
    first.answer(first.requests[0] as EngineRequest);
    expect(events.onResponse).not.toHaveBeenCalled();
  });
});
