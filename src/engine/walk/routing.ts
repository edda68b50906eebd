/**
 * The routing decision, as `ip route get` makes it: the local table first (policy rule 0), then main, longest
 * prefix winning and the lowest metric breaking ties; and the source address the kernel picks for a socket
 * that did not bind one (the route's `src`, else the outgoing device's address on the next hop's subnet).
 */
import type { Address, NetNamespace, Route } from '../dataplane/types.ts';
import { formatRoute } from '../dataplane/linux/renderIpRoute.ts';
import { prefixContains, prefixLength } from './addr.ts';
import type { Decider } from './types.ts';

export type RouteKind = 'local' | 'broadcast' | 'unicast' | 'blackhole' | 'unreachable' | 'none';

export interface RouteDecision {
  readonly kind: RouteKind;
  readonly route?: Route;
  /** Index in `netns.routes` (the node views' `route:<netns>:<index>` ref). */
  readonly index?: number;
  readonly dev?: string;
  /** The next hop: the route's `via`, else the destination itself (on-link). */
  readonly nexthop?: string;
}

function best(
  ns: NetNamespace,
  table: Route['table'],
  dst: string,
): { route: Route; index: number } | undefined {
  let found: { route: Route; index: number; bits: number } | undefined;
  ns.routes.forEach((route, index) => {
    if (route.table !== table || !prefixContains(route.dst, dst)) return;
    const bits = prefixLength(route.dst);
    const better =
      found === undefined ||
      bits > found.bits ||
      (bits === found.bits && (route.metric ?? 0) < (found.route.metric ?? 0));
    if (better) found = { route, index, bits };
  });
  return found;
}

/** `ip route get <dst>` in this namespace. */
export function lookupRoute(ns: NetNamespace, dst: string): RouteDecision {
  const local = best(ns, 'local', dst);
  if (local !== undefined && (local.route.type === 'local' || local.route.type === 'broadcast')) {
    const dev = local.route.type === 'local' ? 'lo' : local.route.dev;
    return {
      kind: local.route.type,
      route: local.route,
      index: local.index,
      ...(dev === undefined ? {} : { dev }),
      nexthop: dst,
    };
  }
  const main = best(ns, 'main', dst);
  if (main === undefined) return { kind: 'none' };
  const { route, index } = main;
  switch (route.type) {
    case 'blackhole':
    case 'unreachable':
      return { kind: route.type, route, index };
    case 'local':
    case 'broadcast':
    case 'unicast':
      return {
        kind: route.type === 'unicast' ? 'unicast' : route.type,
        route,
        index,
        ...(route.dev === undefined ? {} : { dev: route.dev }),
        nexthop: route.via ?? dst,
      };
  }
}

/** The source address for a packet leaving by `decision` (inet_select_addr). */
export function selectSource(ns: NetNamespace, decision: RouteDecision): string | undefined {
  if (decision.route?.src !== undefined) return decision.route.src;
  const global = (a: Address): boolean => a.scope === 'global';
  const onDev = ns.addresses.filter((a) => a.device === decision.dev && global(a));
  const hop = decision.nexthop;
  const sameSubnet = onDev.find((a) => hop !== undefined && prefixContains(`${a.ip}/${a.prefix}`, hop));
  return (sameSubnet ?? onDev[0] ?? ns.addresses.find(global) ?? ns.addresses[0])?.ip;
}

/** The route as a decider, linking into the routes view. */
export function routeDecider(ns: NetNamespace, decision: RouteDecision): Decider | undefined {
  if (decision.route === undefined || decision.index === undefined) return undefined;
  return {
    text: formatRoute(decision.route),
    view: 'routes',
    refs: [`route:${ns.id}:${decision.index}`],
  };
}

/** The kernel's address type of `address` here (addrtype match): LOCAL, BROADCAST or UNICAST. */
export function addressTypeOf(
  ns: NetNamespace,
  address: string,
  device?: string,
): 'LOCAL' | 'BROADCAST' | 'UNICAST' {
  for (const route of ns.routes) {
    if (route.table !== 'local' || !prefixContains(route.dst, address)) continue;
    if (device !== undefined && route.dev !== device) continue;
    if (route.type === 'local') return 'LOCAL';
    if (route.type === 'broadcast' && prefixLength(route.dst) === 32) return 'BROADCAST';
  }
  return 'UNICAST';
}
