/**
 * IPVS schedulers as the kernel implements them (net/netfilter/ipvs/ip_vs_*.c), over a virtual server's real
 * servers in `realServers` order (the kernel's `svc->destinations` list; its true order depends on the order
 * kube-proxy added them, which Go map iteration leaves unspecified, so generation order stands in). A real
 * server of weight 0 is quiesced: no scheduler picks it. Active connections are counted by the caller's
 * state; kube-proxy's counters start at 0.
 *
 * - rr: the next real server after the one picked last (`svc->sched_data`); where "last" is unknown, the walk's
 *   seeded draw picks the starting point (a real node's position depends on traffic we do not simulate).
 * - wrr: the kernel's weighted cycle (current weight stepping down by the weights' gcd from the max weight).
 * - lc: least `activeconns * 256 + inactconns` (`ip_vs_dest_conn_overhead`), first on ties.
 * - wlc: least overhead / weight, compared by cross-multiplication, first on ties; all idle ⇒ the first
 *   real server with weight > 0.
 * - sed: least (active + 1) / weight; nq: the first idle real server, else sed.
 * - sh / dh: a 256-bucket table filled round-robin (sh: each real server `weight` times), indexed by
 *   `hash_32(saddr, 8)` (sh, kernels ≥ 4.x) or `(daddr * 2654435761) & 255` (dh).
 * - fo: the highest weight. Others (lblc, lblcr, mh, ovf, twos, unknown names) are approximated: lblc/lblcr
 *   by wlc (what they do for a destination with no history), mh by sh, the rest by rr.
 */
import { ipv4ToInt, parseIPv4 } from '../../../net/ipv4.ts';
import type { IpvsRealServer } from '../../../dataplane/types.ts';

export interface SchedulerInput {
  readonly scheduler: string;
  readonly realServers: readonly IpvsRealServer[];
  readonly src: string;
  readonly dst: string;
  /** Index picked last (rr) or position in the weighted cycle (wrr); undefined before the first pick. */
  readonly cursor: number | undefined;
  readonly activeConnections: (rs: IpvsRealServer) => number;
  readonly draw: () => number;
}

export interface SchedulerPick {
  /** Index into `realServers`, or undefined when no real server is available. */
  readonly index: number | undefined;
  readonly cursor?: number;
  readonly approximated: boolean;
}

const available = (rs: IpvsRealServer): boolean => rs.weight > 0;
const TABLE_SIZE = 256;

/** ip_vs_rr_schedule: the first available real server after `last` (wrapping). */
function roundRobin(input: SchedulerInput): SchedulerPick {
  const n = input.realServers.length;
  if (n === 0) return { index: undefined, approximated: false };
  // With no history, pretend the seeded one before the start was picked last.
  const last = input.cursor ?? Math.min(n - 1, Math.floor(input.draw() * n)) - 1;
  for (let step = 1; step <= n; step++) {
    const index = (((last + step) % n) + n) % n;
    const rs = input.realServers[index];
    if (rs !== undefined && available(rs)) return { index, cursor: index, approximated: false };
  }
  return { index: undefined, approximated: false };
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** One full cycle of ip_vs_wrr_schedule's picks. */
export function wrrCycle(weights: readonly number[]): number[] {
  const positive = weights.filter((w) => w > 0);
  if (positive.length === 0) return [];
  const step = positive.reduce(gcd);
  const max = Math.max(...positive);
  const cycle: number[] = [];
  for (let cw = max; cw > 0; cw -= step) {
    weights.forEach((weight, index) => {
      if (weight >= cw) cycle.push(index);
    });
  }
  return cycle;
}

function weightedRoundRobin(input: SchedulerInput): SchedulerPick {
  const cycle = wrrCycle(input.realServers.map((rs) => rs.weight));
  if (cycle.length === 0) return { index: undefined, approximated: false };
  const last = input.cursor ?? Math.min(cycle.length - 1, Math.floor(input.draw() * cycle.length)) - 1;
  const position = (((last + 1) % cycle.length) + cycle.length) % cycle.length;
  return { index: cycle[position], cursor: position, approximated: false };
}

/** Least `cost(rs) / weight` by cross-multiplication, as the kernel compares; the first wins ties. */
function leastBy(
  input: SchedulerInput,
  cost: (rs: IpvsRealServer) => number,
  weighted: boolean,
): number | undefined {
  let best: number | undefined;
  input.realServers.forEach((rs, index) => {
    if (!available(rs)) return;
    const chosen = best === undefined ? undefined : input.realServers[best];
    if (chosen === undefined) {
      best = index;
      return;
    }
    const better = weighted ? cost(chosen) * rs.weight > cost(rs) * chosen.weight : cost(chosen) > cost(rs);
    if (better) best = index;
  });
  return best;
}

/** `ip_vs_dest_conn_overhead`: active connections weigh 256 inactive ones (none are inactive here). */
const overhead = (input: SchedulerInput) => (rs: IpvsRealServer) => input.activeConnections(rs) * 256;

/** The sh / dh bucket table: each bucket the next real server, repeated `weight` times for sh. */
function bucketTable(realServers: readonly IpvsRealServer[], byWeight: boolean): (number | undefined)[] {
  const table: (number | undefined)[] = [];
  if (realServers.length === 0) return Array.from({ length: TABLE_SIZE }, () => undefined);
  let index = 0;
  let count = 0;
  for (let bucket = 0; bucket < TABLE_SIZE; bucket++) {
    table.push(index);
    count++;
    const weight = realServers[index]?.weight ?? 0;
    if (!byWeight || count >= weight) {
      index = (index + 1) % realServers.length;
      count = 0;
    }
  }
  return table;
}

/** `hash_32(val, 8)`: the top 8 bits of val * GOLDEN_RATIO_32 (mod 2^32). */
const hash32 = (value: number, bits: number): number => Math.imul(value >>> 0, 0x61c88647) >>> (32 - bits);

function hashed(input: SchedulerInput, field: 'src' | 'dst'): number | undefined {
  const ip = parseIPv4(field === 'src' ? input.src : input.dst);
  if (ip === undefined) return undefined;
  const key = ipv4ToInt(ip);
  const bucket = field === 'src' ? hash32(key, 8) : Math.imul(key >>> 0, 2654435761 | 0) & (TABLE_SIZE - 1);
  const index = bucketTable(input.realServers, field === 'src')[bucket];
  const rs = index === undefined ? undefined : input.realServers[index];
  return rs !== undefined && available(rs) ? index : undefined;
}

export function schedule(input: SchedulerInput): SchedulerPick {
  const exact = (index: number | undefined): SchedulerPick => ({ index, approximated: false });
  const approx = (pick: SchedulerPick): SchedulerPick => ({ ...pick, approximated: true });
  switch (input.scheduler) {
    case 'rr':
      return roundRobin(input);
    case 'wrr':
      return weightedRoundRobin(input);
    case 'lc':
      return exact(leastBy(input, overhead(input), false));
    case 'wlc':
      return exact(leastBy(input, overhead(input), true));
    case 'sed':
      return exact(leastBy(input, (rs) => input.activeConnections(rs) + 1, true));
    case 'nq': {
      const idle = input.realServers.findIndex((rs) => available(rs) && input.activeConnections(rs) === 0);
      return exact(idle >= 0 ? idle : leastBy(input, (rs) => input.activeConnections(rs) + 1, true));
    }
    case 'sh':
      return exact(hashed(input, 'src'));
    case 'dh':
      return exact(hashed(input, 'dst'));
    case 'fo': {
      const best = leastBy(input, () => 1, true);
      return exact(best);
    }
    case 'lblc':
    case 'lblcr':
      return approx(exact(leastBy(input, overhead(input), true)));
    case 'mh':
      return approx(exact(hashed(input, 'src')));
    default:
      return approx(roundRobin(input));
  }
}
