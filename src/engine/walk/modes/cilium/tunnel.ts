/**
 * Cilium's ipcache as the datapath reads it: the longest prefix holding an address gives its security
 * identity and, for a remote pod (or remote `cilium_host`) in tunnel mode, the node to encapsulate to
 * (`tunnelEndpoint`, REFERENCE.md §6). Pod entries are /32s, so the common lookup is an exact match.
 */
import type { CiliumIpcacheEntry, CiliumState } from '../../../dataplane/cni/cilium/types.ts';
import type { NodeDataplane } from '../../../dataplane/types.ts';
import { addressMatches, prefixLength } from '../address.ts';
import type { CiliumLocation } from './types.ts';

/** `reserved:host`: the node's own addresses in its own ipcache. */
const HOST_IDENTITY = 1;

/** This node's own addresses (node IP, `cilium_host`), as its ipcache records them. */
export function ownAddresses(state: CiliumState): readonly string[] {
  return state.ipcache.nodes
    .filter((entry) => entry.identity === HOST_IDENTITY && prefixLength(entry.prefix) === 32)
    .map((entry) => entry.prefix.slice(0, entry.prefix.indexOf('/')));
}

/** Every node's address (identity host or remote-node), for the NodePort `0.0.0.0` frontend. */
export function isNodeAddress(state: CiliumState, ip: string): boolean {
  return state.ipcache.nodes.some(
    (entry) => entry.identity !== 2 && prefixLength(entry.prefix) === 32 && addressMatches(entry.prefix, ip),
  );
}

function longestPrefix(entries: readonly CiliumIpcacheEntry[], ip: string): CiliumIpcacheEntry | undefined {
  const exact = `${ip}/32`;
  const hit = entries.find((entry) => entry.prefix === exact);
  if (hit !== undefined) return hit;
  let best: CiliumIpcacheEntry | undefined;
  for (const entry of entries) {
    if (!addressMatches(entry.prefix, ip)) continue;
    if (best === undefined || prefixLength(entry.prefix) > prefixLength(best.prefix)) best = entry;
  }
  return best;
}

/**
 * Where `ip` lives as this node's datapath sees it; undefined when the node does not run Cilium. An address
 * outside every cluster prefix falls to `0.0.0.0/0` (world), which is `routed`.
 */
export function ciliumLocate(node: NodeDataplane, ip: string): CiliumLocation | undefined {
  const state = node.cilium;
  if (state === undefined) return undefined;
  const entry = longestPrefix(state.ipcache.pods, ip) ?? longestPrefix(state.ipcache.nodes, ip);
  if (entry === undefined) return undefined;
  const own = ownAddresses(state);
  const localEndpoint = state.endpoints.some((endpoint) => endpoint.ipv4 === ip);
  const base = { entry, identity: entry.identity };
  if (localEndpoint || entry.identity === HOST_IDENTITY) return { ...base, kind: 'local' };
  const tunnel = entry.tunnelEndpoint;
  if (tunnel === undefined) return { ...base, kind: 'routed' };
  // The shared pod ipcache names the pod's own node as its tunnel endpoint: that means local, no encap.
  if (own.includes(tunnel)) return { ...base, kind: 'local' };
  return {
    ...base,
    kind: 'tunnel',
    tunnelEndpoint: tunnel,
    ...(state.tunnelProtocol === undefined ? {} : { protocol: state.tunnelProtocol }),
  };
}
