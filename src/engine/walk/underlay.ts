/**
 * Outside the nodes: the node network's wire, its router (the default gateway every node and external client
 * reaches the cluster through), the cloud load balancer in front of `type: LoadBalancer` Services, and the
 * external hosts. The router knows the nodes' addresses and the internet, not the pod or Service ranges — so a
 * packet for a pod IP reaches the cluster only where a node routes it.
 */
import { end, type Action } from './actions.ts';
import type { WalkContext } from './context.ts';
import { prefixContains } from './addr.ts';
import { replyVariant } from './errorReply.ts';
import { record } from './steps.ts';
import type { PacketState } from './types.ts';

function nodeByAddress(ctx: WalkContext, ip: string): { name: string; device: string } | undefined {
  const node = ctx.cluster.nodes.find((n) => n.internalIP === ip || n.externalIP === ip);
  if (node === undefined) return undefined;
  const host = ctx.dataplane.node(node.name)?.netns.find((ns) => ns.id === 'host');
  const device =
    host?.addresses.find((a) => a.ip === ip)?.device ??
    host?.addresses.find((a) => a.ip === node.internalIP)?.device ??
    'eth0';
  return { name: node.name, device };
}

/** A frame on the node network, for the host whose address is `nexthop` (a node, or the router). */
export function wire(ctx: WalkContext, a: Extract<Action, { op: 'wire' }>): Action {
  ctx.attached = undefined;
  const target = nodeByAddress(ctx, a.nexthop);
  const at = {
    ...(a.from === undefined ? {} : { node: a.from }),
    ...(a.device === undefined ? {} : { device: a.device }),
  };
  if (target !== undefined) {
    record(ctx, {
      kind: 'underlay',
      at,
      packet: a.packet,
      key: 'walk.underlay.toNode',
      params: { node: target.name, ip: a.nexthop, device: target.device },
      commands: [`tcpdump -i ${a.device ?? 'eth0'} -nn host ${a.nexthop}`],
    });
    return { op: 'receive', node: target.name, netns: 'host', device: target.device, packet: a.packet };
  }
  record(ctx, {
    kind: 'underlay',
    at,
    packet: a.packet,
    key: 'walk.underlay.toRouter',
    params: { ip: a.nexthop },
    commands: [`tcpdump -i ${a.device ?? 'eth0'} -nn`],
  });
  return routerForward(ctx, a.packet);
}

/** An external host sends: its packet goes to the router in front of the node network. */
export function outsideSend(ctx: WalkContext, a: Extract<Action, { op: 'outside-send' }>): Action {
  record(ctx, {
    kind: 'socket-send',
    at: {},
    packet: a.packet,
    key: ctx.replying ? 'walk.socket-send.externalReply' : 'walk.socket-send.external',
    params: { host: a.host, src: a.packet.src, dst: a.packet.dst, protocol: a.packet.protocol },
  });
  return routerForward(ctx, a.packet);
}

function inClusterRanges(ctx: WalkContext, ip: string): boolean {
  const s = ctx.cluster.settings;
  return [s.podCIDR, s.serviceCIDR, ...s.nodeNetworks].some((cidr) => prefixContains(cidr, ip));
}

/** The router: to a node by its address, to a cloud load balancer's IP, or out to the internet. */
function routerForward(ctx: WalkContext, arriving: PacketState): Action {
  const dst = arriving.outer?.dst ?? arriving.dst;
  if (arriving.outer === undefined && arriving.ttl <= 1) {
    record(ctx, {
      kind: 'drop',
      at: {},
      packet: arriving,
      key: 'walk.drop.ttl',
      params: { ttl: arriving.ttl },
    });
    return end({ verdict: 'ttl-exceeded', reason: 'ttl-exceeded' });
  }
  const packet: PacketState =
    arriving.outer === undefined ? { ...arriving, ttl: arriving.ttl - 1 } : arriving;
  const target = nodeByAddress(ctx, dst);
  if (target !== undefined) return { op: 'wire', nexthop: dst, packet };
  const lb = ctx.cluster.loadBalancers.find((l) => l.ips.includes(dst as never));
  if (lb !== undefined && !ctx.replying) {
    const allowed =
      lb.sourceRanges.length === 0 || lb.sourceRanges.some((cidr) => prefixContains(cidr, packet.src));
    const healthy = lb.healthyNodes;
    const chosen = allowed && healthy.length > 0 ? healthy[ctx.draws.int(0, healthy.length - 1)] : undefined;
    record(ctx, {
      kind: allowed && chosen !== undefined ? 'load-balancer' : 'drop',
      at: {},
      packet,
      decider: {
        text: `${lb.service}: ${lb.ips.join(', ')} → ${healthy.join(', ') || '(no healthy node)'}`,
        view: 'system',
        refs: [],
      },
      key: !allowed
        ? 'walk.load-balancer.sourceRange'
        : chosen === undefined
          ? 'walk.load-balancer.noHealthy'
          : 'walk.load-balancer.pick',
      params: {
        service: lb.service,
        ip: dst,
        node: chosen ?? '',
        healthy: healthy.join(', '),
        targets: lb.targetNodes.length,
      },
    });
    if (!allowed) return end({ verdict: 'dropped', reason: 'source-range-denied' });
    if (chosen === undefined) return end({ verdict: 'dropped', reason: 'no-local-endpoint' });
    const node = ctx.cluster.nodes.find((n) => n.name === chosen);
    return { op: 'wire', nexthop: node?.internalIP ?? dst, packet };
  }
  if (inClusterRanges(ctx, dst)) {
    record(ctx, { kind: 'drop', at: {}, packet, key: 'walk.drop.routerNoRoute', params: { dst } });
    return end({ verdict: 'no-route', reason: 'no-route' });
  }
  const client = ctx.cluster.settings.externalClients.find((c) => c.ip === dst);
  record(ctx, {
    kind: 'deliver',
    at: {},
    packet,
    key: ctx.replying ? `walk.deliver.${replyVariant(packet)}` : 'walk.deliver.outside',
    params: {
      src: packet.src,
      dst,
      host: client?.name ?? dst,
      port: packet.dport ?? '',
      protocol: packet.protocol,
    },
  });
  return end({ verdict: 'delivered', place: { kind: 'outside', host: client?.name ?? dst }, packet });
}
