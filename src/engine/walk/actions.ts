/**
 * What the kernel does next with a packet, as data: the walker's loop takes one action at a time, each
 * producing steps and the next action, until one ends the walk or the budget runs out. Keeping the next hop
 * as data (not recursion) is what makes a routing loop end in TTL exceeded instead of a stack overflow.
 */
import type { NetnsId } from '../dataplane/types.ts';
import type { WalkEnd } from './context.ts';
import type { PacketState } from './types.ts';

export type Action =
  /** An application socket sends: route lookup, source address, OUTPUT, POSTROUTING. */
  | { readonly op: 'send'; readonly node: string; readonly netns: NetnsId; readonly packet: PacketState }
  /** A frame arrives on a device. */
  | {
      readonly op: 'receive';
      readonly node: string;
      readonly netns: NetnsId;
      readonly device: string;
      readonly packet: PacketState;
    }
  /** After POSTROUTING: out of `device` towards `nexthop`. */
  | {
      readonly op: 'xmit';
      readonly node: string;
      readonly netns: NetnsId;
      readonly device: string;
      readonly nexthop: string;
      readonly packet: PacketState;
    }
  /** On the wire of the node network, addressed (L2) to `nexthop`. */
  | {
      readonly op: 'wire';
      readonly from?: string;
      readonly device?: string;
      readonly nexthop: string;
      readonly packet: PacketState;
    }
  /** Outside the cluster: an external host sends (towards the node network's router). */
  | { readonly op: 'outside-send'; readonly host: string; readonly packet: PacketState }
  | { readonly op: 'end'; readonly end: WalkEnd };

export function end(endState: WalkEnd): Action {
  return { op: 'end', end: endState };
}
