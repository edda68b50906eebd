/**
 * What every stage of a hook (an iptables table, an nft base chain, IPVS) is handed: the node, the namespace,
 * the packet so far, its conntrack entry, and whether a NAT may still bind at this hook (netfilter runs the
 * nat-type chains of a hook only until one binds, and only for a connection's first packet).
 */
import type { Hook } from '../dataplane/netfilter/model.ts';
import type { NetNamespace, NodeDataplane } from '../dataplane/types.ts';
import type { Lookup } from './conntrack.ts';
import type { WalkContext, WalkEnd } from './context.ts';
import type { PacketState, StepLocation } from './types.ts';

export interface HookIo {
  readonly in?: string;
  readonly out?: string;
  readonly physIn?: string;
  readonly physOut?: string;
}

export interface StageInput {
  readonly ctx: WalkContext;
  readonly node: NodeDataplane;
  readonly ns: NetNamespace;
  readonly hook: Hook;
  readonly io: HookIo;
  readonly lookup: Lookup | undefined;
  readonly at: StepLocation;
  /** A NAT may still bind here (first packet, this manipulation not yet decided). */
  readonly natOpen: boolean;
  /**
   * Set when the tables see the outer header of an encapsulated packet (outerHooks.ts): the view is the
   * outer header's, conntrack's state is given, no NAT binds and only deciding rules are recorded.
   */
  readonly outer?: { readonly ctState: 'NEW' | 'ESTABLISHED' };
}

export interface StageResult {
  readonly packet: PacketState;
  readonly end?: WalkEnd;
  /** A NAT bound in this stage: later nat-type stages at this hook do not run. */
  readonly natBound?: boolean;
  /** IPVS DNATed the packet: the caller routes it again (it leaves through LOCAL_OUT, not FORWARD). */
  readonly ipvs?: boolean;
}

/** conntrack's state as the rule matchers see it. */
export function ctStateOf(lookup: Lookup | undefined): 'NEW' | 'ESTABLISHED' | 'UNTRACKED' {
  if (lookup === undefined) return 'UNTRACKED';
  return lookup.direction === 'reply' || lookup.entry.state === 'ESTABLISHED' ? 'ESTABLISHED' : 'NEW';
}
