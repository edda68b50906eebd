/**
 * `trace`: a packet from a source to a destination, walked through the dataplane the nodes hold, then its
 * reply walked back through the same conntrack tables. A DNS name is first resolved by walking the pod's
 * queries to CoreDNS; an `http://` URL goes to the Ingress controller, whose own connection to the backend
 * is the `upstream` trace. Never throws: a request that cannot be walked comes back as a trace that says why.
 */
import type { LazyDataplane } from '../dataplane/build.ts';
import type { Cluster } from '../cluster/types.ts';
import { createConntrack, snapshot } from './conntrack.ts';
import { STEP_BUDGET, type WalkContext, type WalkEnd } from './context.ts';
import { resolveByWalking } from './dnsWalk.ts';
import { ingressTarget } from './ingressTarget.ts';
import { podAt } from './listeners.ts';
import { emptyIpvsState } from './modes/index.ts';
import { createDraws } from './random.ts';
import { parseSource, parseTarget } from './request.ts';
import { roundTrip, startAt } from './roundTrip.ts';
import type { DnsQuery, PacketState, Payload, Trace, TraceDestination, TraceRequest } from './types.ts';

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

function createContext(cluster: Cluster, dataplane: LazyDataplane, seed: number): WalkContext {
  return {
    cluster,
    dataplane,
    draws: createDraws(seed),
    conntrack: createConntrack(),
    recent: new Map(),
    ipvsState: emptyIpvsState,
    steps: [],
    last: undefined,
    attached: undefined,
    socketLb: undefined,
    nodePort: undefined,
    budget: STEP_BUDGET,
    replying: false,
  };
}

export function trace(cluster: Cluster, dataplane: LazyDataplane, request: TraceRequest): Trace {
  const source = parseSource(cluster, request.from);
  if (!source.ok) return failed(request, source.key, source.params);
  const target = parseTarget(cluster, request.to, request.protocol);
  if (!target.ok) return failed(request, target.key, target.params);
  const ctx = createContext(cluster, dataplane, request.seed);
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
        return failed(
          request,
          'walk.summary.dns-failure',
          { from: request.from, to: request.to },
          'dns-failure',
          dns,
        );
      }
      ip = resolution.address;
      port = target.value.port;
      break;
    }
    case 'url': {
      const ingress = ingressTarget(cluster, source.value, target.value);
      if (!ingress.ok) return failed(request, ingress.key, ingress.params, 'no-route');
      ({ ip, port } = ingress.value);
      payload = { kind: 'http', method: 'GET', host: target.value.host, path: target.value.path };
      upstream = (destination) =>
        ingress.value.upstream(destination, (next) =>
          trace(cluster, dataplane, { ...next, seed: request.seed }),
        );
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
  return {
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
    conntrack: snapshot(ctx.conntrack, reply?.verdict === 'delivered'),
    ...(upstreamTrace === undefined ? {} : { upstream: upstreamTrace }),
  };
}
