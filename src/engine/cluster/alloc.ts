/**
 * Deterministic stand-ins for the API server's random allocators (Service ClusterIPs, NodePorts). Like the
 * real ones since Kubernetes 1.27/1.29, dynamic allocation prefers the upper part of the range and leaves
 * the lower band for static picks (`calculateRangeOffset`); where the real allocator draws a random
 * offset, we start at a hash of the object's identity and probe upward, so adding one Service never moves
 * another's IP.
 */
import { hash32 } from './hash.ts';

/**
 * `calculateRangeOffset`: `min(max(min, size/step), max)`, and 0 for a range no bigger than `min`.
 * ClusterIPs use min 16, max 256, step 16; NodePorts min 16, max 128, step 32.
 */
export function staticBandSize(size: number, min: number, max: number, step: number): number {
  if (size <= min) return 0;
  return Math.min(Math.max(min, Math.floor(size / step)), max);
}

/**
 * The first free slot in `[0, size)`: probing the dynamic band `[band, size)` from a hashed start, then
 * the static band `[0, band)` in order. Undefined when every slot is taken.
 */
export function pickSlot(
  key: string,
  size: number,
  band: number,
  isFree: (slot: number) => boolean,
): number | undefined {
  const span = size - band;
  if (span > 0) {
    const start = hash32(key) % span;
    for (let k = 0; k < span; k++) {
      const slot = band + ((start + k) % span);
      if (isFree(slot)) return slot;
    }
  }
  for (let slot = 0; slot < Math.min(band, size); slot++) if (isFree(slot)) return slot;
  return undefined;
}
