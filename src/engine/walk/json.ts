/**
 * The JSON form of a trace for `packetwalk trace --format json` (DESIGN.md, command line): flat steps with
 * `kind`, `node`, `netns`, `device`, `hook`, `table`, `chain`, `rule` and `packet`.
 */
import type { MessageParams } from '../diagnostics.ts';
import type { PacketState, Step, Trace } from './types.ts';

type Translate = (key: string, params: MessageParams) => string;

function packetJson(p: PacketState): Record<string, unknown> {
  return {
    src: p.src,
    dst: p.dst,
    sport: p.sport ?? null,
    dport: p.dport ?? null,
    protocol: p.protocol,
    ttl: p.ttl,
    mark: p.mark,
    ...(p.flags === undefined ? {} : { flags: p.flags }),
    ...(p.ctState === undefined ? {} : { ctState: p.ctState }),
    ...(p.srcMac === undefined ? {} : { srcMac: p.srcMac }),
    ...(p.dstMac === undefined ? {} : { dstMac: p.dstMac }),
    outer:
      p.outer === undefined
        ? null
        : {
            src: p.outer.src,
            dst: p.outer.dst,
            sport: p.outer.sport ?? null,
            dport: p.outer.dport ?? null,
            protocol: p.outer.protocol,
            vni: p.outer.vni ?? null,
          },
  };
}

function stepJson(step: Step, t: Translate): Record<string, unknown> {
  return {
    kind: step.kind,
    node: step.at.node ?? null,
    netns: step.at.netns ?? null,
    device: step.at.device ?? null,
    hook: step.at.hook ?? null,
    table: step.at.table ?? null,
    chain: step.at.chain ?? null,
    ruleIndex: step.at.ruleIndex ?? null,
    rule: step.decider?.text ?? null,
    refs: step.decider?.refs ?? [],
    path: step.decider?.path ?? [],
    packet: packetJson(step.packet),
    changed: step.changed,
    explain: {
      key: step.explain.key,
      params: step.explain.params,
      text: t(step.explain.key, step.explain.params),
    },
    commands: step.commands,
  };
}

export function traceJson(trace: Trace, t: Translate): Record<string, unknown> {
  return {
    request: trace.request,
    verdict: trace.verdict,
    reason: trace.reason ?? null,
    summary: t(trace.summary.key, trace.summary.params),
    destination: trace.destination,
    dns: trace.dns.map((q) => ({
      name: q.name,
      type: q.type,
      rcode: q.rcode,
      answers: q.answers,
      server: q.server,
    })),
    steps: trace.steps.map((s) => stepJson(s, t)),
    reply:
      trace.reply === null
        ? null
        : {
            verdict: trace.reply.verdict,
            reason: trace.reply.reason ?? null,
            steps: trace.reply.steps.map((s) => stepJson(s, t)),
          },
    conntrack: trace.conntrack,
    upstream: trace.upstream === undefined ? null : traceJson(trace.upstream, t),
  };
}
