/**
 * The UI side of the engine worker. Sends the newest manifests, at most one request in flight (a newer edit
 * waits and replaces any older waiting one), drops responses whose version is stale, and terminates and
 * restarts a worker that runs past the time limit, so a pathological input can never freeze the tab.
 */
import type { EngineRequest, EngineResponse } from '../engine/protocol.ts';
import type { Analysis } from '../engine/index.ts';
import type { SourceFile } from '../engine/manifest/types.ts';

export const ENGINE_TIME_LIMIT_MS = 2000;

export interface EngineClientEvents {
  onWorking: () => void;
  onResult: (analysis: Analysis) => void;
  onTimeout: () => void;
  onFailed: (detail: string) => void;
}

export type WorkerFactory = () => Worker;

export function defaultWorkerFactory(): Worker {
  return new Worker(new URL('../engine/worker.ts', import.meta.url), {
    type: 'module',
    name: 'packetwalk-engine',
  });
}

export class EngineClient {
  private worker: Worker;
  private version = 0;
  private inFlight: number | null = null;
  private waiting: EngineRequest | null = null;
  private watchdog: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly events: EngineClientEvents,
    private readonly createWorker: WorkerFactory = defaultWorkerFactory,
    private readonly timeLimitMs = ENGINE_TIME_LIMIT_MS,
  ) {
    this.worker = this.spawn();
  }

  analyze(files: readonly SourceFile[]): void {
    this.version += 1;
    this.waiting = { type: 'analyze', version: this.version, files };
    this.events.onWorking();
    this.pump();
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
      this.restart();
      this.events.onFailed(event.message);
    };
    return worker;
  }

  private pump(): void {
    if (this.inFlight !== null || this.waiting === null) return;
    const request = this.waiting;
    this.waiting = null;
    this.inFlight = request.version;
    this.worker.postMessage(request);
    this.watchdog = setTimeout(() => {
      this.restart();
      this.events.onTimeout();
    }, this.timeLimitMs);
  }

  private receive(response: EngineResponse): void {
    if (response.version !== this.inFlight) return;
    this.clearWatchdog();
    this.inFlight = null;
    // A newer edit is already waiting: this result is stale, skip showing it.
    const stale = this.waiting !== null;
    if (!stale) {
      if (response.type === 'analyzed') this.events.onResult(response.analysis);
      else this.events.onFailed(response.detail);
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
