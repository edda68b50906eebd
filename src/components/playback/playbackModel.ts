/**
 * The pure half of playback: how long the packet stays at each step, which ids it passes through between two
 * steps, which of its fields flash, and how it is labelled. No React here, so every rule is unit-tested.
 */
import type { OuterHeader, PacketState, Step, Trace, Verdict } from '../../engine/index.ts';
import { isReplyLeg, legKind, type WalkLeg } from '../../state/walkSlice.ts';
import { anchorCandidates, deviceId } from '../canvas/anchors.ts';
import { isPolicyStep, rewritesAddress } from '../walk/inspectorModel.ts';

/** Time the token takes to travel to a step at speed 1 (the clock waits this long before the dwell). */
export const TRAVEL_MS = 420;
/** Crossing the node network is the longest hop, so it gets more time. */
export const UNDERLAY_TRAVEL_MS = 900;

/**
 * How long the token rests at a step once there, at speed 1: longer where something happens that the
 * learner should read (NAT, encapsulation, a policy verdict, the end of the road).
 */
export function dwellMs(step: Step): number {
  if (step.kind === 'drop') return 2200;
  if (step.kind === 'deliver' || step.kind === 'dns-answer') return 1600;
  if (rewritesAddress(step)) return 1800;
  switch (step.kind) {
    case 'encap':
    case 'decap':
    case 'ipvs':
    case 'socket-lb':
    case 'load-balancer':
    case 'proxy':
      return 1500;
    case 'netfilter':
    case 'nftables':
    case 'ebpf':
      // A filter verdict (a NetworkPolicy, KUBE-FORWARD) is a lesson too, but most hooks just pass.
      return isPolicyStep(step) ? 1300 : 600;
    default:
      return 350;
  }
}

/** The time budget to travel to a step: the wire between nodes is long, the first step needs no travel. */
export function travelMs(step: Step, first: boolean): number {
  if (first) return 0;
  return step.kind === 'underlay' ? UNDERLAY_TRAVEL_MS : TRAVEL_MS;
}

/**
 * How long playback stays on a step before moving on: travel there, then dwell; divided by the speed.
 * With reduced motion there is no travel, only the dwell.
 */
export function stepDelayMs(step: Step, speed: number, options: { first: boolean; reducedMotion: boolean }) {
  const travel = options.reducedMotion ? 0 : travelMs(step, options.first);
  return Math.round((travel + dwellMs(step)) / speed);
}

/** Animation time for one move, from its length in flow units, never longer than the clock's budget. */
export function moveDurationMs(distance: number, step: Step, speed: number): number {
  const budget = travelMs(step, false) * 0.9;
  return Math.round(Math.min(budget, 160 + distance * 0.8) / speed);
}

/**
 * The candidate id lists the token passes on its way from `prev` to `next`, ending with `next`'s own. A hop
 * onto the wire leaves through the sending node's `eth0`; a hop off the wire enters through the receiving
 * node's `eth0`. Each list is most specific first, as {@link anchorCandidates}; ids the canvas did not draw
 * are skipped when the path is resolved.
 */
export function waypoints(
  prev: Step,
  next: Step,
  externals: ReadonlyMap<string, string>,
): readonly (readonly string[])[] {
  const out: (readonly string[])[] = [];
  if (next.kind === 'underlay' && next.at.node !== undefined && prev.kind !== 'underlay')
    out.push([deviceId(next.at.node, 'eth0')]);
  if (prev.kind === 'underlay' && next.at.node !== undefined && next.kind !== 'underlay')
    out.push([deviceId(next.at.node, 'eth0')]);
  out.push(anchorCandidates(next, externals));
  return out;
}

/** Which halves of the token's label flash at a step: the rewritten source and/or destination. */
export function flashedFields(step: Step): { readonly src: boolean; readonly dst: boolean } {
  return {
    src: step.changed.includes('src') || step.changed.includes('sport'),
    dst: step.changed.includes('dst') || step.changed.includes('dport'),
  };
}

function endpoint(ip: string, port: number | undefined): string {
  return port === undefined ? ip : `${ip}:${port}`;
}

/** The token's compact label: source and destination as `ip[:port]`. */
export function packetLabel(packet: PacketState): { readonly src: string; readonly dst: string } {
  return { src: endpoint(packet.src, packet.sport), dst: endpoint(packet.dst, packet.dport) };
}

/** The outer header in one line: `192.168.1.11 → 192.168.1.12 UDP 8472 VNI 1`, or `… IPIP`. */
export function outerLabel(outer: OuterHeader): string {
  const route = `${outer.src} → ${outer.dst}`;
  if (outer.protocol === 'ipip') return `${route} IPIP`;
  const vni = outer.vni === undefined ? '' : ` VNI ${outer.vni}`;
  return `${route} UDP ${outer.dport ?? ''}${vni}`.replace(/ {2,}/g, ' ').trim();
}

/**
 * Whether the token is travelling back towards the client at a step: on the reply legs, and within a DNS
 * query once the server has answered (a DNS leg is a whole round trip).
 */
export function isReturning(leg: WalkLeg, steps: readonly Step[], index: number): boolean {
  if (isReplyLeg(leg)) return true;
  if (legKind(leg).kind !== 'dns') return false;
  const answered = steps.findIndex((s) => s.kind === 'dns-answer');
  return answered >= 0 && index > answered;
}

/** Cumulative fractions (0 … 1) of a polyline's length at each point, for keyframe `times`. */
export function keyframeTimes(points: readonly { x: number; y: number }[]): {
  times: number[];
  length: number;
} {
  const lengths = [0];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    const d = a && b ? Math.hypot(b.x - a.x, b.y - a.y) : 0;
    lengths.push((lengths[i - 1] ?? 0) + d);
  }
  const length = lengths[lengths.length - 1] ?? 0;
  const times = lengths.map((l, i) => (length === 0 ? i / Math.max(1, lengths.length - 1) : l / length));
  return { times, length };
}

/**
 * How the walk a leg belongs to ended, when the token is on that leg's last step; undefined elsewhere. A
 * DNS leg is a round trip that ends in the resolver's socket unless something stopped it on the way.
 */
export function legEnding(
  trace: Trace,
  leg: WalkLeg,
  steps: readonly Step[],
  index: number,
): Verdict | undefined {
  const step = steps[index];
  if (step === undefined || index !== steps.length - 1) return step?.kind === 'drop' ? 'dropped' : undefined;
  if (step.kind === 'drop') return trace.verdict === 'delivered' ? 'dropped' : trace.verdict;
  switch (leg) {
    case 'forward':
      return trace.verdict;
    case 'reply':
      return trace.reply?.verdict;
    case 'upstream':
      return trace.upstream?.verdict;
    case 'upstream-reply':
      return trace.upstream?.reply?.verdict;
    default: {
      // The name did not resolve: the last query's answer is where the walk ends.
      const lastQuery = `dns:${trace.dns.length - 1}`;
      if (trace.steps.length === 0 && leg === lastQuery && trace.verdict !== 'delivered')
        return trace.verdict;
      return step.kind === 'deliver' ? 'delivered' : 'dropped';
    }
  }
}
