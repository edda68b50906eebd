/**
 * Name resolution as the pod does it: the stub resolver's queries in glibc order (the colleague's `resolve`
 * with the pod's resolv.conf search list and ndots), each one a UDP packet walked from the pod to the
 * nameserver (the kube-dns ClusterIP, DNATed to a CoreDNS pod by the node's rules), answered by CoreDNS
 * (`coreDnsAnswer`), and the answer walked back. A query whose packet never arrives times out (SERVFAIL).
 */
import type { Cluster, ResolvConf } from '../cluster/types.ts';
import { coreDnsAnswer, resolve, type DnsQuestion } from '../dns/index.ts';
import type { WalkContext } from './context.ts';
import { podAt } from './listeners.ts';
import type { Source } from './request.ts';
import { roundTrip, startAt } from './roundTrip.ts';
import { record } from './steps.ts';
import type { DnsQuery, PacketState, Step } from './types.ts';

export interface Resolution {
  readonly queries: readonly DnsQuery[];
  readonly address?: string;
}

function resolvConfOf(cluster: Cluster, source: Source): ResolvConf | undefined {
  switch (source.kind) {
    case 'pod':
      return source.pod.resolvConf;
    case 'node':
      return { nameservers: [cluster.settings.upstreamDNS], search: [], options: [] };
    case 'external':
      return undefined;
  }
}

export function resolveByWalking(ctx: WalkContext, source: Source, name: string): Resolution {
  const conf = resolvConfOf(ctx.cluster, source);
  const server = conf?.nameservers[0];
  if (conf === undefined || server === undefined) return { queries: [] };
  const queries: DnsQuery[] = [];
  const ask = (question: DnsQuestion): Pick<ReturnType<typeof coreDnsAnswer>, 'rcode' | 'answers'> => {
    const type = question.type === 'AAAA' ? 'AAAA' : 'A';
    const id = ctx.draws.int(1, 65535);
    const packet: PacketState = {
      src: '',
      dst: server,
      protocol: 'udp',
      sport: ctx.draws.int(32768, 60999),
      dport: 53,
      ttl: 64,
      mark: 0,
      payload: { kind: 'dns-query', id, name: question.name, type },
    };
    let answeredBy: string | undefined;
    let result: Pick<ReturnType<typeof coreDnsAnswer>, 'rcode' | 'answers'> = {
      rcode: 'SERVFAIL',
      answers: [],
    };
    const trip = roundTrip(ctx, startAt(source, packet), (end) => {
      const place = end.place;
      answeredBy =
        place?.kind === 'node' && end.packet !== undefined
          ? podAt(ctx.cluster, place.node, place.netns, end.packet)
          : undefined;
      result = coreDnsAnswer(ctx.cluster, question.name, question.type);
      const answers = result.answers.flatMap((r) => (r.type === 'A' ? [r.ip] : []));
      const payload = {
        kind: 'dns-answer',
        id,
        name: question.name,
        type,
        rcode: result.rcode,
        answers,
      } as const;
      record(ctx, {
        kind: 'dns-answer',
        at: place?.kind === 'node' ? { node: place.node, netns: place.netns } : {},
        packet: { ...(end.packet ?? packet), payload },
        key: 'walk.dns-answer.coredns',
        params: { name: question.name, type, rcode: result.rcode, answers: answers.join(', ') || '-' },
        commands: [
          `kubectl -n kube-system logs -l k8s-app=kube-dns`,
          `dig @${server} ${question.name} ${type}`,
        ],
      });
      return payload;
    });
    const steps: Step[] = [...trip.steps, ...(trip.reply?.steps ?? [])];
    const delivered = trip.forward.verdict === 'delivered' && trip.reply?.verdict === 'delivered';
    if (!delivered) result = { rcode: 'SERVFAIL', answers: [] };
    queries.push({
      name: question.name,
      type,
      rcode: result.rcode,
      answers: result.answers.flatMap((r) => (r.type === 'A' ? [r.ip] : [])),
      server,
      ...(answeredBy === undefined ? {} : { answeredBy }),
      steps,
    });
    return result;
  };
  const outcome = resolve(conf, name, ask);
  const address = outcome.addresses[0];
  return { queries, ...(address === undefined ? {} : { address }) };
}
