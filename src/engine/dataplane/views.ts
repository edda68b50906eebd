/**
 * A node's dataplane as the commands a person would run on it, each line linked back to what it shows (a
 * netfilter rule id, a route or neighbour entry, an IPVS server, an nft rule), so the node panel can highlight
 * what a packet used and `packetwalk rules` can print the same text. Which views exist follows the node:
 * `ipvsadm` only in IPVS mode, `nft list ruleset` only in nftables mode, Cilium's service list only on Cilium.
 */
import type { LinuxRef } from './linux/lines.ts';
import { renderRoutesView } from './linux/renderRoutesView.ts';
import { renderIpsetList, renderIpvsadm, renderNftListRuleset } from './kubeproxy/index.ts';
import { renderIptablesRestore } from './netfilter/renderRestore.ts';
import { renderIptablesSave } from './netfilter/renderSave.ts';
import { renderCiliumServiceList } from './cni/cilium/render.ts';
import type { NodeDataplane } from './types.ts';

export const NODE_VIEW_KINDS = [
  'iptables-save',
  'iptables-restore',
  'nft',
  'ipvsadm',
  'ipset',
  'routes',
  'cilium',
  'system',
] as const;

/** One view of a node: iptables-save, kube-proxy's restore input, nft, ipvsadm, ipset, routes, Cilium, sysctls. */
export type NodeViewKind = (typeof NODE_VIEW_KINDS)[number];

export interface NodeViewLine {
  readonly text: string;
  /** Ids of what the line shows (`filter/KUBE-FORWARD/2`, `route:host:3`, an nft rule id); empty if nothing. */
  readonly refs: readonly string[];
}

export interface NodeView {
  readonly kind: NodeViewKind;
  /** The command that prints this on a real node. */
  readonly command: string;
  readonly lines: readonly NodeViewLine[];
}

export interface NodeViewOptions {
  /** The `ctime` date iptables-save prints in its header (the engine has no clock): `Sun Nov 22 08:10:00 2026`. */
  readonly date: string;
}

function linuxRef(ref: LinuxRef): string {
  return ref.kind === 'device'
    ? `device:${ref.netns}:${ref.device}`
    : `${ref.kind}:${ref.netns}:${ref.index}`;
}

function view(kind: NodeViewKind, command: string, lines: readonly NodeViewLine[]): NodeView {
  return { kind, command, lines };
}

/** Every view the node has, in the order the node panel shows them as tabs. */
export function renderNodeViews(node: NodeDataplane, options: NodeViewOptions): readonly NodeView[] {
  const views: NodeView[] = [
    view(
      'iptables-save',
      'iptables-save',
      renderIptablesSave(node.ruleset, { date: options.date }).map((l) => ({
        text: l.text,
        refs: l.ruleId === undefined ? [] : [l.ruleId],
      })),
    ),
  ];
  const restore = renderIptablesRestore(node.ruleset, {
    tables: ['filter', 'nat'],
    installedBy: 'kube-proxy',
  });
  if (restore.some((l) => l.ruleId !== undefined)) {
    views.push(
      view(
        'iptables-restore',
        'kube-proxy → iptables-restore --noflush',
        restore.map((l) => ({ text: l.text, refs: l.ruleId === undefined ? [] : [l.ruleId] })),
      ),
    );
  }
  if (node.nftables) views.push(view('nft', 'nft list ruleset', renderNftListRuleset(node.nftables)));
  if (node.ipvs) views.push(view('ipvsadm', 'ipvsadm -Ln', renderIpvsadm(node.ipvs)));
  if (node.ipsets.length > 0)
    views.push(view('ipset', 'ipset list', renderIpsetList(node.ipsets, node.ruleset)));
  views.push(
    view(
      'routes',
      'ip addr; ip route; ip neigh; bridge fdb',
      renderRoutesView(node).map((l) => ({
        text: l.text,
        refs: l.ref === undefined ? [] : [linuxRef(l.ref)],
      })),
    ),
  );
  if (node.cilium) {
    views.push(
      view(
        'cilium',
        'cilium-dbg service list',
        renderCiliumServiceList(node.cilium.services).map((l) => ({
          text: l.text,
          refs: l.serviceId === undefined ? [] : [`cilium-service:${l.serviceId}`],
        })),
      ),
    );
  }
  const system: NodeViewLine[] = Object.entries(node.sysctls)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => ({ text: `${key} = ${value}`, refs: [] }));
  for (const [path, content] of Object.entries(node.files).sort(([a], [b]) => (a < b ? -1 : 1))) {
    system.push({ text: '', refs: [] }, { text: `$ cat ${path}`, refs: [] });
    for (const line of content.replace(/\n$/, '').split('\n')) system.push({ text: line, refs: [] });
  }
  views.push(view('system', 'sysctl -a; cat …', system));
  return views;
}

/** The view's text as the command prints it. */
export function nodeViewText(v: NodeView): string {
  return v.lines.map((l) => `${l.text}\n`).join('');
}
