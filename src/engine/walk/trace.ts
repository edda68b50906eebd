/**
 * `trace`: a packet from a source to a destination, walked through the dataplane the nodes hold, then its
 * reply walked back through the same conntrack tables. A DNS name is first resolved by walking the pod's
 * queries to CoreDNS; an `http://` URL goes to the Ingress controller, whose own connection to the backend
 * is the `upstream` trace. Never throws: a request that cannot be walked comes back as a trace that says why.
 */
import type { LazyDataplane } from '../dataplane/build.ts';
import type { Cluster } from '../cluster/types.ts';
import { createConntrack, snapshot, type ConnectionOutcome } from './conntrack.ts';
import { STEP_BUDGET, type WalkContext, type WalkEnd } from './context.ts';
import { resolveByWalking } from './dnsWalk.ts';
import { ingressTarget } from './ingressTarget.ts';
import { podAt } from './listeners.ts';
import { createDraws } from './random.ts';
import { parseSource, parseTarget } from './request.ts';
import { roundTrip, startAt } from './roundTrip.ts';
import { emptySessionState, kernelStates, sessionStateOf, type WalkSessionState } from './sessionState.ts';
import type {
  DnsQuery,
  L4Protocol,
  PacketState,
  Payload,
  Trace,
  TraceDestination,
  TraceRequest,
  Verdict,
} from './types.ts';

function firstPacket(
  request: TraceRequest,
  dst: string,
  dport: number | undefined,
  sport: number,
  payload?: Payload,
): PacketState {
  const ports = request.protocol === 'icmp' ? {} : { sport, ...(dport === undefined ? {} : { dport }) };
  const flags = request.protocol === 'tcp' ? 'S' : request.protocol === 'icmp' ? 'echo-request' : undefined;
  return {
    src: '',
    dst,
    protocol: request.protocol,
    ...ports,
    ttl: 64,
    mark: 0,
    ...(flags === undefined ? {} : { flags }),
    ...(payload === undefined ? {} : { payload }),
  };
}

function destinationOf(cluster: Cluster, end: WalkEnd): TraceDestination | null {
  const packet = end.packet;
  if (packet === undefined || end.place === undefined) return null;
  const pod = end.place.kind === 'node' ? podAt(cluster, end.place.node, end.place.netns, packet) : undefined;
  return {
    ...(pod === undefined ? {} : { pod }),
    ip: packet.dst,
    ...(packet.dport === undefined ? {} : { port: packet.dport }),
  };
}

function failed(
  request: TraceRequest,
  key: string,
  params: Trace['summary']['params'],
  verdict: Trace['verdict'] = 'dropped',
  dns: readonly DnsQuery[] = [],
): Trace {
  return {
    request,
    verdict,
    reason:
      verdict === 'dns-failure' ? 'nxdomain' : verdict === 'dropped' ? 'unsupported' : 'no-ingress-route',
    summary: { key, params },
    destination: null,
    dns,
    steps: [],
    reply: null,
    conntrack: [],
  };
}

function createContext(
  cluster: Cluster,
  dataplane: LazyDataplane,
  seed: number,
  session: WalkSessionState,
): WalkContext {
  return {
    cluster,
    dataplane,
    draws: createDraws(seed),
    conntrack: createConntrack(),
    kernel: kernelStates(session),
    steps: [],
    last: undefined,
    attached: undefined,
    socketLb: undefined,
    nodePort: undefined,
    budget: STEP_BUDGET,
    replying: false,
  };
}

/** A trace and the session state after it (what the nodes' kernels remember for the next connection). */
export interface SessionTrace {
  readonly trace: Trace;
  readonly session: WalkSessionState;
}

/**
 * The trace of one request, starting from a walk session's state (`recent` lists, IPVS templates, nftables
 * affinity sets on each node) instead of empty tables; the state it leaves is handed back for the next one.
 */
export function traceInSession(
  cluster: Cluster,
  dataplane: LazyDataplane,
  request: TraceRequest,
  session: WalkSessionState,
): SessionTrace {
  const source = parseSource(cluster, request.from);
  if (!source.ok) return { trace: failed(request, source.key, source.params), session };
  const target = parseTarget(cluster, request.to, request.protocol);
  if (!target.ok) return { trace: failed(request, target.key, target.params), session };
  const ctx = createContext(cluster, dataplane, request.seed, session);
  let after: WalkSessionState | undefined;
  const done = (result: Trace): SessionTrace => ({
    trace: result,
    session: after ?? sessionStateOf(ctx.kernel),
  });
  let dns: readonly DnsQuery[] = [];
  let ip: string;
  let port: number | undefined;
  let payload: Payload | undefined;
  let upstream: ((destination: TraceDestination | null) => Trace | undefined) | undefined;
  switch (target.value.kind) {
    case 'ip':
      ip = target.value.ip;
      port = target.value.port;
      break;
    case 'dns': {
      const resolution = resolveByWalking(ctx, source.value, target.value.name);
      dns = resolution.queries;
      if (resolution.address === undefined) {
        return done(
          failed(
            request,
            'walk.summary.dns-failure',
            { from: request.from, to: request.to },
            'dns-failure',
            dns,
          ),
        );
      }
      ip = resolution.address;
      port = target.value.port;
      break;
    }
    case 'url': {
      const ingress = ingressTarget(cluster, source.value, target.value);
      if (!ingress.ok) return done(failed(request, ingress.key, ingress.params, 'no-route'));
      ({ ip, port } = ingress.value);
      payload = { kind: 'http', method: 'GET', host: target.value.host, path: target.value.path };
      // The controller's own connection meets the same kernels: it starts from the state this walk left.
      upstream = (destination) =>
        ingress.value.upstream(destination, (next) => {
          const walked = traceInSession(
            cluster,
            dataplane,
            { ...next, seed: request.seed },
            sessionStateOf(ctx.kernel),
          );
          after = walked.session;
          return walked.trace;
        });
      break;
    }
  }
  const packet = firstPacket(request, ip, port, ctx.draws.int(32768, 60999), payload);
  const trip = roundTrip(ctx, startAt(source.value, packet));
  const forward = trip.forward;
  const destination = destinationOf(cluster, forward);
  const upstreamTrace =
    forward.verdict === 'delivered' && upstream !== undefined ? upstream(destination) : undefined;
  const reply = trip.reply;
  return done({
    request,
    verdict: forward.verdict,
    ...(forward.reason === undefined ? {} : { reason: forward.reason }),
    summary: {
      key: `walk.summary.${forward.verdict}`,
      params: {
        from: request.from,
        to: request.to,
        reason: forward.reason ?? '',
        destination: destination?.pod ?? destination?.ip ?? '',
        replySource: reply?.steps[reply.steps.length - 1]?.packet.src ?? '',
      },
    },
    destination,
    dns,
    steps: trip.steps,
    reply,
    conntrack: snapshot(ctx.conntrack, connectionOutcome(forward.verdict, reply?.verdict, request.protocol)),
    ...(upstreamTrace === undefined ? {} : { upstream: upstreamTrace }),
  });
}

/**
 * One request walked from empty kernel state, or from `session` when given (a connection after others from
 * the same walk session: see `traceSession`).
 */
/**
 * What conntrack saw of the connection: an answer only when the packet reached a socket and the answer came
 * back; a TCP RST walked back after a refusal resets it; an ICMP error (UDP refusal, REJECT) is RELATED
 * traffic and leaves the connection unanswered.
 */
function connectionOutcome(
  forward: Verdict,
  reply: Verdict | undefined,
  protocol: L4Protocol,
): ConnectionOutcome {
  if (reply !== 'delivered') return 'unanswered';
  if (forward === 'delivered') return 'answered';
  return forward === 'refused' && protocol === 'tcp' ? 'reset' : 'unanswered';
}

export function trace(
  cluster: Cluster,
  dataplane: LazyDataplane,
  request: TraceRequest,
  session: WalkSessionState = emptySessionState,
): Trace {
  return traceInSession(cluster, dataplane, request, session).trace;
}
