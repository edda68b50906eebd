/**
 * `packetwalk rules <files|dirs...> --node <name> [--format ...]`: what one node's kernel holds for the cluster,
 * printed as the real tool prints it — iptables-save, kube-proxy's iptables-restore input, nft list ruleset,
 * ipvsadm -Ln, ipset list, or routes (ip addr + ip route + ip neigh + bridge fdb).
 */
import {
  analyze,
  createDataplane,
  nodeViewText,
  renderNodeViews,
  type NodeViewKind,
} from '../../engine/index.ts';
import { formatCtime } from '../../util/ctime.ts';
import { readManifestFiles } from '../inputs.ts';
import { EXIT, InputError, UsageError, type CliIO } from '../io.ts';
import { formatText } from './check.ts';
import type { Command } from './command.ts';
import { parseCommand } from './options.ts';

const FORMATS = ['iptables-save', 'iptables-restore', 'nft', 'ipvsadm', 'ipset', 'routes', 'cilium'] as const;

export const rules: Command = {
  name: 'rules',
  summary: "print a node's generated dataplane",
  usage: `usage: packetwalk rules <files|dirs...> --node <name> [--format ${FORMATS.join('|')}]

Builds the cluster the manifests describe and prints what one node's kernel holds for it,
as the real command prints it:

  iptables-save      iptables-save (kubelet, kube-proxy and CNI chains)   (default)
  iptables-restore   the iptables-restore input kube-proxy writes
  nft                nft list ruleset (kube-proxy in nftables mode)
  ipvsadm            ipvsadm -Ln (kube-proxy in IPVS mode)
  ipset              ipset list (IPVS mode, Calico, Weave)
  routes             ip addr, ip route, ip neigh and bridge fdb, for the host and each pod
  cilium             cilium-dbg service list (Cilium)

Options:
  -n, --node <name>   the node (required)
  -f, --format ...    what to print (default: iptables-save)
  -h, --help          show this help

Exit status: 0 printed, 1 the manifests have errors, 2 usage or input error (unknown node,
or a view this node does not have, such as ipvsadm in iptables mode).
`,
  run(args: readonly string[], io: CliIO): number {
    const { help, format, paths, values } = parseCommand(args, FORMATS, {
      node: { type: 'string', short: 'n' },
    });
    if (help) {
      io.stdout(rules.usage);
      return EXIT.ok;
    }
    const nodeName = values['node'];
    if (typeof nodeName !== 'string' || nodeName === '') throw new UsageError('--node <name> is required');
    const analysis = analyze(readManifestFiles(paths));
    const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) io.stderr(formatText(errors));
    const node = createDataplane(analysis.cluster).node(nodeName);
    if (node === undefined) {
      const known = analysis.cluster.nodes.map((n) => n.name).join(', ');
      throw new InputError(`no node "${nodeName}" in this cluster (nodes: ${known})`);
    }
    const kind: NodeViewKind = format;
    const view = renderNodeViews(node, { date: formatCtime(new Date()) }).find((v) => v.kind === kind);
    if (view === undefined) {
      const mode = analysis.cluster.settings.kubeProxy.mode;
      const cni = analysis.cluster.settings.cni.plugin;
      throw new InputError(`node "${nodeName}" has no ${format} view (kube-proxy mode ${mode}, CNI ${cni})`);
    }
    io.stdout(nodeViewText(view));
    return errors.length > 0 ? EXIT.findings : EXIT.ok;
  },
};
