/**
 * `statistic --mode random` probabilities, from kube-proxy's string to the kernel's integer and back to what
 * iptables-save shows (REFERENCE.md §1.5, iptables `libxt_statistic.c`, kernel `xt_statistic.c`).
 */
import { formatFixed } from './decimal.ts';

/** 2^31: the kernel compares a 31-bit random number with `probability * 2^31`. */
const SCALE = 0x80000000;

/**
 * The probability kube-proxy writes for the i-th of n remaining endpoints: Go `fmt.Sprintf("%0.10f", 1.0/n)`
 * (`computeProbability`): 2 → `0.5000000000`, 3 → `0.3333333333`, 100001 → `0.0000099999`.
 */
export function kubeProxyProbability(remainingEndpoints: number): string {
  return formatFixed(1 / remainingEndpoints, 10);
}

/** Whether iptables would accept the string as a probability (a number in [0, 1]). */
export function isValidProbability(probability: string): boolean {
  const value = Number(probability);
  return probability.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= 1;
}

/**
 * The integer the kernel stores: `lround(0x80000000 * p)` (iptables parses with strtod, as `Number` does;
 * the multiplication by 2^31 is exact, and lround rounds halves away from zero, as Math.round does for p ≥ 0).
 */
export function kernelProbability(probability: string): number {
  return Math.round(SCALE * Number(probability));
}

/**
 * What iptables-save prints: `%.11f` of stored / 2^31. `0.3333333333` → `0.33333333349`,
 * `0.2000000000` → `0.20000000019`, `0.5000000000` → `0.50000000000`.
 */
export function savedProbability(probability: string): string {
  return formatFixed(kernelProbability(probability) / SCALE, 11);
}

/**
 * The kernel's decision for one packet: `(prandom_u32() & 0x7FFFFFFF) < stored`. The caller supplies a uniform
 * draw in [0, 1) (seeded upstream, so walks are reproducible); `floor(draw * 2^31)` stands for the 31-bit number,
 * so the rule matches when `draw < stored / 2^31`, the kernel-rounded probability.
 */
export function statisticDrawMatches(probability: string, draw: number): boolean {
  return Math.floor(draw * SCALE) < kernelProbability(probability);
}
