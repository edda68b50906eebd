/**
 * What the walker asks IPVS and what IPVS answers: the virtual server a packet hits on kube-ipvs0, the real
 * server the scheduler (or a persistence template) picks, and the DNAT that follows (kube-proxy only uses the
 * Masq forwarding method). Scheduler state (round-robin position, persistence templates, connection counts)
 * lives outside the dataplane, as in the kernel, so it is passed in and the next state handed back.
 */
import type { IpvsEntryId } from '../../../dataplane/kubeproxy/ipvs/renderIpvsadm.ts';
import type { IpvsRealServer, IpvsVirtualServer } from '../../../dataplane/types.ts';

export interface IpvsPacket {
  readonly src: string;
  readonly dst: string;
  readonly dport: number;
  readonly protocol: 'tcp' | 'udp' | 'sctp' | 'icmp';
  readonly sport?: number;
}

/** The kernel's per-service scheduler data and connection table, as far as a walk needs it. */
export interface IpvsSchedulerState {
  /**
   * Round-robin position per virtual server: the index (into `realServers`) of the real server picked last
   * (`svc->sched_data` in ip_vs_rr.c), or for wrr the position in the weighted cycle.
   */
  readonly cursor: ReadonlyMap<IpvsEntryId, number>;
  /** Persistence templates: `<vs id>|<client ip>` → the real server id the client sticks to. */
  readonly templates: ReadonlyMap<string, IpvsEntryId>;
  /** Active connections per real server id (lc, wlc, sed, nq); absent means 0. */
  readonly activeConnections: ReadonlyMap<IpvsEntryId, number>;
}

/** How the real server was chosen. */
export type IpvsChoice =
  /** A persistence template for this client existed (ClientIP affinity). */
  | 'persistence'
  /** The scheduler chose. */
  | 'scheduler';

export type IpvsDecision =
  /** A real server was chosen: the packet is DNATed to it (Masq). */
  | {
      readonly kind: 'forward';
      readonly virtualServer: IpvsVirtualServer;
      readonly realServer: IpvsRealServer;
      /** `ipvsVirtualServerId` / `ipvsRealServerId`: the refs of the `ipvsadm -Ln` lines. */
      readonly vsId: IpvsEntryId;
      readonly rsId: IpvsEntryId;
      readonly scheduler: string;
      readonly choice: IpvsChoice;
      /**
       * True when the scheduler is one this module does not reproduce exactly (lblc, lblcr, mh, fo, ovf,
       * twos and unknown names) and a documented stand-in chose; see `schedulers.ts`.
       */
      readonly approximated: boolean;
      readonly dnat: { readonly address: string; readonly port: number };
      /** The scheduler state after this packet, for the next packet of the walk. */
      readonly state: IpvsSchedulerState;
    }
  /**
   * The virtual server exists but has no usable real server (none, or all weight 0). The kernel's
   * `ip_vs_leave` answers a TCP/UDP/SCTP packet with ICMP port unreachable and drops it (no TCP RST: IPVS
   * has no socket); ICMP is dropped silently. REFERENCE.md §2/§9.2 lists the client-visible result as
   * UNCONFIRMED; this follows the kernel source (see the report and `lookup.ts`).
   */
  | {
      readonly kind: 'no-real-server';
      readonly virtualServer: IpvsVirtualServer;
      readonly vsId: IpvsEntryId;
      readonly response: 'icmp-port-unreachable' | 'silent-drop';
      readonly state: IpvsSchedulerState;
    };

/** Whether a local address answers ICMP echo itself, and why. */
export interface IpvsIcmpAnswer {
  /** The device the address is bound to (`kube-ipvs0` for a VIP). */
  readonly device: string;
  readonly address: string;
  /** True when the address is an IPVS virtual address (bound on kube-ipvs0). */
  readonly virtualAddress: boolean;
}
