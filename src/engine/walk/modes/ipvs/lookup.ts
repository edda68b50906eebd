/**
 * IPVS on one node (REFERENCE.md §2): the virtual server a packet hits, the real server it goes to, and
 * whether a VIP answers ping. kube-proxy binds every VIP to the dummy device kube-ipvs0, so routing
 * delivers the packet LOCAL and IPVS takes it at LOCAL_IN (see `hooks.ts` for the exact hook points and what
 * the packet passes after the DNAT).
 *
 * Persistence (ClientIP affinity, `persistent <timeout>`): a template keyed by the client address and the
 * virtual server pins the real server; the scheduler runs only when no template exists (`ip_vs_sched_persist`).
 * Templates never expire within a walk.
 *
 * No real server: the kernel's `ip_vs_schedule` finds no destination and `ip_vs_leave` sends ICMP port
 * unreachable for TCP/UDP/SCTP and drops the packet (ICMP is dropped silently). The client therefore sees
 * "connection refused" at once rather than a timeout; REFERENCE.md §9.2 marks the client-visible behaviour
 * UNCONFIRMED, and this follows the kernel source (net/netfilter/ipvs/ip_vs_core.c, `ip_vs_leave`).
 */
import { ipvsRealServerId, ipvsVirtualServerId } from '../../../dataplane/kubeproxy/ipvs/renderIpvsadm.ts';
import type { IpvsEntryId } from '../../../dataplane/kubeproxy/ipvs/renderIpvsadm.ts';
import type { IpvsVirtualServer, NodeDataplane } from '../../../dataplane/types.ts';
import { schedule } from './schedulers.ts';
import type { IpvsDecision, IpvsIcmpAnswer, IpvsPacket, IpvsSchedulerState } from './types.ts';

/** The state before any packet: no round-robin history, no templates, no connections. */
export const emptyIpvsState: IpvsSchedulerState = {
  cursor: new Map(),
  templates: new Map(),
  activeConnections: new Map(),
};

const templateKey = (vsId: IpvsEntryId, client: string): string => `${vsId}|${client}`;

/** The virtual server on (dst, dport, protocol), if the node has one. ICMP never matches one. */
export function ipvsVirtualServerFor(
  node: NodeDataplane,
  dst: string,
  dport: number,
  protocol: IpvsPacket['protocol'],
): IpvsVirtualServer | undefined {
  if (protocol === 'icmp') return undefined;
  const proto = protocol.toUpperCase();
  return node.ipvs?.virtualServers.find((vs) => vs.ip === dst && vs.port === dport && vs.protocol === proto);
}

function withEntry<K, V>(map: ReadonlyMap<K, V>, key: K, value: V): ReadonlyMap<K, V> {
  const next = new Map(map);
  next.set(key, value);
  return next;
}

/**
 * What IPVS does with a packet addressed to (dst, dport, protocol): undefined when no virtual server matches
 * (the packet is an ordinary local packet); otherwise the real server and the DNAT, or the no-real-server
 * outcome. Call it for a connection's first packet (TCP SYN, a new UDP flow): IPVS schedules only then; later
 * packets follow the IPVS connection entry, i.e. the walker's conntrack entry with the same DNAT.
 * `draw` is only called by schedulers that need a seeded start (rr, wrr without history).
 * The returned `state` counts the new connection as active on its real server and records the rr position
 * and any persistence template.
 */
export function ipvsLookup(
  node: NodeDataplane,
  packet: IpvsPacket,
  draw: () => number,
  state: IpvsSchedulerState = emptyIpvsState,
): IpvsDecision | undefined {
  const vs = ipvsVirtualServerFor(node, packet.dst, packet.dport, packet.protocol);
  if (vs === undefined) return undefined;
  const vsId = ipvsVirtualServerId(vs);
  const noRealServer = (): IpvsDecision => ({
    kind: 'no-real-server',
    virtualServer: vs,
    vsId,
    response: packet.protocol === 'icmp' ? 'silent-drop' : 'icmp-port-unreachable',
    state,
  });

  const key = templateKey(vsId, packet.src);
  const pinned = vs.persistentSeconds === undefined ? undefined : state.templates.get(key);
  const pinnedServer = vs.realServers.find(
    (rs) => pinned !== undefined && ipvsRealServerId(vs, rs) === pinned,
  );
  // A template whose real server left or was quiesced is not used (expire_quiescent_template=1).
  if (pinnedServer !== undefined && pinnedServer.weight > 0) {
    return forward(vs, vsId, pinnedServer, 'persistence', false, state);
  }

  const pick = schedule({
    scheduler: vs.scheduler,
    realServers: vs.realServers,
    src: packet.src,
    dst: packet.dst,
    cursor: state.cursor.get(vsId),
    activeConnections: (rs) => state.activeConnections.get(ipvsRealServerId(vs, rs)) ?? 0,
    draw,
  });
  const chosen = pick.index === undefined ? undefined : vs.realServers[pick.index];
  if (chosen === undefined) return noRealServer();
  let next = state;
  if (pick.cursor !== undefined) next = { ...next, cursor: withEntry(next.cursor, vsId, pick.cursor) };
  if (vs.persistentSeconds !== undefined)
    next = { ...next, templates: withEntry(next.templates, key, ipvsRealServerId(vs, chosen)) };
  return forward(vs, vsId, chosen, 'scheduler', pick.approximated, next);
}

function forward(
  vs: IpvsVirtualServer,
  vsId: IpvsEntryId,
  rs: IpvsVirtualServer['realServers'][number],
  choice: 'persistence' | 'scheduler',
  approximated: boolean,
  state: IpvsSchedulerState,
): IpvsDecision {
  const rsId = ipvsRealServerId(vs, rs);
  const active = (state.activeConnections.get(rsId) ?? 0) + 1;
  return {
    kind: 'forward',
    virtualServer: vs,
    realServer: rs,
    vsId,
    rsId,
    scheduler: vs.scheduler,
    choice,
    approximated,
    dnat: { address: rs.ip, port: rs.port },
    state: { ...state, activeConnections: withEntry(state.activeConnections, rsId, active) },
  };
}

/**
 * Whether ICMP echo to `dst` is answered by the node itself because `dst` is one of its addresses. In IPVS
 * mode every ClusterIP is a /32 on kube-ipvs0 and IPVS only schedules TCP, UDP and SCTP, so an echo request
 * to a ClusterIP is delivered locally and the node's stack replies: "IPVS ClusterIPs answer ping"
 * (REFERENCE.md §2). The walker must still run the INPUT chains first: KUBE-IPVS-FILTER rejects NEW packets
 * to a KUBE-IPVS-IPS address that match none of the service sets, and an ICMP packet matches no
 * `ip,port` member, so since KUBE-IPVS-FILTER exists (v1.27+, the version generated here) the ping is
 * rejected there with ICMP port unreachable (kubernetes/website#41002, "kubernetes 1.27 version can not ping
 * cluster ip"). This function answers only the routing half: the address is local.
 */
export function ipvsAnswersIcmp(node: NodeDataplane, dst: string): IpvsIcmpAnswer | undefined {
  const host = node.netns.find((ns) => ns.id === 'host');
  const address = host?.addresses.find((a) => a.ip === dst);
  if (address === undefined) return undefined;
  const virtualAddress =
    node.ipvs?.virtualServers.some((vs) => vs.ip === dst) === true || address.device === 'kube-ipvs0';
  return { device: address.device, address: address.ip, virtualAddress };
}
