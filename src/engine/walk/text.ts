/**
 * `packetwalk trace --format text`: the walk as a readable hop list — where, the packet after the hop, what
 * changed, the rule or route that decided, and why — followed by the reply and the conntrack entries.
 */
import type { MessageParams } from '../diagnostics.ts';
import type { PacketState, Step, Trace } from './types.ts';

export type Translate = (key: string, params: MessageParams) => string;

function endpoint(ip: string, port: number | undefined): string {
  return port === undefined ? ip : `${ip}:${port}`;
}

export function packetText(p: PacketState): string {
  const inner = `${endpoint(p.src, p.sport)} → ${endpoint(p.dst, p.dport)} ${p.protocol}${p.flags === undefined ? '' : ` [${p.flags}]`} ttl ${p.ttl}${p.mark === 0 ? '' : ` mark 0x${p.mark.toString(16)}`}`;
  const o = p.outer;
  if (o === undefined) return inner;
  const outer =
    o.protocol === 'ipip'
      ? `${o.src} → ${o.dst} ipip`
      : `${endpoint(o.src, o.sport)} → ${endpoint(o.dst, o.dport)} udp${o.vni === undefined ? '' : ` vni ${o.vni}`}`;
  return `[${outer}] ${inner}`;
}

function where(step: Step): string {
  const at = step.at;
  const parts = [
    at.node ?? '(network)',
    at.netns === undefined || at.netns === 'host' ? '' : at.netns,
    at.device ?? '',
  ];
  if (at.hook !== undefined) parts.push(`${at.hook}${at.table === undefined ? '' : `/${at.table}`}`);
  return parts.filter((p) => p !== '').join(' ');
}

function stepLines(step: Step, index: number, t: Translate): string[] {
  const lines = [`${String(index + 1).padStart(3)}. ${step.kind.padEnd(13)} ${where(step)}`];
  lines.push(
    `       ${packetText(step.packet)}${step.changed.length === 0 ? '' : `   (changed: ${step.changed.join(', ')})`}`,
  );
  if (step.decider !== undefined && step.decider.text !== '') {
    const path =
      step.decider.path === undefined || step.decider.path.length < 2
        ? ''
        : `   [${step.decider.path.join(' → ')}]`;
    lines.push(`       rule: ${step.decider.text.replaceAll('\n', '\n             ')}${path}`);
  }
  lines.push(`       ${t(step.explain.key, step.explain.params)}`);
  return lines;
}

export function formatTraceText(trace: Trace, t: Translate): string {
  const out: string[] = [];
  const r = trace.request;
  out.push(`trace ${r.from} → ${r.to} (${r.protocol}, seed ${r.seed})`);
  out.push(t(trace.summary.key, trace.summary.params));
  for (const query of trace.dns)
    out.push(
      `dns: ${query.name} ${query.type} ${query.rcode} ${query.answers.join(', ')} (server ${query.server})`,
    );
  out.push('', 'forward:');
  trace.steps.forEach((step, i) => out.push(...stepLines(step, i, t)));
  const destination = trace.destination;
  out.push(
    '',
    `verdict: ${trace.verdict}${trace.reason === undefined ? '' : ` (${trace.reason})`}${destination === null ? '' : ` at ${destination.pod ?? destination.ip} ${endpoint(destination.ip, destination.port)}`}`,
  );
  if (trace.reply !== null) {
    out.push('', 'reply:');
    trace.reply.steps.forEach((step, i) => out.push(...stepLines(step, i, t)));
    out.push('', `reply verdict: ${trace.reply.verdict}`);
  }
  if (trace.conntrack.length > 0) {
    out.push('', 'conntrack -L:');
    for (const entry of trace.conntrack) out.push(`  [${entry.node}] ${entry.text}`);
  }
  if (trace.upstream !== undefined) {
    out.push('', 'upstream (the Ingress controller connects to the backend):');
    out.push(
      ...formatTraceText(trace.upstream, t)
        .split('\n')
        .map((line) => (line === '' ? '' : `  ${line}`)),
    );
  }
  return `${out.join('\n')}\n`;
}
