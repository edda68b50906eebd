/**
 * `packetwalk trace <files|dirs...> --from <src> --to <dst> [--protocol tcp|udp|icmp] [--seed N]
 * [--connections N] [--format text|json]`: one packet walked through the cluster's dataplane, hop by hop, and
 * its reply; with `--connections`, more connections from the same client in one walk session (affinity).
 */
import { analyze, createDataplane } from '../../engine/index.ts';
import {
  formatTraceText,
  parseSource,
  parseTarget,
  traceJson,
  traceSession,
  type L4Protocol,
  type Trace,
} from '../../engine/walk/index.ts';
import { translate } from '../../i18n/index.ts';
import { readManifestFiles } from '../inputs.ts';
import { EXIT, InputError, UsageError, type CliIO } from '../io.ts';
import { formatText } from './check.ts';
import type { Command } from './command.ts';
import { parseCommand } from './options.ts';

const FORMATS = ['text', 'json'] as const;
const PROTOCOLS: readonly L4Protocol[] = ['tcp', 'udp', 'icmp'];

const t = (key: string, params: Readonly<Record<string, string | number>>): string =>
  translate('en', key, params);

/** Enough to show affinity or spread; a bound so a typo cannot walk for minutes. */
const MAX_CONNECTIONS = 1000;

/** The first trace in full; with more connections, `connections: [{seed, destination, verdict}]` besides. */
function jsonOutput(traces: readonly Trace[], first: Trace): string {
  const connections =
    traces.length > 1
      ? {
          connections: traces.map((c) => ({
            seed: c.request.seed,
            destination: c.destination,
            verdict: c.verdict,
          })),
        }
      : {};
  return `${JSON.stringify({ ...traceJson(first, t), ...connections }, null, 2)}\n`;
}

/** The first trace's hop list; with more connections, then one line per connection: where it went. */
function textOutput(traces: readonly Trace[], first: Trace): string {
  if (traces.length <= 1) return formatTraceText(first, t);
  const lines = traces.map(
    (c, i) =>
      `  ${i + 1}  seed ${c.request.seed}  ${c.destination?.pod ?? c.destination?.ip ?? '-'}  ${c.verdict}`,
  );
  return `${formatTraceText(first, t)}\nconnections from ${first.request.from} (one session, no time passing):\n${lines.join('\n')}\n`;
}

export const traceCommand: Command = {
  name: 'trace',
  summary: 'walk one packet from a source to a destination',
  usage: `usage: packetwalk trace <files|dirs...> --from <src> --to <dst> [--protocol tcp|udp|icmp] [--seed N]
       [--connections N] [--format text|json]

Walks one packet through the dataplane the nodes hold (routes, iptables, conntrack, bridges,
tunnels), then its reply back through conntrack.

  <src>  pod/<ns>/<name>, <ns>/<name>, <name> (a pod, or a workload's first pod),
         node/<name>, external, external/<name|ip>
  <dst>  <ip>:<port>, svc/<ns>/<name>:<port>, <dns-name>:<port>, http://<host>[:port]/<path>
         (a port is optional for ICMP)

Options:
      --from <src>       where the packet starts (required)
      --to <dst>         where it goes (required)
  -p, --protocol ...     tcp (default), udp or icmp
      --seed <N>         seeds every random choice (default 1)
      --connections <N>  walk N connections from the same client in one session, seeded
                         seed, seed+1, ...: session affinity (recent lists, IPVS persistence,
                         nftables affinity sets) carries over; no time passes (default 1)
  -f, --format ...       text (default) or json
  -h, --help             show this help

Exit status: 0 walked (whatever the verdict), 1 the manifests have errors, 2 usage or input error.
`,
  run(args: readonly string[], io: CliIO): number {
    const { help, format, paths, values } = parseCommand(args, FORMATS, {
      from: { type: 'string' },
      to: { type: 'string' },
      protocol: { type: 'string', short: 'p', default: 'tcp' },
      seed: { type: 'string', default: '1' },
      connections: { type: 'string', default: '1' },
    });
    if (help) {
      io.stdout(traceCommand.usage);
      return EXIT.ok;
    }
    const from = values['from'];
    const to = values['to'];
    if (typeof from !== 'string' || from === '') throw new UsageError('--from <src> is required');
    if (typeof to !== 'string' || to === '') throw new UsageError('--to <dst> is required');
    const protocol = PROTOCOLS.find((p) => p === values['protocol']);
    if (protocol === undefined)
      throw new UsageError(`unknown protocol "${String(values['protocol'])}" (use tcp, udp or icmp)`);
    const seed = Number(values['seed']);
    if (!Number.isInteger(seed))
      throw new UsageError(`--seed must be an integer, not "${String(values['seed'])}"`);
    const count = Number(values['connections']);
    if (!Number.isInteger(count) || count < 1 || count > MAX_CONNECTIONS)
      throw new UsageError(
        `--connections must be an integer from 1 to ${MAX_CONNECTIONS}, not "${String(values['connections'])}"`,
      );
    const analysis = analyze(readManifestFiles(paths));
    const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) io.stderr(formatText(errors));
    const source = parseSource(analysis.cluster, from);
    if (!source.ok) throw new InputError(t(source.key, source.params));
    const target = parseTarget(analysis.cluster, to, protocol);
    if (!target.ok) throw new InputError(t(target.key, target.params));
    const requests = Array.from({ length: count }, (_, i) => ({ from, to, protocol, seed: seed + i }));
    const traces = traceSession(analysis.cluster, createDataplane(analysis.cluster), requests);
    const result = traces[0];
    if (result === undefined) throw new UsageError('--connections must be at least 1');
    io.stdout(format === 'json' ? jsonOutput(traces, result) : textOutput(traces, result));
    return errors.length > 0 ? EXIT.findings : EXIT.ok;
  },
};
