import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { walkIn } from '../engine/walk/testkit.ts';
import type { Trace } from '../engine/index.ts';
import { useAppStore } from './store.ts';
import { currentStep, legsOf, playablePosition, playableSteps } from './walkSlice.ts';

/** The value, or a test failure when the walk lacks it. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('the walk lacks an expected part');
  return value;
}

const FLANNEL = 'scenarios/cross-node-service';
let cross: Trace;
let direct: Trace;

beforeAll(() => {
  // The seed articles' example: a DNS name, so two DNS round trips come before the connection.
  cross = walkIn(FLANNEL, 'client', 'web:80');
  // A Service address: no DNS.
  direct = walkIn(FLANNEL, 'client', 'svc/default/web:80');
});

// A fresh store per test: the app's store is a module singleton, so tests reset it instead.
const initial = useAppStore.getState();
beforeEach(() => useAppStore.setState(initial, true));
const store = () => useAppStore.getState();

describe('legsOf', () => {
  it('tells the story in order: DNS queries, the connection, the reply', () => {
    expect(legsOf(cross).map((l) => l.leg)).toEqual(['dns:0', 'dns:1', 'forward', 'reply']);
    expect(legsOf(direct).map((l) => l.leg)).toEqual(['forward', 'reply']);
    expect(legsOf(null)).toEqual([]);
  });

  it('leaves the reply out of the playable steps when replies are hidden', () => {
    const all = playableSteps(cross, true);
    const noReply = playableSteps(cross, false);
    expect(all.length - noReply.length).toBe(cross.reply?.steps.length);
    expect(noReply.some((p) => p.leg === 'reply')).toBe(false);
  });
});

describe('walk slice', () => {
  it('opens a new walk at its first DNS query and stops playing', () => {
    store().setTrace(direct);
    store().showStep('forward', direct.steps.length - 1);
    store().setPlaying(true);
    store().setTrace({ ...cross, steps: cross.steps.slice(0, 3) });
    expect(store().step).toEqual({ leg: 'dns:0', index: 0 });
    expect(store().playing).toBe(false);
  });

  it('starts the first walk at the beginning of its story', () => {
    store().setTrace(cross);
    expect(store().step).toEqual({ leg: 'dns:0', index: 0 });
  });

  it('keeps the step on show when the new walk still has it', () => {
    store().setTrace(direct);
    store().showStep('forward', 5);
    store().setTrace(direct);
    expect(store().step).toEqual({ leg: 'forward', index: 5 });
  });

  it('steps across legs, from the last DNS step into the connection and on into the reply', () => {
    store().setTrace(cross);
    const lastDns = must(cross.dns[0]).steps.length - 1;
    store().showStep('dns:0', lastDns);
    expect(store().stepBy(1)).toBe(true);
    expect(store().step).toEqual({ leg: 'dns:1', index: 0 });
    store().showStep('forward', cross.steps.length - 1);
    expect(store().stepBy(1)).toBe(true);
    expect(store().step).toEqual({ leg: 'reply', index: 0 });
    expect(store().stepBy(-1)).toBe(true);
    expect(store().step).toEqual({ leg: 'forward', index: cross.steps.length - 1 });
  });

  it('stops at the end of the forward walk when the reply is hidden, and at the very start', () => {
    store().setTrace(cross);
    store().setShowReply(false);
    store().showStep('forward', cross.steps.length - 1);
    expect(store().stepBy(1)).toBe(false);
    expect(store().step).toEqual({ leg: 'forward', index: cross.steps.length - 1 });
    store().restart();
    expect(store().step).toEqual({ leg: 'dns:0', index: 0 });
    expect(store().stepBy(-1)).toBe(false);
  });

  it('stops at the last reply step when the reply is shown', () => {
    store().setTrace(direct);
    const last = must(direct.reply).steps.length - 1;
    store().showStep('reply', last);
    expect(store().stepBy(1)).toBe(false);
    expect(currentStep(store())?.kind).toBe('deliver');
  });

  it('hiding the reply while on it goes back to the start', () => {
    store().setTrace(direct);
    store().showStep('reply', 2);
    store().setShowReply(false);
    expect(store().step).toEqual({ leg: 'forward', index: 0 });
  });

  it('counts the position among the playable steps', () => {
    store().setTrace(direct);
    store().showStep('reply', 0);
    expect(playablePosition(store())).toEqual({
      at: direct.steps.length,
      total: direct.steps.length + must(direct.reply).steps.length,
    });
  });

  it('play from the last step starts over; play again pauses', () => {
    store().setTrace(direct);
    store().showStep('reply', must(direct.reply).steps.length - 1);
    store().togglePlaying();
    expect(store().playing).toBe(true);
    expect(store().step).toEqual({ leg: 'forward', index: 0 });
    store().showStep('forward', 4);
    store().togglePlaying();
    expect(store().playing).toBe(false);
    store().togglePlaying();
    expect(store().step).toEqual({ leg: 'forward', index: 4 });
  });

  it('does not play without a walk', () => {
    store().togglePlaying();
    expect(store().playing).toBe(false);
  });

  it('changes speed one notch at a time within the offered speeds', () => {
    expect(store().speed).toBe(1);
    store().speedBy(1);
    store().speedBy(1);
    expect(store().speed).toBe(4);
    store().speedBy(1);
    expect(store().speed).toBe(4);
    for (let i = 0; i < 5; i++) store().speedBy(-1);
    expect(store().speed).toBe(0.5);
  });

  it('keeps the last good walk when the request names something that is gone', () => {
    store().setTrace(direct);
    store().showStep('forward', 3);
    const gone = walkIn(FLANNEL, 'no-such-pod', 'web:80');
    expect(gone.summary.key).toBe('walk.request.unknownPod');
    store().setTrace(gone);
    expect(store().trace).toBe(direct);
    expect(store().step).toEqual({ leg: 'forward', index: 3 });
    expect(store().walkProblem).toEqual({ field: 'from', message: gone.summary });
    store().setTrace(direct);
    expect(store().walkProblem).toBeNull();
  });
});
