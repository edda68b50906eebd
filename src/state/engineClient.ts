/**
 * The UI side of the engine worker. At most one request is in flight; for each kind of request only the newest
 * waits (an edit replaces an older waiting edit), analyses go first, responses whose version is stale are
 * dropped, and a worker that runs past the time limit is terminated and restarted, so a pathological input can
 * never freeze the tab.
 */
import type { EngineRequest, EngineRequestType, EngineResponse, FailedResponse } from '../engine/protocol.ts';

export const ENGINE_TIME_LIMIT_MS = 2000;

/** A request before the client numbers it. */
export type EngineAsk = EngineRequest extends infer R
  ? R extends EngineRequest
    ? Omit<R, 'version'>
    : never
  : never;

export interface EngineClientEvents {
  onWorking: (type: EngineRequestType) => void;
  onResponse: (response: Exclude<EngineResponse, FailedResponse>) => void;
  onTimeout: (type: EngineRequestType) => void;
  onFailed: (type: EngineRequestType, detail: string) => void;
}

export type WorkerFactory = () => Worker;

export function defaultWorkerFactory(): Worker {
  return new Worker(new URL('../engine/worker.ts', import.meta.url), {
    type: 'module',
    name: 'packetwalk-engine',
  });
}

/**
 * Analyses first (walks and views are only meaningful for the manifests now in the editor), then the walk,
 * then the topology the canvas draws it on (cheap, and it reuses the nodes the walk built), then node views.
 */
export const PRIORITY: readonly EngineRequestType[] = ['analyze', 'trace', 'topology', 'nodeViews'];

export class EngineClient {
  private worker: Worker;
  private version = 0;
  private inFlight: { readonly version: number; readonly type: EngineRequestType } | null = null;
  private readonly waiting = new Map<EngineRequestType, EngineRequest>();
  private watchdog: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly events: EngineClientEvents,
    private readonly createWorker: WorkerFactory = defaultWorkerFactory,
    private readonly timeLimitMs = ENGINE_TIME_LIMIT_MS,
  ) {
    this.worker = this.spawn();
  }

  /** Queue a request; returns the version its response will carry. */
  request(ask: EngineAsk): number {
    this.version += 1;
    const request = { ...ask, version: this.version } as EngineRequest;
    this.waiting.set(request.type, request);
    this.events.onWorking(request.type);
    this.pump();
    return request.version;
  }

  dispose(): void {
    this.clearWatchdog();
    this.worker.terminate();
  }

  private spawn(): Worker {
    const worker = this.createWorker();
    worker.onmessage = (event: MessageEvent<EngineResponse>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      const type = this.inFlight?.type ?? 'analyze';
      this.restart();
      this.events.onFailed(type, event.message);
    };
    return worker;
  }

  private pump(): void {
    if (this.inFlight !== null) return;
    const type = PRIORITY.find((t) => this.waiting.has(t));
    const request = type === undefined ? undefined : this.waiting.get(type);
    if (type === undefined || request === undefined) return;
    this.waiting.delete(type);
    this.inFlight = { version: request.version, type };
    this.worker.postMessage(request);
    this.watchdog = setTimeout(() => {
      this.restart();
      this.events.onTimeout(type);
    }, this.timeLimitMs);
  }

  private receive(response: EngineResponse): void {
    const inFlight = this.inFlight;
    if (inFlight === null || response.version !== inFlight.version) return;
    this.clearWatchdog();
    this.inFlight = null;
    // A newer request of the same kind is already waiting: this result is stale, skip showing it.
    if (!this.waiting.has(inFlight.type)) {
      if (response.type === 'failed') this.events.onFailed(response.request, response.detail);
      else this.events.onResponse(response);
    }
    this.pump();
  }

  private restart(): void {
    this.clearWatchdog();
    this.inFlight = null;
    this.worker.terminate();
    this.worker = this.spawn();
    this.pump();
  }

  private clearWatchdog(): void {
    if (this.watchdog !== null) clearTimeout(this.watchdog);
    this.watchdog = null;
  }
}
