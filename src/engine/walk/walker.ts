/**
 * The walker's loop: one action at a time until one ends the walk. The step budget is the backstop behind
 * TTL: whatever the cluster, the loop ends.
 */
import { assertNever } from '../dataplane/netfilter/assertNever.ts';
import type { Action } from './actions.ts';
import type { WalkContext, WalkEnd } from './context.ts';
import { receive, send } from './stack.ts';
import { record } from './steps.ts';
import { outsideSend, wire } from './underlay.ts';
import { xmit } from './xmit.ts';

function next(ctx: WalkContext, action: Exclude<Action, { op: 'end' }>): Action {
  switch (action.op) {
    case 'send':
      return send(ctx, action);
    case 'receive':
      return receive(ctx, action);
    case 'xmit':
      return xmit(ctx, action);
    case 'wire':
      return wire(ctx, action);
    case 'outside-send':
      return outsideSend(ctx, action);
    default:
      return assertNever(action);
  }
}

/** Runs actions from `first` until the walk ends (or the budget does: a loop the TTL did not catch). */
export function runWalk(ctx: WalkContext, first: Action): WalkEnd {
  let action = first;
  while (action.op !== 'end') {
    if (ctx.budget <= 0) {
      const packet = ctx.last;
      if (packet !== undefined) {
        record(ctx, {
          kind: 'drop',
          at: {},
          packet,
          key: 'walk.drop.budget',
          params: { steps: ctx.steps.length },
        });
      }
      return { verdict: 'ttl-exceeded', reason: 'ttl-exceeded' };
    }
    ctx.budget--;
    action = next(ctx, action);
  }
  return action.end;
}
