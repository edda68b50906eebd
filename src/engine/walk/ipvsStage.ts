/**
 * IPVS (kube-proxy `--proxy-mode=ipvs`) where the kernel runs it: `ip_vs_in_hook` at LOCAL_IN (after filter
 * INPUT) for a packet routed to a virtual address on kube-ipvs0, and at LOCAL_OUT (after nat OUTPUT) for the
 * node's own connections. The scheduler (the colleague's `ipvsLookup`) picks a real server and the packet is
 * DNATed (Masq); conntrack records it (kube-proxy sets `net.ipv4.vs.conntrack=1`), so the reply is translated
 * back like any DNAT.
 */
import { ipvsDecider, ipvsLookup } from './modes/index.ts';
import { bindDnat } from './nat.ts';
import { kernelOf } from './sessionState.ts';
import type { StageInput, StageResult } from './stage.ts';
import { record } from './steps.ts';
import type { PacketState } from './types.ts';

export function runIpvs(input: StageInput, packet: PacketState): StageResult {
  const { ctx, node, lookup } = input;
  if (
    ctx.replying ||
    lookup === undefined ||
    lookup.direction !== 'new' ||
    lookup.entry.nat.includes('DNAT')
  ) {
    return { packet };
  }
  if (packet.dport === undefined || packet.protocol === 'icmp') return { packet };
  const kernel = kernelOf(ctx.kernel, node.node);
  const decision = ipvsLookup(
    node,
    {
      src: packet.src,
      dst: packet.dst,
      dport: packet.dport,
      protocol: packet.protocol,
      ...(packet.sport === undefined ? {} : { sport: packet.sport }),
    },
    () => ctx.draws.unit(),
    kernel.ipvs,
  );
  if (decision === undefined) return { packet };
  kernel.ipvs = decision.state;
  const at = { ...input.at };
  const commands = [`ipvsadm -Ln -t ${packet.dst}:${packet.dport}`, 'ipvsadm -Lnc'];
  if (decision.kind === 'no-real-server') {
    record(ctx, {
      kind: 'ipvs',
      at,
      packet,
      decider: ipvsDecider(decision),
      key: 'walk.ipvs.noRealServer',
      params: { vip: `${packet.dst}:${packet.dport}`, response: decision.response },
      commands,
    });
    return decision.response === 'icmp-port-unreachable'
      ? { packet, end: { verdict: 'rejected', reason: 'no-endpoints' } }
      : { packet, end: { verdict: 'dropped', reason: 'no-endpoints' } };
  }
  lookup.entry.ipvs = { vaddr: packet.dst, vport: packet.dport };
  const next = bindDnat(packet, lookup.entry, decision.dnat.address, decision.dnat.port);
  record(ctx, {
    kind: 'ipvs',
    at,
    packet: next,
    decider: ipvsDecider(decision),
    key: decision.choice === 'persistence' ? 'walk.ipvs.persistence' : 'walk.ipvs.schedule',
    params: {
      vip: `${packet.dst}:${packet.dport}`,
      real: `${decision.dnat.address}:${decision.dnat.port}`,
      scheduler: decision.scheduler,
      service: decision.virtualServer.service,
    },
    commands,
  });
  return { packet: next, natBound: true, ipvs: true };
}
