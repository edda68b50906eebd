/**
 * `ip route show [table local]` exactly as iproute2 prints it (`print_route`): type (unless unicast),
 * destination (`default`, a bare address for /32), `via`, `dev`, `proto` (unless boot, the netlink default),
 * `scope` (unless global), `src`, `metric`, the `onlink` flag, then metrics such as `mtu`.
 */
import { cidrNetwork, cidrPrefix } from '../../net/cidr.ts';
import type { NetNamespace, Route } from '../types.ts';
import type { LinuxLine } from './lines.ts';

/** One route's text, without a trailing space. */
export function formatRoute(route: Route): string {
  const parts: string[] = [];
  if (route.type !== 'unicast') parts.push(route.type);
  parts.push(formatDestination(route.dst));
  if (route.via !== undefined) parts.push('via', route.via);
  if (route.dev !== undefined) parts.push('dev', route.dev);
  if (route.proto !== undefined && route.proto !== 'boot') parts.push('proto', route.proto);
  if (route.scope !== undefined && route.scope !== 'global') parts.push('scope', route.scope);
  if (route.src !== undefined) parts.push('src', route.src);
  if (route.metric !== undefined) parts.push('metric', String(route.metric));
  if (route.onlink === true) parts.push('onlink');
  if (route.mtu !== undefined) parts.push('mtu', String(route.mtu));
  return parts.join(' ');
}

function formatDestination(dst: Route['dst']): string {
  if (dst === 'default') return 'default';
  return cidrPrefix(dst) === 32 ? cidrNetwork(dst) : dst;
}

/** The routes of one table in the namespace's (already `ip route`-ordered) list, each linked to its entry. */
export function renderIpRoute(ns: NetNamespace, table: Route['table'] = 'main'): readonly LinuxLine[] {
  return ns.routes.flatMap((route, index) =>
    route.table === table ? [{ text: formatRoute(route), ref: { kind: 'route', netns: ns.id, index } }] : [],
  );
}
