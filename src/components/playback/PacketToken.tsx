/**
 * The one packet token: sits at the canvas object of the step on show and travels to the next one (through
 * the nodes' eth0 and the wire when it crosses the underlay). Motion values drive a translate, so a move
 * costs no React render per frame; React renders only when the step changes.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { animate, motion, useMotionValue, type AnimationPlaybackControls } from 'motion/react';
import { useReactFlow, useStore, useStoreApi, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { shallow } from 'zustand/shallow';
import { useAppStore } from '../../state/store.ts';
import { playablePosition, stepsOfLeg } from '../../state/walkSlice.ts';
import { useT, type EngineMessageKey } from '../../i18n/useT.ts';
import { deviceId, UNDERLAY } from '../canvas/anchors.ts';
import { useCurrentAnchor } from '../canvas/currentAnchor.ts';
import type { Step } from '../../engine/index.ts';
import {
  flashedFields,
  isReturning,
  keyframeTimes,
  legEnding,
  moveDurationMs,
  outerLabel,
  packetLabel,
  waypoints,
} from './playbackModel.ts';
import { usePrefersReducedMotion } from './usePrefersReducedMotion.ts';

interface Anchor {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

type Lookup = ReactFlowState['nodeLookup'];

/**
 * Where the token sits on the first candidate the canvas drew, in flow coordinates: centred on its bottom
 * edge, so the object's name stays readable above the token (the wire, a wide band, at its middle).
 */
function resolve(lookup: Lookup, candidates: readonly string[]): Anchor | undefined {
  for (const id of candidates) {
    const n = lookup.get(id);
    if (n === undefined || n.hidden) continue;
    const w = n.measured.width ?? n.width ?? 0;
    const h = n.measured.height ?? n.height ?? 0;
    const { x, y } = n.internals.positionAbsolute;
    return { id, x: x + w / 2, y: id === UNDERLAY ? y + h / 2 : y + h };
  }
  return undefined;
}

/**
 * Where a step sits: its anchor's centre, except on the wire, which spans the canvas: there the packet
 * sits right below the sending node's eth0, so it drops onto the wire and then runs along it.
 */
function place(lookup: Lookup, step: Step, anchorId: string): Anchor | undefined {
  const a = resolve(lookup, [anchorId]);
  if (a === undefined || a.id !== UNDERLAY || step.at.node === undefined) return a;
  const sender = resolve(lookup, [deviceId(step.at.node, 'eth0')]);
  return sender === undefined ? a : { ...a, x: sender.x };
}

/**
 * The smallest zoom following keeps: the fitted whole cluster is an overview whose labels cannot be read on a
 * projector, so following the packet brings the canvas close enough to read device names and rules.
 */
const FOLLOW_MIN_ZOOM = 0.85;

/**
 * Keep the token in view: recentre only when it nears the edge (or the view is too far out to read), so the
 * canvas does not swim. Turning follow off (F) leaves the view to the user.
 */
function useFollow(): (a: Anchor, durationMs: number) => void {
  const { getViewport, setCenter } = useReactFlow();
  const store = useStoreApi();
  return useCallback(
    (a, durationMs) => {
      if (!useAppStore.getState().followPacket) return;
      const { width, height } = store.getState();
      const { x, y, zoom } = getViewport();
      const sx = a.x * zoom + x;
      const sy = a.y * zoom + y;
      const inside = sx > width * 0.15 && sx < width * 0.85 && sy > height * 0.15 && sy < height * 0.8;
      if (!inside || zoom < FOLLOW_MIN_ZOOM)
        void setCenter(a.x, a.y, {
          zoom: Math.max(zoom, FOLLOW_MIN_ZOOM),
          duration: Math.max(durationMs, 300),
        });
    },
    [getViewport, setCenter, store],
  );
}

export default function PacketToken() {
  const t = useT();
  const trace = useAppStore((s) => s.trace);
  const step = useAppStore((s) => s.step);
  const speed = useAppStore((s) => s.speed);
  const flat = useAppStore((s) => playablePosition(s).at);
  // The canvas keeps the drawn id of the step on show in step with the app store (same update), so the token
  // sits where the canvas marks the packet.
  const anchorId = useCurrentAnchor((s) => s.anchor);
  const externals = useCurrentAnchor((s) => s.externals);
  const steps = useMemo(() => stepsOfLeg(trace, step.leg), [trace, step.leg]);
  const current = steps[step.index];
  const anchor = useStore(
    useCallback(
      (s: ReactFlowState) =>
        current === undefined || anchorId === undefined ? undefined : place(s.nodeLookup, current, anchorId),
      [anchorId, current],
    ),
    shallow,
  );

  const x = useMotionValue(0);
  const y = useMotionValue(0);
  const reducedMotion = usePrefersReducedMotion();
  const store = useStoreApi();
  const follow = useFollow();
  const last = useRef<{ flat: number; step: typeof current } | null>(null);

  // Whether the token has been placed once: a step the canvas draws nothing for keeps it where it was.
  const [placed, setPlaced] = useState(false);

  useLayoutEffect(() => {
    if (anchor === undefined || current === undefined) return;
    setPlaced(true);
    const prev = last.current;
    last.current = { flat, step: current };
    const adjacent =
      prev !== null && prev.step !== undefined && prev.flat + 1 === flat && prev.step !== current;
    if (!adjacent || reducedMotion || prev.step === undefined) {
      x.set(anchor.x);
      y.set(anchor.y);
      // Only a move to another step follows: the first placement, and a re-layout that moved the anchor
      // (devices arriving), belong to the canvas's own fit of the whole cluster.
      if (prev !== null && prev.flat !== flat) follow(anchor, 0);
      return;
    }
    const lookup = store.getState().nodeLookup;
    const points = [{ x: x.get(), y: y.get() }];
    for (const list of waypoints(prev.step, current, externals).slice(0, -1)) {
      const p = resolve(lookup, list);
      if (p === undefined) continue;
      // Off the wire: run along it to below the receiving eth0, then climb into the node.
      if (prev.step.kind === 'underlay') points.push({ x: p.x, y: y.get() });
      points.push(p);
    }
    points.push(anchor);
    const path = points.filter((p, i) => i === 0 || p.x !== points[i - 1]?.x || p.y !== points[i - 1]?.y);
    const { times, length } = keyframeTimes(path);
    const duration = moveDurationMs(length, current, speed) / 1000;
    const options = { duration, times, ease: 'easeInOut' } as const;
    const controls: AnimationPlaybackControls[] = [
      animate(
        x,
        path.map((p) => p.x),
        options,
      ),
      animate(
        y,
        path.map((p) => p.y),
        options,
      ),
    ];
    follow(anchor, duration * 1000);
    return () => controls.forEach((c) => c.stop());
  }, [anchor, current, flat, externals, follow, reducedMotion, speed, store, x, y]);

  if (trace === null || current === undefined || (anchor === undefined && !placed)) return null;
  const label = packetLabel(current.packet);
  const flash = flashedFields(current);
  const returning = isReturning(step.leg, steps, step.index);
  const ending = legEnding(trace, step.leg, steps, step.index);
  const dropped = ending !== undefined && ending !== 'delivered';
  const outer = current.packet.outer;
  const stepKey = `${step.leg}:${step.index}`;
  const reason =
    ending === trace.verdict && (step.leg === 'forward' || trace.steps.length === 0)
      ? t(trace.summary.key as EngineMessageKey, trace.summary.params)
      : t('playback.stopped');
  const className = ['packet-token', returning ? 'packet-reply' : '', dropped ? 'packet-dropped' : '']
    .filter(Boolean)
    .join(' ');

  return (
    <ViewportPortal>
      <motion.div
        className="packet-token-mover"
        style={{ x, y }}
        data-testid="packet-token"
        data-leg={step.leg}
        data-step-index={step.index}
        data-anchor={anchor?.id ?? ''}
        data-encapsulated={outer !== undefined}
        data-dropped={dropped}
        data-returning={returning}
      >
        <div
          className={className}
          role="img"
          aria-label={t(returning ? 'playback.tokenReply' : 'playback.token', {
            src: label.src,
            dst: label.dst,
          })}
        >
          {outer !== undefined && (
            <div className="packet-envelope" data-testid="packet-envelope" key={`env-${stepKey}`}>
              <span className="packet-envelope-tag">{t('playback.envelope')}</span>
              <span className="packet-envelope-header">{outerLabel(outer)}</span>
            </div>
          )}
          <div className="packet-inner">
            <span className={flash.src ? 'packet-field packet-flash' : 'packet-field'} key={`s-${stepKey}`}>
              {label.src}
            </span>
            <span className="packet-arrow" aria-hidden="true">
              →
            </span>
            <span className={flash.dst ? 'packet-field packet-flash' : 'packet-field'} key={`d-${stepKey}`}>
              {label.dst}
            </span>
          </div>
          {dropped && (
            <div className="packet-drop" data-testid="packet-drop" role="note">
              <span className="packet-drop-mark" aria-hidden="true">
                ✕
              </span>
              {reason}
            </div>
          )}
        </div>
      </motion.div>
    </ViewportPortal>
  );
}
