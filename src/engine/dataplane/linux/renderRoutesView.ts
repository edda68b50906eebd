/**
 * `packetwalk rules --format routes`: the node's Linux networking as four commands would show it — `ip addr`,
 * `ip route` (main, then table local), `ip neigh`, `bridge fdb show` — for the host namespace, then for each
 * pod's namespace as `ip netns exec <name> …` would. Each section starts with a `# <command>` line.
 */
import type { NetNamespace, NetnsId, NodeDataplane } from '../types.ts';
import type { LinuxLine } from './lines.ts';
import { sandboxNetnsName } from './names.ts';
import { renderIpAddr } from './renderIpAddr.ts';
import { renderBridgeFdb, renderIpNeigh } from './renderIpNeigh.ts';
import { renderIpRoute } from './renderIpRoute.ts';

/** The `/var/run/netns` name of a pod namespace on this node (`cni-…`); the host namespace has none. */
export function netnsNameOf(node: string, id: NetnsId): string | undefined {
  return id === 'host' ? undefined : sandboxNetnsName(node, id.slice('pod:'.length));
}

function section(command: string, body: readonly LinuxLine[]): LinuxLine[] {
  return [{ text: `# ${command}` }, ...body];
}

/** The four views of one namespace; `prefix` is `ip netns exec <name> ` for a pod. */
export function renderNamespaceView(ns: NetNamespace, node: string): readonly LinuxLine[] {
  const name = netnsNameOf(node, ns.id);
  const prefix = name === undefined ? '' : `ip netns exec ${name} `;
  const who = ns.pod === undefined ? `node ${node}` : `pod ${ns.pod}`;
  return [
    { text: `## ${who}` },
    ...section(`${prefix}ip addr`, renderIpAddr(ns, { netnsName: (id) => netnsNameOf(node, id) })),
    ...section(`${prefix}ip route`, renderIpRoute(ns, 'main')),
    ...section(`${prefix}ip route show table local`, renderIpRoute(ns, 'local')),
    ...section(`${prefix}ip neigh`, renderIpNeigh(ns)),
    ...section(`${prefix}bridge fdb show`, renderBridgeFdb(ns)),
  ];
}

export function renderRoutesView(node: NodeDataplane): readonly LinuxLine[] {
  return node.netns.flatMap((ns) => renderNamespaceView(ns, node.node));
}
