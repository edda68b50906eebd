import type { StateCreator } from 'zustand';
import type { L4Protocol, Step, Trace } from '../engine/index.ts';
import type { AppState } from './store.ts';

/**
 * One leg of a walk, in the order the story is told: each DNS query the resolver sent (`dns:0`, `dns:1`, …),
 * the connection's first packet (`forward`), for an Ingress URL the controller's own connection to the
 * backend and its answer (`upstream`, `upstream-reply`), and the reply back to the client (`reply`).
 */
export type WalkLeg = 'forward' | 'reply' | 'upstream' | 'upstream-reply' | `dns:${number}`;

export interface LegSteps {
  readonly leg: WalkLeg;
  readonly steps: readonly Step[];
}

/** A leg's name for messages (`forward`, `dns`, …), and for a DNS leg its 1-based query number. */
export function legKind(leg: WalkLeg): {
  readonly kind: 'forward' | 'reply' | 'upstream' | 'upstream-reply' | 'dns';
  readonly query?: number;
} {
  if (leg.startsWith('dns:')) return { kind: 'dns', query: Number(leg.slice('dns:'.length)) + 1 };
  return { kind: leg as Exclude<WalkLeg, `dns:${number}`> };
}

/** Legs that travel back towards the client: drawn in the reply colour, skipped when replies are hidden. */
export function isReplyLeg(leg: WalkLeg): boolean {
  return leg === 'reply' || leg === 'upstream-reply';
}

/**
 * A trace's derived step lists, computed once per trace: selectors ask for them on every store update (and
 * several per update while playing), and a trace never changes once received.
 */
interface Derived {
  legs?: readonly LegSteps[];
  playable?: readonly StepRef[];
  playableWithReplies?: readonly StepRef[];
}
const derived = new WeakMap<Trace, Derived>();

function derivedOf(trace: Trace): Derived {
  let entry = derived.get(trace);
  if (entry === undefined) {
    entry = {};
    derived.set(trace, entry);
  }
  return entry;
}

/** Every leg of a trace that has steps, in story order. */
export function legsOf(trace: Trace | null): readonly LegSteps[] {
  if (trace === null) return [];
  const entry = derivedOf(trace);
  entry.legs ??= computeLegs(trace);
  return entry.legs;
}

function computeLegs(trace: Trace): readonly LegSteps[] {
  const legs: LegSteps[] = trace.dns.map((q, i) => ({ leg: `dns:${i}` as const, steps: q.steps }));
  legs.push({ leg: 'forward', steps: trace.steps });
  if (trace.upstream) {
    legs.push({ leg: 'upstream', steps: trace.upstream.steps });
    if (trace.upstream.reply) legs.push({ leg: 'upstream-reply', steps: trace.upstream.reply.steps });
  }
  if (trace.reply) legs.push({ leg: 'reply', steps: trace.reply.steps });
  return legs.filter((l) => l.steps.length > 0);
}

/** The legs playback and stepping go through: replies only when they are shown. */
export function playableLegs(trace: Trace | null, showReply: boolean): readonly LegSteps[] {
  return legsOf(trace).filter((l) => showReply || !isReplyLeg(l.leg));
}

export function stepsOfLeg(trace: Trace | null, leg: WalkLeg): readonly Step[] {
  return legsOf(trace).find((l) => l.leg === leg)?.steps ?? [];
}

/** Where a walk starts: the first step of its first leg (the first DNS query when there is one). */
function startOf(trace: Trace | null): { leg: WalkLeg; index: number } {
  return { leg: legsOf(trace)[0]?.leg ?? 'forward', index: 0 };
}

/**
 * Outcomes that mean the request itself names nothing in the cluster (any more): the picker says so at the
 * field, and the last good walk stays on screen. Other outcomes, even without steps (no Ingress controller
 * for the host, a Service with no address), are lessons and are shown as the walk.
 */
const REQUEST_PROBLEMS: Readonly<Record<string, 'from' | 'to'>> = {
  'walk.request.unknownPod': 'from',
  'walk.request.podNotRunning': 'from',
  'walk.request.unknownExternal': 'from',
  'walk.request.unknownNode': 'from',
  'walk.request.badTarget': 'to',
  'walk.request.needPort': 'to',
  'walk.request.unknownService': 'to',
};

export interface WalkProblem {
  readonly field: 'from' | 'to';
  readonly message: Trace['summary'];
}

function sameRequest(a: Trace['request'], b: Trace['request']): boolean {
  return a.from === b.from && a.to === b.to && a.protocol === b.protocol;
}

/** Playback speeds offered, as multiples of the normal pace. */
export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/** The packet walk: what to walk (source, destination, protocol, seed), the engine's trace, and the step shown. */
export interface WalkSlice {
  readonly walkFrom: string;
  readonly walkTo: string;
  readonly walkProtocol: L4Protocol;
  readonly walkSeed: number;
  readonly trace: Trace | null;
  readonly traceLoading: boolean;
  /** Why the newest request could not be walked (the trace on show is then the last good one). */
  readonly walkProblem: WalkProblem | null;
  /** The step on show: its leg and index within that leg's steps. */
  readonly step: { readonly leg: WalkLeg; readonly index: number };
  /** Playback: the token moves on by itself while playing. */
  readonly playing: boolean;
  readonly speed: Speed;
  /** Whether the reply legs are walked after the forward ones. */
  readonly showReply: boolean;
  /** Whether the canvas keeps the packet in view as it moves. */
  readonly followPacket: boolean;
  /** Whether the keyboard shortcuts overlay is open. */
  readonly helpOpen: boolean;
  setWalk: (walk: { from?: string; to?: string; protocol?: L4Protocol }) => void;
  setTrace: (trace: Trace) => void;
  setTraceLoading: (loading: boolean) => void;
  showStep: (leg: WalkLeg, index: number) => void;
  /**
   * Move by one step through the playable legs (DNS, forward, upstream, reply); stops at either end.
   * Returns whether it moved, so playback knows when the walk is over.
   */
  stepBy: (delta: 1 | -1) => boolean;
  setPlaying: (playing: boolean) => void;
  /** Play or pause; playing from the last step starts the walk over. */
  togglePlaying: () => void;
  setSpeed: (speed: Speed) => void;
  /** One notch slower or faster through {@link SPEEDS}, staying within them. */
  speedBy: (delta: 1 | -1) => void;
  setHelpOpen: (open: boolean) => void;
  setShowReply: (showReply: boolean) => void;
  setFollowPacket: (follow: boolean) => void;
  /** Back to the first step of the walk (the first DNS query when there is one). */
  restart: () => void;
}

/** A step by its leg and its index in that leg. */
export interface StepRef {
  readonly leg: WalkLeg;
  readonly index: number;
}

/** Every playable step in story order, as leg and index. */
export function playableSteps(trace: Trace | null, showReply: boolean): readonly StepRef[] {
  if (trace === null) return [];
  const entry = derivedOf(trace);
  const flatten = () =>
    playableLegs(trace, showReply).flatMap((l) => l.steps.map((_, index) => ({ leg: l.leg, index })));
  if (showReply) return (entry.playableWithReplies ??= flatten());
  return (entry.playable ??= flatten());
}

/** Where the step on show sits among the playable steps: its position (-1 if hidden) and their count. */
export function playablePosition(s: Pick<WalkSlice, 'trace' | 'step' | 'showReply'>): {
  readonly at: number;
  readonly total: number;
} {
  const flat = playableSteps(s.trace, s.showReply);
  return { at: flat.findIndex((p) => p.leg === s.step.leg && p.index === s.step.index), total: flat.length };
}

/** The step on show, or undefined when there is no walk (for views that follow the packet). */
export function currentStep(s: Pick<WalkSlice, 'trace' | 'step'>): Step | undefined {
  return stepsOfLeg(s.trace, s.step.leg)[s.step.index];
}

export const createWalkSlice: StateCreator<AppState, [], [], WalkSlice> = (set, get) => ({
  walkFrom: '',
  walkTo: '',
  walkProtocol: 'tcp',
  walkSeed: 1,
  trace: null,
  traceLoading: false,
  walkProblem: null,
  step: { leg: 'forward', index: 0 },
  playing: false,
  speed: 1,
  showReply: true,
  followPacket: true,
  helpOpen: false,
  setWalk: ({ from, to, protocol }) =>
    set((s) => ({
      walkFrom: from ?? s.walkFrom,
      walkTo: to ?? s.walkTo,
      walkProtocol: protocol ?? s.walkProtocol,
    })),
  setTrace: (trace) =>
    set((s) => {
      const field = REQUEST_PROBLEMS[trace.summary.key];
      if (field !== undefined) return { traceLoading: false, walkProblem: { field, message: trace.summary } };
      // Keep the step on show when the same request still has it (an edit that changes nothing on the path);
      // a new request, or the first walk, starts at the beginning of its story.
      const same = s.trace !== null && sameRequest(s.trace.request, trace.request);
      const keep = same && s.step.index < stepsOfLeg(trace, s.step.leg).length;
      if (keep) return { trace, traceLoading: false, walkProblem: null };
      return { trace, traceLoading: false, walkProblem: null, step: startOf(trace), playing: false };
    }),
  setTraceLoading: (traceLoading) => set({ traceLoading }),
  showStep: (leg, index) => set({ step: { leg, index } }),
  stepBy: (delta) => {
    const state = get();
    const { at } = playablePosition(state);
    const next = playableSteps(state.trace, state.showReply)[at + delta];
    if (at < 0 || next === undefined) return false;
    set({ step: next });
    return true;
  },
  setPlaying: (playing) => set({ playing }),
  togglePlaying: () =>
    set((s) => {
      if (s.playing) return { playing: false };
      const { at, total } = playablePosition(s);
      if (total === 0) return {};
      return at < 0 || at === total - 1 ? { playing: true, step: startOf(s.trace) } : { playing: true };
    }),
  setSpeed: (speed) => set({ speed }),
  speedBy: (delta) =>
    set((s) => {
      const i = SPEEDS.indexOf(s.speed) + delta;
      const speed = SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, i))];
      return speed === undefined ? {} : { speed };
    }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  setShowReply: (showReply) =>
    set((s) => ({ showReply, step: !showReply && isReplyLeg(s.step.leg) ? startOf(s.trace) : s.step })),
  setFollowPacket: (followPacket) => set({ followPacket }),
  restart: () => set((s) => ({ step: startOf(s.trace) })),
});
