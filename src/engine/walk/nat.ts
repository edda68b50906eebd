/**
 * Applying NAT: the nat table's DNAT/SNAT/MASQUERADE decisions for a connection's first packet (recorded in its
 * conntrack entry), and conntrack's translation for every later packet in either direction — the reply to a
 * DNATed connection gets its source put back, the reply to a SNATed one its destination.
 */
import type { Hook, Rule } from '../dataplane/netfilter/model.ts';
import type { NetNamespace } from '../dataplane/types.ts';
import type { LiveEntry } from './conntrack.ts';
import type { Draws } from './random.ts';
import { lookupRoute, selectSource } from './routing.ts';
import type { PacketState } from './types.ts';

/** Whether the hook is a destination-NAT manipulation point (else source NAT: POSTROUTING, INPUT). */
export function isDstManip(hook: Hook): boolean {
  return hook === 'PREROUTING' || hook === 'OUTPUT';
}

/** Binds a destination NAT: the packet's new destination, and the reply tuple's source. */
export function bindDnat(
  packet: PacketState,
  entry: LiveEntry,
  address: string,
  port: number | undefined,
): PacketState {
  const next: PacketState = { ...packet, dst: address, ...(port === undefined ? {} : { dport: port }) };
  entry.reply = { ...entry.reply, src: next.dst, ...(next.dport === undefined ? {} : { sport: next.dport }) };
  entry.nat.push('DNAT');
  entry.natDone.add('dst');
  return { ...next, ctState: 'NEW,DNAT' };
}

/** Binds a source NAT (SNAT or MASQUERADE): the new source (and port), and the reply tuple's destination. */
export function bindSnat(
  packet: PacketState,
  entry: LiveEntry,
  address: string,
  randomFully: boolean,
  draws: Draws,
): PacketState {
  const sport = randomFully && packet.sport !== undefined ? draws.int(32768, 60999) : packet.sport;
  const next: PacketState = { ...packet, src: address, ...(sport === undefined ? {} : { sport }) };
  entry.reply = { ...entry.reply, dst: next.src, ...(next.sport === undefined ? {} : { dport: next.sport }) };
  entry.nat.push('SNAT');
  entry.natDone.add('src');
  return { ...next, ctState: entry.nat.includes('DNAT') ? 'NEW,DNAT,SNAT' : 'NEW,SNAT' };
}

/** MASQUERADE's address: the outgoing interface's primary address (else the route's source). */
export function masqueradeAddress(
  host: NetNamespace,
  outDevice: string | undefined,
  packet: PacketState,
): string {
  return (
    host.addresses.find((a) => a.device === outDevice && a.scope === 'global')?.ip ??
    selectSource(host, lookupRoute(host, packet.dst)) ??
    packet.src
  );
}

/** The packet after a nat-table NAT rule, recording the binding in the entry. */
export function applyNatRule(
  packet: PacketState,
  rule: Rule,
  entry: LiveEntry,
  host: NetNamespace,
  outDevice: string | undefined,
  draws: Draws,
): PacketState {
  const target = rule.target;
  switch (target.kind) {
    case 'dnat':
      return bindDnat(packet, entry, target.to.address.text, target.to.ports?.first);
    case 'snat':
      return bindSnat(packet, entry, target.to.address.text, target.randomFully, draws);
    case 'masquerade':
      return bindSnat(packet, entry, masqueradeAddress(host, outDevice, packet), target.randomFully, draws);
    default:
      return packet;
  }
}

/** conntrack's translation of a packet of a known connection at `hook`, or undefined if none applies. */
export function translateKnown(
  packet: PacketState,
  direction: 'original' | 'reply',
  entry: LiveEntry,
  hook: Hook,
): PacketState | undefined {
  if (hook === 'FORWARD') return undefined;
  const dstManip = isDstManip(hook);
  if (direction === 'reply') {
    if (dstManip && entry.nat.includes('SNAT')) {
      return withDst(packet, entry.original.src, entry.original.sport);
    }
    if (!dstManip && entry.nat.includes('DNAT')) {
      return withSrc(packet, entry.original.dst, entry.original.dport);
    }
    return undefined;
  }
  if (dstManip && entry.nat.includes('DNAT') && packet.dst !== entry.reply.src) {
    return withDst(packet, entry.reply.src, entry.reply.sport);
  }
  if (!dstManip && entry.nat.includes('SNAT') && packet.src !== entry.reply.dst) {
    return withSrc(packet, entry.reply.dst, entry.reply.dport);
  }
  return undefined;
}

// An ICMP error has no ports of its own: the NAT rewrites its address and, the other way round, the quoted
// header of the packet it answers (nf_nat_icmp_reply_translation).
function withDst(packet: PacketState, dst: string, dport: number | undefined): PacketState {
  const error = packet.payload?.kind === 'icmp-error' ? packet.payload : undefined;
  if (error === undefined) return { ...packet, dst, ...(dport === undefined ? {} : { dport }) };
  const quoted = { ...error.quoted, src: dst, ...(dport === undefined ? {} : { sport: dport }) };
  return { ...packet, dst, payload: { ...error, quoted } };
}

function withSrc(packet: PacketState, src: string, sport: number | undefined): PacketState {
  const error = packet.payload?.kind === 'icmp-error' ? packet.payload : undefined;
  if (error === undefined) return { ...packet, src, ...(sport === undefined ? {} : { sport }) };
  const quoted = { ...error.quoted, dst: src, ...(sport === undefined ? {} : { dport: sport }) };
  return { ...packet, src, payload: { ...error, quoted } };
}
