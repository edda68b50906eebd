/**
 * The contract between the topology canvas and the packet token: the ids of the things drawn, and for every
 * step of a walk the ids it can be shown at, most specific first. The canvas uses these ids for its React
 * Flow nodes; the token moves to the first candidate the canvas actually drew (a collapsed pod, say, falls
 * back to its node). Pure and unit-tested; no React here.
 */
import type { Hook } from '../../engine/dataplane/netfilter/model.ts';
import { KUBE_IPVS0 } from '../../engine/dataplane/kubeproxy/ipvs/kubeIpvs0.ts';
import type { Step } from '../../engine/index.ts';

/** A pod's network namespace with its `eth0`. */
export const podId = (ref: string): string => `pod:${ref}`;
/** A device in a node's host namespace (`eth0`, `cni0`, `flannel.1`, `kube-ipvs0`, a host veth end). */
export const deviceId = (node: string, device: string): string => `dev:${node}:${device}`;
/** One of the five netfilter hook points of a node's host namespace. */
export const hookId = (node: string, hook: Hook): string => `hook:${node}:${hook}`;
/** The host namespace's routing decision. */
export const routeId = (node: string): string => `route:${node}`;
/** The group of one Kubernetes node (drawn in full or as a compact card). */
export const nodeId = (node: string): string => `node:${node}`;
/** An external client from the Cluster document. */
export const externalId = (name: string): string => `external:${name}`;
/** The node network between the nodes (and the router to the outside). */
export const UNDERLAY = 'underlay';
/** The cloud load balancer in front of LoadBalancer Services. */
export const CLOUD_LB = 'cloud-lb';
/** The resolver CoreDNS forwards names outside the cluster domain to. */
export const UPSTREAM_DNS = 'upstream-dns';

/** The ids a step can be shown at, most specific first; the last is always something every canvas draws. */
export function anchorCandidates(step: Step, externals: ReadonlyMap<string, string>): readonly string[] {
  const { at } = step;
  if (at.node === undefined) {
    switch (step.kind) {
      case 'load-balancer':
        return [CLOUD_LB, UNDERLAY];
      case 'dns-answer':
        return [UPSTREAM_DNS, UNDERLAY];
      case 'socket-send':
      case 'deliver': {
        // Outside any node, a send or a delivery is an external host: the one whose address the packet has.
        const ip = step.kind === 'socket-send' ? step.packet.src : step.packet.dst;
        const name = externals.get(ip);
        return name === undefined ? [UNDERLAY] : [externalId(name), UNDERLAY];
      }
      default:
        return [UNDERLAY];
    }
  }
  const node = at.node;
  const fallback = nodeId(node);
  if (step.kind === 'underlay') return [UNDERLAY];
  // A pod's network namespace id (`pod:<ref>`) is its drawn id, podId(ref).
  if (at.netns !== undefined && at.netns !== 'host') return [at.netns, fallback];
  const device = at.device === undefined || at.device === 'lo' ? [] : [deviceId(node, at.device)];
  switch (step.kind) {
    case 'netfilter':
    case 'conntrack':
    case 'nftables':
      return at.hook === undefined ? [...device, fallback] : [hookId(node, at.hook), ...device, fallback];
    case 'ipvs':
      return [deviceId(node, KUBE_IPVS0), ...(at.hook ? [hookId(node, at.hook)] : []), fallback];
    case 'route':
      return [routeId(node), fallback];
    default:
      return [...device, ...(at.hook ? [hookId(node, at.hook)] : []), fallback];
  }
}

/** The externals of a cluster by address, for {@link anchorCandidates}. */
export function externalsByIp(
  clients: readonly { readonly name: string; readonly ip: string }[],
): Map<string, string> {
  return new Map(clients.map((c) => [c.ip, c.name]));
}
