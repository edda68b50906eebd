/**
 * The mutable state of one trace while it is being walked: the cluster, the lazily built nodes, the seeded
 * draws, the conntrack tables (shared by the forward and the reply walk, as the kernel's are), the steps so
 * far, and the budget that guarantees every walk ends. Only the walker's own modules see it; the result is
 * an immutable `Trace`.
 */
import type { LazyDataplane } from '../dataplane/build.ts';
import type { Cluster } from '../cluster/types.ts';
import type { NetNamespace, NodeDataplane, NetnsId } from '../dataplane/types.ts';
import type { ConntrackTable, Lookup } from './conntrack.ts';
import type { Draws } from './random.ts';
import type { KernelStates } from './sessionState.ts';
import type { DropReason, PacketState, Step, Verdict } from './types.ts';

/** Where the packet is: in a node's namespace, or outside the cluster (an external host, the router). */
export type Place =
  | { readonly kind: 'node'; readonly node: string; readonly netns: NetnsId }
  | { readonly kind: 'outside'; readonly host: string };

/** How a walk ended, with the socket that received the packet when it was delivered. */
export interface WalkEnd {
  readonly verdict: Verdict;
  readonly reason?: DropReason;
  readonly place?: Place;
  readonly packet?: PacketState;
}

export interface WalkContext {
  readonly cluster: Cluster;
  readonly dataplane: LazyDataplane;
  readonly draws: Draws;
  readonly conntrack: ConntrackTable;
  /**
   * Each node's state between connections (`recent` lists, IPVS scheduler state, nftables affinity sets),
   * started from the walk session's and handed back to it: see `kernelOf`.
   */
  readonly kernel: KernelStates;
  steps: Step[];
  /** The packet as the previous step left it, to compute each step's `changed`. */
  last: PacketState | undefined;
  /** Steps left before the walk gives up (a safety net behind TTL). */
  budget: number;
  /** The conntrack entry the packet carries while it stays in one node's host namespace (skb->_nfct). */
  attached: { readonly node: string; readonly lookup: Lookup } | undefined;
  /** Cilium socket-LB's translation of this connection (recvmsg reverses it for the client). */
  socketLb:
    | {
        /** `socket`: reversed at recvmsg; `tc`: reversed by bpf_lxc on the way back into the client. */
        readonly kind: 'socket' | 'tc';
        readonly service: string;
        readonly servicePort: number;
        readonly backend: string;
        readonly backendPort: number;
      }
    | undefined;
  /** Cilium's NodePort translation on the node the client reached (bpf_host), reversed for the reply there. */
  nodePort:
    | {
        readonly node: string;
        readonly client: string;
        readonly clientPort: number | undefined;
        readonly frontend: string;
        readonly frontendPort: number;
        readonly snat: string | undefined;
      }
    | undefined;
  /** Set when the forward walk is the reply: conntrack lookups expect the reply direction. */
  replying: boolean;
}

/** The node, or undefined when the cluster has no such node. */
export function nodeOf(ctx: WalkContext, name: string): NodeDataplane | undefined {
  return ctx.dataplane.node(name);
}

export function netnsOf(ctx: WalkContext, node: string, id: NetnsId): NetNamespace | undefined {
  return ctx.dataplane.node(node)?.netns.find((ns) => ns.id === id);
}

/**
 * The step budget of one walk: generous for real paths and for a routing loop to run its TTL of 64 down
 * (about ten units a hop), small enough to end a broken one quickly.
 */
export const STEP_BUDGET = 1500;
