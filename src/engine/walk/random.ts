/**
 * Seeded randomness for the walk: the kernel's `statistic` draws, source ports, IPVS and the cloud load
 * balancer's choices. The engine has no Math.random, so every choice comes from one pure-rand generator
 * seeded by `--seed`: the same seed gives the same walk.
 */
import { unsafeSkipN, unsafeUniformIntDistribution, xoroshiro128plus, type RandomGenerator } from 'pure-rand';

export interface Draws {
  /** A uniform draw in [0, 1). */
  unit(): number;
  /** A uniform integer in [min, max]. */
  int(min: number, max: number): number;
}

const SCALE = 2 ** 30;

export function createDraws(seed: number): Draws {
  // xoroshiro's first outputs for small neighbouring seeds are alike: mix the seed, then skip the warm-up.
  const base = Number.isFinite(seed) ? Math.trunc(seed) | 0 : 0;
  let mixed = Math.imul(base ^ (base >>> 16), 0x85ebca6b);
  mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
  const rng: RandomGenerator = xoroshiro128plus((mixed ^ (mixed >>> 16)) | 0);
  unsafeSkipN(rng, 16);
  return {
    unit: () => unsafeUniformIntDistribution(0, SCALE - 1, rng) / SCALE,
    int: (min, max) => (max <= min ? min : unsafeUniformIntDistribution(min, max, rng)),
  };
}
