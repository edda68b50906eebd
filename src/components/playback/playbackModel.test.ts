import { beforeAll, describe, expect, it } from 'vitest';
import { walkIn } from '../../engine/walk/testkit.ts';
import type { Step, Trace } from '../../engine/index.ts';
import { deviceId, podId, UNDERLAY } from '../canvas/anchors.ts';
import {
  dwellMs,
  flashedFields,
  isReturning,
  keyframeTimes,
  legEnding,
  moveDurationMs,
  outerLabel,
  packetLabel,
  stepDelayMs,
  travelMs,
  waypoints,
} from './playbackModel.ts';

/** The value, or a test failure when the walk lacks it. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('the walk lacks an expected part');
  return value;
}

const FLANNEL = 'scenarios/cross-node-service';
const CALICO = 'scenarios/calico-policy';
let cross: Trace;
const find = (steps: readonly Step[], pred: (s: Step) => boolean): Step => {
  const s = steps.find(pred);
  if (s === undefined) throw new Error('no such step');
  return s;
};

beforeAll(() => {
  cross = walkIn(FLANNEL, 'client', 'svc/default/web:80');
});

describe('dwell times', () => {
  it('rest longer where something happens than at a plain hop', () => {
    const dnat = find(cross.steps, (s) => s.kind === 'netfilter' && s.changed.includes('dst'));
    const encap = find(cross.steps, (s) => s.kind === 'encap');
    const deliver = find(cross.steps, (s) => s.kind === 'deliver');
    const veth = find(cross.steps, (s) => s.kind === 'veth');
    const pass = find(cross.steps, (s) => s.kind === 'netfilter' && s.changed.length <= 1);
    expect(dwellMs(dnat)).toBeGreaterThan(dwellMs(pass));
    expect(dwellMs(encap)).toBeGreaterThan(dwellMs(veth));
    expect(dwellMs(deliver)).toBeGreaterThan(dwellMs(veth));
    const reverse = find(
      cross.reply?.steps ?? [],
      (s) => s.kind === 'conntrack' && s.changed.includes('src'),
    );
    expect(dwellMs(reverse)).toBe(dwellMs(dnat));
  });

  it('scale with speed, give the wire more travel time, and skip travel under reduced motion', () => {
    const wire = find(cross.steps, (s) => s.kind === 'underlay');
    const veth = find(cross.steps, (s) => s.kind === 'veth');
    expect(travelMs(wire, false)).toBeGreaterThan(travelMs(veth, false));
    expect(travelMs(veth, true)).toBe(0);
    const normal = stepDelayMs(veth, 1, { first: false, reducedMotion: false });
    expect(stepDelayMs(veth, 2, { first: false, reducedMotion: false })).toBe(Math.round(normal / 2));
    expect(stepDelayMs(veth, 1, { first: false, reducedMotion: true })).toBe(dwellMs(veth));
  });

  it('never animate a move for longer than the clock gives it', () => {
    const veth = find(cross.steps, (s) => s.kind === 'veth');
    expect(moveDurationMs(10_000, veth, 1)).toBeLessThan(travelMs(veth, false));
    expect(moveDurationMs(0, veth, 1)).toBeGreaterThan(0);
    expect(moveDurationMs(100, veth, 4)).toBeLessThan(moveDurationMs(100, veth, 1));
  });
});

describe('waypoints', () => {
  it('leave through the sender eth0 onto the wire and enter through the receiver eth0', () => {
    const i = cross.steps.findIndex((s) => s.kind === 'underlay');
    const [before, wire, after] = [must(cross.steps[i - 1]), must(cross.steps[i]), must(cross.steps[i + 1])];
    expect(waypoints(before, wire, new Map())).toEqual([[deviceId('worker-1', 'eth0')], [UNDERLAY]]);
    const into = waypoints(wire, after, new Map());
    expect(into[0]).toEqual([deviceId('worker-2', 'eth0')]);
    expect(into[into.length - 1]?.[0]).toBe(deviceId('worker-2', 'flannel.1'));
  });

  it('go straight to the next anchor within a node', () => {
    const deliver = cross.steps.length - 1;
    const path = waypoints(must(cross.steps[deliver - 1]), must(cross.steps[deliver]), new Map());
    expect(path).toHaveLength(1);
    expect(path[0]?.[0]).toBe(podId(must(cross.destination?.pod)));
  });

  it('time keyframes by distance along the path', () => {
    const { times, length } = keyframeTimes([
      { x: 0, y: 0 },
      { x: 30, y: 40 },
      { x: 30, y: 190 },
    ]);
    expect(length).toBe(200);
    expect(times).toEqual([0, 0.25, 1]);
    expect(keyframeTimes([{ x: 5, y: 5 }]).times).toEqual([0]);
  });
});

describe('the token', () => {
  it('flashes the destination at DNAT and the source where conntrack restores the Service address', () => {
    const dnat = find(cross.steps, (s) => s.kind === 'netfilter' && s.changed.includes('dst'));
    expect(flashedFields(dnat)).toEqual({ src: false, dst: true });
    expect(packetLabel(dnat.packet).dst).toBe(`${cross.destination?.ip}:8080`);
    const reverse = find(
      cross.reply?.steps ?? [],
      (s) => s.kind === 'conntrack' && s.changed.includes('src'),
    );
    expect(flashedFields(reverse)).toEqual({ src: true, dst: false });
    expect(packetLabel(reverse.packet).src).toMatch(/^10\.\d+\.\d+\.\d+:80$/);
    expect(flashedFields(find(cross.steps, (s) => s.kind === 'veth'))).toEqual({ src: false, dst: false });
  });

  it('shows the outer VXLAN header while encapsulated', () => {
    const encap = find(cross.steps, (s) => s.kind === 'encap');
    expect(outerLabel(must(encap.packet.outer))).toBe('192.168.1.11 → 192.168.1.12 UDP 8472 VNI 1');
    expect(outerLabel({ src: '10.0.0.1', dst: '10.0.0.2', protocol: 'ipip' })).toBe(
      '10.0.0.1 → 10.0.0.2 IPIP',
    );
    expect(find(cross.steps, (s) => s.kind === 'decap').packet.outer).toBeUndefined();
  });

  it('turns to the reply colour on the reply and after the DNS server answered', () => {
    const dns = walkIn(FLANNEL, 'client', 'web:80');
    const steps = must(dns.dns[0]).steps;
    const answer = steps.findIndex((s) => s.kind === 'dns-answer');
    expect(isReturning('dns:0', steps, answer)).toBe(false);
    expect(isReturning('dns:0', steps, answer + 1)).toBe(true);
    expect(isReturning('forward', cross.steps, 3)).toBe(false);
    expect(isReturning('reply', must(cross.reply).steps, 0)).toBe(true);
  });

  it('marks the end of a walk that was not delivered, and only there', () => {
    const denied = walkIn(CALICO, 'kube-system/coredns', 'svc/shop/db:5432');
    expect(denied.verdict).not.toBe('delivered');
    const last = denied.steps.length - 1;
    expect(legEnding(denied, 'forward', denied.steps, last)).toBe(denied.verdict);
    expect(legEnding(denied, 'forward', denied.steps, 0)).toBeUndefined();
    // The policy verdict is a lesson: the token rests there longer than at a hook that just passes.
    const verdict = must(denied.steps[last]);
    expect(dwellMs(verdict)).toBeGreaterThan(
      dwellMs(find(cross.steps, (s) => s.kind === 'netfilter' && s.changed.length <= 1)),
    );
    expect(legEnding(cross, 'forward', cross.steps, cross.steps.length - 1)).toBe('delivered');
  });

  it('marks the last DNS answer when the name did not resolve', () => {
    const nx = walkIn(FLANNEL, 'client', 'nosuchname:80');
    expect(nx.verdict).toBe('dns-failure');
    const leg = `dns:${nx.dns.length - 1}` as const;
    const steps = must(nx.dns[nx.dns.length - 1]).steps;
    expect(legEnding(nx, leg, steps, steps.length - 1)).toBe('dns-failure');
    expect(legEnding(nx, 'dns:0', must(nx.dns[0]).steps, must(nx.dns[0]).steps.length - 1)).toBe(
      nx.dns.length === 1 ? 'dns-failure' : 'delivered',
    );
  });
});
