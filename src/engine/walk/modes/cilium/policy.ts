/**
 * Cilium's policy enforcement at a pod's `lxc` veth (tc hooks, REFERENCE.md §6): the pod's egress is checked
 * when the packet leaves it (from-container), its ingress when the packet is delivered to it (to-container),
 * each against the endpoint's policy map with the peer's identity from the ipcache. The lookup itself is the
 * policy colleague's `ciliumPolicyVerdict`; this adds the observation point and the ids the walk shows.
 */
import { ciliumIdentityOf, ciliumPolicyVerdict } from '../../../dataplane/policy/index.ts';
import type { PolicyMapEntry } from '../../../dataplane/policy/cilium/types.ts';
import type { NodeDataplane } from '../../../dataplane/types.ts';
import type { PodRef } from '../../../cluster/types.ts';
import type { IPv4 } from '../../../net/ipv4.ts';
import type { PolicyDirection } from '../../../policy/types.ts';
import type { Decider } from '../../types.ts';
import type { CiliumPolicyDecision } from './types.ts';

type Proto = 'tcp' | 'udp' | 'sctp' | 'icmp';

const UPPER = { tcp: 'TCP', udp: 'UDP', sctp: 'SCTP', icmp: 'ICMP' } as const;

/** A stable id for a policy-map entry (no node view renders policy maps yet). */
function entryRef(pod: string, entry: PolicyMapEntry): string {
  const range = entry.endPort === undefined ? '' : `-${entry.endPort}`;
  return `cilium-policy:${pod}/${entry.direction}/${entry.identity}/${entry.protocol}/${entry.port}${range}`;
}

function verdictAt(
  node: NodeDataplane,
  pod: string,
  direction: PolicyDirection,
  peerIp: string,
  port: number | undefined,
  proto: Proto,
): CiliumPolicyDecision | undefined {
  const state = node.ciliumPolicy;
  const endpoint = state?.endpoints.find((candidate) => candidate.pod === pod);
  if (state === undefined || endpoint === undefined) return undefined;
  const peerIdentity = ciliumIdentityOf(state, peerIp as IPv4);
  const result = ciliumPolicyVerdict(
    state,
    pod as PodRef,
    direction,
    peerIdentity,
    proto === 'icmp' ? undefined : port,
    UPPER[proto],
  );
  const common = {
    direction,
    observationPoint: direction === 'egress' ? 'from-container' : 'to-container',
    endpointIdentity: endpoint.identity,
    peerIdentity,
    enforced: direction === 'egress' ? endpoint.egressEnforced : endpoint.ingressEnforced,
  } as const;
  return result.verdict === 'FORWARDED'
    ? { ...common, verdict: 'FORWARDED', entry: result.entry, entryRef: entryRef(pod, result.entry) }
    : { ...common, verdict: 'DROPPED', reason: result.reason };
}

/**
 * The pod's egress check as the packet leaves it toward `peerIp:port` (the destination after any socket-LB
 * translation). Undefined when the pod is not a Cilium endpoint on this node (host network, or no Cilium).
 */
export function ciliumTcEgress(
  node: NodeDataplane,
  pod: string,
  peerIp: string,
  port: number | undefined,
  proto: Proto,
): CiliumPolicyDecision | undefined {
  return verdictAt(node, pod, 'egress', peerIp, port, proto);
}

/** The pod's ingress check as a packet from `peerIp` (the source on the wire) is delivered to its `port`. */
export function ciliumTcIngress(
  node: NodeDataplane,
  pod: string,
  peerIp: string,
  port: number | undefined,
  proto: Proto,
): CiliumPolicyDecision | undefined {
  return verdictAt(node, pod, 'ingress', peerIp, port, proto);
}

/** The deciding entry as `cilium-dbg bpf policy get` would list it, or the denial. */
export function ciliumPolicyDecider(decision: CiliumPolicyDecision): Decider {
  const dir = decision.direction === 'ingress' ? 'Ingress' : 'Egress';
  const entry = decision.entry;
  if (decision.verdict === 'DROPPED' || entry === undefined) {
    return {
      text: `DROPPED (Policy denied): ${dir} from identity ${decision.peerIdentity}, no policy-map entry allows it`,
      view: 'cilium',
      refs: [],
    };
  }
  const port =
    entry.port === 0 ? 'ANY' : `${entry.port}${entry.endPort === undefined ? '' : `-${entry.endPort}`}`;
  const identity = entry.identity === 0 ? 'ANY' : String(entry.identity);
  return {
    text: `Allow   ${dir}   ${identity}   ${port}/${entry.protocol}   ${entry.derivedFrom.join(', ')}`,
    view: 'cilium',
    refs: decision.entryRef === undefined ? [] : [decision.entryRef],
  };
}
