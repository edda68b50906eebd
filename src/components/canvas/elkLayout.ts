/**
 * The async half of the layout: every detailed node group's inside through elk, then {@link arrange}. elk
 * runs in its own Web Worker in the app (elkWorker.ts) and in-process in the unit tests; either way it is
 * handed in, so this module never touches a worker itself. Insides already laid out are reused, so an edit
 * that changes one node re-lays out only that node.
 */
import type { ELK } from 'elkjs/lib/elk-api';
import type { CanvasModel } from './model.ts';
import {
  arrange,
  elkGraphOf,
  gridLayout,
  innerFromElk,
  type Arrangement,
  type InnerLayout,
} from './layoutPlan.ts';

/** What this module needs of elk: `layout` (the worker-backed `ELK` and elk.bundled.js both have it). */
export type ElkLike = Pick<ELK, 'layout'>;

const CACHE_LIMIT = 256;

/** Inner layouts by their elk graph's text: the same inside gets the same positions without asking elk. */
export class InnerLayoutCache {
  private readonly entries = new Map<string, InnerLayout>();

  get(key: string): InnerLayout | undefined {
    return this.entries.get(key);
  }

  set(key: string, layout: InnerLayout): void {
    if (this.entries.size >= CACHE_LIMIT) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, layout);
  }
}

/**
 * Lay out a whole canvas. With `elk` null (no worker), or for any group elk fails on, the group falls back to
 * the grid: the canvas is never blank and nothing is logged as an error.
 */
export async function layoutModel(
  model: CanvasModel,
  elk: ElkLike | null,
  cache: InnerLayoutCache = new InnerLayoutCache(),
): Promise<Arrangement> {
  const inner = new Map<string, InnerLayout>();
  await Promise.all(
    model.nodes
      .filter((box) => box.detailed)
      .map(async (box) => {
        const graph = elkGraphOf(box);
        const key = JSON.stringify(graph);
        const cached = cache.get(key);
        if (cached) {
          inner.set(box.id, cached);
          return;
        }
        if (elk === null) {
          inner.set(box.id, gridLayout(box));
          return;
        }
        try {
          const laid = innerFromElk(box, await elk.layout(graph));
          cache.set(key, laid);
          inner.set(box.id, laid);
        } catch {
          inner.set(box.id, gridLayout(box));
        }
      }),
  );
  return arrange(model, inner);
}
