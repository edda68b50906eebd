/**
 * Recording steps: each step carries the packet after it and the fields it rewrote relative to the step
 * before, so the UI can highlight exactly what a DNAT, a MASQUERADE or an encapsulation changed.
 */
import type { MessageParams } from '../diagnostics.ts';
import type { WalkContext } from './context.ts';
import type { Decider, PacketField, PacketState, Step, StepKind, StepLocation } from './types.ts';

const FIELDS: readonly PacketField[] = [
  'srcMac',
  'dstMac',
  'src',
  'dst',
  'sport',
  'dport',
  'ttl',
  'mark',
  'ctState',
  'outer',
  'payload',
];

/** The fields whose values differ (outer and payload compared by content). */
export function changedFields(before: PacketState | undefined, after: PacketState): readonly PacketField[] {
  if (before === undefined) return [];
  return FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

export interface StepSpec {
  readonly kind: StepKind;
  readonly at: StepLocation;
  readonly packet: PacketState;
  readonly decider?: Decider;
  readonly key: string;
  readonly params?: MessageParams;
  readonly commands?: readonly string[];
}

/** Appends a step and spends one unit of the budget. */
export function record(ctx: WalkContext, spec: StepSpec): Step {
  const step: Step = {
    kind: spec.kind,
    at: spec.at,
    packet: spec.packet,
    changed: changedFields(ctx.last, spec.packet),
    ...(spec.decider === undefined ? {} : { decider: spec.decider }),
    explain: { key: spec.key, params: spec.params ?? {} },
    commands: spec.commands ?? [],
  };
  ctx.steps.push(step);
  ctx.last = spec.packet;
  ctx.budget--;
  return step;
}

/** `ip netns exec <ns>` prefix for commands run inside a pod's namespace. */
export function inNetns(netns: string | undefined, command: string): string {
  return netns === undefined || netns === 'host' ? command : `ip netns exec <${netns}> ${command}`;
}
