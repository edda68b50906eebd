/**
 * The state a node's kernel keeps between connections, which a walk session carries from one trace to the
 * next: iptables `recent` lists (kube-proxy's session affinity: `KUBE-SEP-… -m recent --set`, checked by
 * `KUBE-SVC-… -m recent --rcheck --seconds N`), IPVS scheduler state (round-robin cursors, persistence
 * templates, open connections) and nftables dynamic sets (`affinity-…`, filled by `update @set { ip saddr }`).
 *
 * Time does not pass in a session: every connection happens at second 0, so every entry is within any
 * affinity timeout (`--seconds`, `persistent`, the set's `timeout`). Connections are never closed, so IPVS's
 * least-connection schedulers see the earlier ones as active.
 */
import { emptyIpvsState, type IpvsSchedulerState } from './modes/index.ts';

/** One node's between-connection state (immutable: a session hands it from trace to trace). */
export interface NodeSessionState {
  /** `recent` lists: list name → source address → when it was last seen (seconds into the session). */
  readonly recent: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** IPVS scheduler state: round-robin cursors, persistence templates, active connections. */
  readonly ipvs: IpvsSchedulerState;
  /** nftables dynamic sets: set name → the addresses added to it. */
  readonly nftSets: ReadonlyMap<string, ReadonlySet<string>>;
}

/** What a walk session carries between connections: each node's state, by node name. */
export interface WalkSessionState {
  readonly nodes: ReadonlyMap<string, NodeSessionState>;
}

/** The state before the first connection: every list, template and set empty. */
export const emptySessionState: WalkSessionState = { nodes: new Map() };

/** The session clock: time does not pass between (or within) connections. */
export const SESSION_NOW = 0;

/** One node's state while a trace is walked (mutated in place; copied in and out of the immutable form). */
export interface NodeKernelState {
  readonly recent: Map<string, Map<string, number>>;
  ipvs: IpvsSchedulerState;
  readonly nftSets: Map<string, Set<string>>;
}

/** The walk's per-node kernel state, filled lazily from the session it started with. */
export interface KernelStates {
  readonly initial: WalkSessionState;
  readonly nodes: Map<string, NodeKernelState>;
}

export function kernelStates(initial: WalkSessionState): KernelStates {
  return { initial, nodes: new Map() };
}

/** The node's mutable state, copied from the session's on first use. */
export function kernelOf(states: KernelStates, node: string): NodeKernelState {
  const known = states.nodes.get(node);
  if (known !== undefined) return known;
  const from = states.initial.nodes.get(node);
  const state: NodeKernelState = {
    recent: new Map([...(from?.recent ?? [])].map(([list, seen]) => [list, new Map(seen)])),
    ipvs: from?.ipvs ?? emptyIpvsState,
    nftSets: new Map([...(from?.nftSets ?? [])].map(([set, members]) => [set, new Set(members)])),
  };
  states.nodes.set(node, state);
  return state;
}

/** The session state after the walk: the nodes it touched, copied out, over the ones it did not. */
export function sessionStateOf(states: KernelStates): WalkSessionState {
  const nodes = new Map(states.initial.nodes);
  for (const [name, state] of states.nodes) {
    nodes.set(name, {
      recent: new Map([...state.recent].map(([list, seen]) => [list, new Map(seen)])),
      ipvs: state.ipvs,
      nftSets: new Map([...state.nftSets].map(([set, members]) => [set, new Set(members)])),
    });
  }
  return { nodes };
}
