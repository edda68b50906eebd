/**
 * `packetwalk reach <files|dirs...> [--port N] [--protocol tcp|udp] [--format text|json]`: which pods may
 * open a connection to which on one port, as the cluster's CNI enforces NetworkPolicy. Text is a matrix
 * (rows from, columns to; `.` allowed, `X` denied, as the upstream e2e netpol truth tables mark them);
 * JSON is exactly `{port, protocol, matrix}` (DESIGN.md, "Command line").
 */
import {
  analyze,
  reachability,
  renderReachMatrix,
  type Cluster,
  type ReachProtocol,
} from '../../engine/index.ts';
import { readManifestFiles } from '../inputs.ts';
import { EXIT, UsageError, type CliIO } from '../io.ts';
import { formatText } from './check.ts';
import type { Command } from './command.ts';
import { parseCommand } from './options.ts';

const FORMATS = ['text', 'json'] as const;

function parsePortOption(value: string | boolean | undefined): number {
  if (value === undefined) return 80;
  const text = String(value);
  const port = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new UsageError(`--port must be a number from 1 to 65535, not "${text}"`);
  return port;
}

function parseProtocolOption(value: string | boolean | undefined): ReachProtocol {
  const text = value === undefined ? 'tcp' : String(value).toLowerCase();
  if (text === 'tcp') return 'TCP';
  if (text === 'udp') return 'UDP';
  throw new UsageError(`--protocol must be tcp or udp, not "${String(value)}"`);
}

function heading(cluster: Cluster, port: number, protocol: ReachProtocol): string {
  const { cni, enforcesNetworkPolicy } = cluster.settings;
  const policies = cluster.networkPolicies.length;
  const enforcement = enforcesNetworkPolicy
    ? `NetworkPolicy enforced (${policies} ${policies === 1 ? 'policy' : 'policies'})`
    : `${cni.plugin} does not enforce NetworkPolicy: every pair is allowed`;
  return `${protocol}/${port} pod to pod, CNI ${cni.plugin} ${cni.mode}, ${enforcement}`;
}

export const reach: Command = {
  name: 'reach',
  summary: 'which pods can reach which',
  usage: `usage: packetwalk reach <files|dirs...> [--port N] [--protocol tcp|udp] [--format text|json]

Builds the cluster the manifests describe and asks, for every pair of pods (by pod IP,
no Service, no DNS), whether the CNI's NetworkPolicy enforcement lets a connection
through on the port. hostNetwork pods and pods without an IP are left out; a pod
can always reach itself. Flannel alone enforces no NetworkPolicy.

Text prints a matrix: rows are the source pods, columns the destinations, numbered
as the rows are; "." allowed, "X" denied. JSON prints {port, protocol, matrix} with
matrix["ns/from"]["ns/to"] = true|false.

Options:
  -p, --port N              destination port (default: 80)
      --protocol tcp|udp    protocol (default: tcp)
  -f, --format text|json    output format (default: text)
  -h, --help                show this help

Exit status: 0 printed, 1 the manifests have errors, 2 usage or input error.
`,
  run(args: readonly string[], io: CliIO): number {
    const { help, format, paths, values } = parseCommand(args, FORMATS, {
      port: { type: 'string', short: 'p' },
      protocol: { type: 'string' },
    });
    if (help) {
      io.stdout(reach.usage);
      return EXIT.ok;
    }
    const port = parsePortOption(values['port']);
    const protocol = parseProtocolOption(values['protocol']);
    const { cluster, diagnostics } = analyze(readManifestFiles(paths));
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) io.stderr(formatText(errors));
    const result = reachability(cluster, { port, protocol });
    io.stdout(
      format === 'json'
        ? `${JSON.stringify({ port: result.port, protocol: result.protocol, matrix: result.matrix }, null, 2)}\n`
        : renderReachMatrix(result, heading(cluster, port, protocol)),
    );
    return errors.length > 0 ? EXIT.findings : EXIT.ok;
  },
};
