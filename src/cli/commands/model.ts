/**
 * `packetwalk model <files|dirs...> [--format text|json]`: the cluster the manifests describe, as a control
 * plane would have built it — nodes with IPs and pod subnets, pods with IPs and nodes, Services with their
 * addresses, ports and endpoints, and every DNS record CoreDNS would serve. Diagnostics go to stderr.
 */
import { buildCluster } from '../../engine/cluster/build.ts';
import { renderClusterText, summarizeCluster } from '../../engine/cluster/render.ts';
import { loadManifests } from '../../engine/manifest/load.ts';
import { compareDiagnostics } from '../../engine/diagnostics.ts';
import { readManifestFiles } from '../inputs.ts';
import { EXIT, type CliIO } from '../io.ts';
import { formatText } from './check.ts';
import type { Command } from './command.ts';
import { parseCommand } from './options.ts';

const FORMATS = ['text', 'json'] as const;

export const model: Command = {
  name: 'model',
  summary: 'print the cluster model built from the manifests',
  usage: `usage: packetwalk model <files|dirs...> [--format text|json]

Builds the cluster the manifests describe and prints it: nodes (IPs, pod subnets),
pods (IPs, nodes), Services (addresses, ports, endpoints), load balancers, Ingresses
and the DNS records CoreDNS would serve. Problems found on the way go to stderr.

Options:
  -f, --format text|json   output format (default: text)
  -h, --help               show this help

Exit status: 0 built (even with warnings), 1 the manifests have errors, 2 usage or input error.
`,
  run(args: readonly string[], io: CliIO): number {
    const { help, format, paths } = parseCommand(args, FORMATS);
    if (help) {
      io.stdout(model.usage);
      return EXIT.ok;
    }
    const load = loadManifests(readManifestFiles(paths));
    const cluster = buildCluster(load);
    const diagnostics = [...load.diagnostics, ...cluster.diagnostics].sort(compareDiagnostics);
    const problems = diagnostics.filter((d) => d.severity !== 'info');
    if (problems.length > 0) io.stderr(formatText(problems));
    io.stdout(
      format === 'json'
        ? `${JSON.stringify(summarizeCluster(cluster), null, 2)}\n`
        : `${renderClusterText(cluster)}\n`,
    );
    return diagnostics.some((d) => d.severity === 'error') ? EXIT.findings : EXIT.ok;
  },
};
