/**
 * Cilium's service load-balancing over the node's eBPF service map (`cilium-dbg service list`), in its three
 * places (REFERENCE.md §6, Cilium `kubeproxy-free.rst`):
 * - socket LB (kube-proxy replacement): at connect()/sendmsg() in the client's netns the socket is connected
 *   to the backend, so the packet on the wire already carries the backend address: no DNAT, no conntrack NAT.
 *   `socketLB.hostNamespaceOnly` is not in the dataplane state, so it is not modelled (socket LB applies to pods).
 * - per packet at the pod's `lxc` tc hook: DNAT to the backend (ClusterIP only without the replacement).
 * - external NodePort / LoadBalancer / externalIP traffic on the node's device: eBPF NAT, SNAT mode by default
 *   ("the node redirects the request to the remote backend on its behalf by performing SNAT"); a local backend
 *   keeps the client's address.
 * The backend is chosen the way the default `bpf-lb-algorithm=random` does: uniformly among the active
 * backends (terminating ones only serve existing flows). No active backend: `serviceNoBackendResponse`
 * (default `reject`).
 */
import type { CiliumServiceEntry, CiliumServiceType } from '../../../dataplane/cni/cilium/types.ts';
import type { NodeDataplane } from '../../../dataplane/types.ts';
import type { Decider } from '../../types.ts';
import { isNodeAddress, ciliumLocate, ownAddresses } from './tunnel.ts';
import type { CiliumNodePortDecision, CiliumServiceDecision } from './types.ts';

type Proto = 'tcp' | 'udp' | 'sctp' | 'icmp' | 'TCP' | 'UDP' | 'SCTP' | 'ICMP';

/** The frontend for (dst, dport, proto) among `types`; the NodePort `0.0.0.0` surrogate matches node addresses. */
function findFrontend(
  node: NodeDataplane,
  dst: string,
  dport: number,
  proto: Proto,
  types: readonly CiliumServiceType[],
  surrogate: (ip: string) => boolean,
): CiliumServiceEntry | undefined {
  const state = node.cilium;
  if (state === undefined) return undefined;
  const protocol = proto.toUpperCase();
  const candidates = state.services.filter(
    (entry) =>
      types.includes(entry.type) && entry.frontend.port === dport && entry.frontend.protocol === protocol,
  );
  return (
    candidates.find((entry) => entry.frontend.ip === dst) ??
    (surrogate(dst) ? candidates.find((entry) => entry.frontend.ip === '0.0.0.0') : undefined)
  );
}

function selectBackend(entry: CiliumServiceEntry, draw: () => number): CiliumServiceDecision {
  const active = entry.backends.filter((backend) => backend.state === 'active');
  if (active.length === 0) return { kind: 'no-backend', serviceId: entry.id, entry, response: 'reject' };
  const index = Math.min(active.length - 1, Math.floor(draw() * active.length));
  const backend = active[index] ?? active[0];
  if (backend === undefined) return { kind: 'no-backend', serviceId: entry.id, entry, response: 'reject' };
  return {
    kind: 'backend',
    backend,
    serviceId: entry.id,
    entry,
    backendSlot: entry.backends.indexOf(backend) + 1,
  };
}

const ALL_TYPES: readonly CiliumServiceType[] = ['ClusterIP', 'NodePort', 'ExternalIPs', 'LoadBalancer'];

/**
 * Socket LB at connect(): undefined when the node has no kube-proxy replacement (no socket LB) or the
 * destination is no service frontend; otherwise the backend the socket is connected to.
 */
export function ciliumSocketLb(
  node: NodeDataplane,
  dst: string,
  dport: number,
  proto: Proto,
  draw: () => number,
): CiliumServiceDecision | undefined {
  const state = node.cilium;
  if (state?.kubeProxyReplacement !== true) return undefined;
  const entry = findFrontend(node, dst, dport, proto, ALL_TYPES, (ip) => isNodeAddress(state, ip));
  return entry === undefined ? undefined : selectBackend(entry, draw);
}

/**
 * Per-packet LB at the source pod's `lxc` tc hook (DNAT on the wire to `backend.ip:backend.port`): ClusterIP
 * frontends without kube-proxy replacement, every frontend with it (the `hostNamespaceOnly` fallback).
 */
export function ciliumPerPacketLb(
  node: NodeDataplane,
  dst: string,
  dport: number,
  proto: Proto,
  draw: () => number,
): CiliumServiceDecision | undefined {
  const state = node.cilium;
  if (state === undefined) return undefined;
  const types: readonly CiliumServiceType[] = state.kubeProxyReplacement ? ALL_TYPES : ['ClusterIP'];
  const entry = findFrontend(node, dst, dport, proto, types, (ip) => isNodeAddress(state, ip));
  return entry === undefined ? undefined : selectBackend(entry, draw);
}

/**
 * External traffic to a NodePort, LoadBalancer IP or externalIP arriving on this node (only with kube-proxy
 * replacement; otherwise kube-proxy's rules handle it and this returns undefined). The `0.0.0.0` NodePort
 * frontend matches this node's own addresses only.
 */
export function ciliumNodePortLb(
  node: NodeDataplane,
  dst: string,
  dport: number,
  proto: Proto,
  draw: () => number,
): CiliumNodePortDecision | undefined {
  const state = node.cilium;
  if (state?.kubeProxyReplacement !== true) return undefined;
  const own = ownAddresses(state);
  const types: readonly CiliumServiceType[] = ['NodePort', 'ExternalIPs', 'LoadBalancer'];
  const entry = findFrontend(node, dst, dport, proto, types, (ip) => own.includes(ip));
  if (entry === undefined) return undefined;
  const decision = selectBackend(entry, draw);
  if (decision.kind === 'no-backend') return decision;
  const { backend } = decision;
  const dnat = { address: backend.ip, port: backend.port };
  const location = ciliumLocate(node, backend.ip);
  const local = backend.node === node.node || location?.kind === 'local';
  if (local) return { ...decision, dnat, backendNode: 'local' };
  // SNAT to the node's own address (the first host-identity /32 that is not cilium_host).
  const snatAddress = own.find((ip) => ip !== state.routerIP) ?? own[0];
  return {
    ...decision,
    dnat,
    ...(snatAddress === undefined ? {} : { snat: { address: snatAddress } }),
    backendNode: { node: backend.node ?? '', ip: location?.tunnelEndpoint ?? '' },
  };
}

/** The `cilium-dbg service list` row of the frontend (and the chosen backend), linked by `cilium-service:<id>`. */
export function ciliumServiceDecider(decision: CiliumServiceDecision | CiliumNodePortDecision): Decider {
  const { frontend, type } = decision.entry;
  const front = `${frontend.ip}:${frontend.port}/${frontend.protocol}`;
  const back =
    decision.kind === 'backend'
      ? `${decision.backendSlot} => ${decision.backend.ip}:${decision.backend.port}/${decision.backend.protocol} (${decision.backend.state})`
      : '(no backends)';
  return {
    text: `${front}   ${type}   ${back}`,
    view: 'cilium',
    refs: [`cilium-service:${decision.serviceId}`],
  };
}
