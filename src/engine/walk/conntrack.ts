/**
 * conntrack: one table per node (the host namespace), shared by the forward and the reply walk. An entry is
 * created by the first packet with its original tuple; NAT rewrites its reply tuple (DNAT its source, SNAT its
 * destination), exactly what `conntrack -L` shows. Replies are recognised by the reply tuple and get the NAT
 * reversed; the nat table is consulted only for a connection's first packet.
 */
import type { ConntrackEntry, L4Protocol, PacketState } from './types.ts';

export interface Tuple {
  readonly src: string;
  readonly dst: string;
  readonly sport?: number;
  readonly dport?: number;
}

/** A live entry (mutable while the first packet is still being NATed). */
export interface LiveEntry {
  readonly node: string;
  readonly protocol: L4Protocol;
  readonly original: Tuple;
  reply: Tuple;
  state: 'NEW' | 'ESTABLISHED';
  nat: ('DNAT' | 'SNAT')[];
  mark: number;
  /** The nat table decided this hook's manipulation already (a NEW connection is NATed once per manip type). */
  natDone: Set<'dst' | 'src'>;
  /** IPVS scheduled this connection (Masq): its virtual service, for xt_ipvs's `-m ipvs` matches. */
  ipvs?: { readonly vaddr: string; readonly vport: number };
}

export interface ConntrackTable {
  readonly entries: LiveEntry[];
}

export function createConntrack(): ConntrackTable {
  return { entries: [] };
}

export function tupleOf(packet: PacketState): Tuple {
  return {
    src: packet.src,
    dst: packet.dst,
    ...(packet.sport === undefined ? {} : { sport: packet.sport }),
    ...(packet.dport === undefined ? {} : { dport: packet.dport }),
  };
}

function same(a: Tuple, b: Tuple): boolean {
  return a.src === b.src && a.dst === b.dst && a.sport === b.sport && a.dport === b.dport;
}

export function reverse(t: Tuple): Tuple {
  return {
    src: t.dst,
    dst: t.src,
    ...(t.dport === undefined ? {} : { sport: t.dport }),
    ...(t.sport === undefined ? {} : { dport: t.sport }),
  };
}

export type Lookup =
  | { readonly direction: 'original' | 'reply'; readonly entry: LiveEntry }
  | { readonly direction: 'new'; readonly entry: LiveEntry };

/** The entry this packet belongs to on `node`, or a new one (not yet confirmed: NEW). */
export function lookupOrCreate(table: ConntrackTable, node: string, packet: PacketState): Lookup {
  const related = relatedLookup(table, node, packet);
  if (related !== undefined) return related;
  const tuple = tupleOf(packet);
  for (const entry of table.entries) {
    if (entry.node !== node || entry.protocol !== packet.protocol) continue;
    if (same(entry.original, tuple) || same(reverse(entry.reply), tuple))
      return { direction: 'original', entry };
    if (same(entry.reply, tuple) || same(reverse(entry.original), tuple))
      return { direction: 'reply', entry };
  }
  const entry: LiveEntry = {
    node,
    protocol: packet.protocol,
    original: tuple,
    reply: reverse(tuple),
    state: 'NEW',
    nat: [],
    mark: packet.mark,
    natDone: new Set(),
  };
  table.entries.push(entry);
  return { direction: 'new', entry };
}

/**
 * An ICMP error belongs to the connection its quoted header is a packet of (RELATED), in the other direction:
 * the error quoting an original-direction packet travels in the reply direction, and the other way round.
 */
function relatedLookup(table: ConntrackTable, node: string, packet: PacketState): Lookup | undefined {
  if (packet.payload?.kind !== 'icmp-error') return undefined;
  const quoted = packet.payload.quoted;
  const tuple: Tuple = {
    src: quoted.src,
    dst: quoted.dst,
    ...(quoted.sport === undefined ? {} : { sport: quoted.sport }),
    ...(quoted.dport === undefined ? {} : { dport: quoted.dport }),
  };
  for (const entry of table.entries) {
    if (entry.node !== node || entry.protocol !== quoted.protocol) continue;
    if (same(entry.original, tuple) || same(reverse(entry.reply), tuple))
      return { direction: 'reply', entry };
    if (same(entry.reply, tuple) || same(reverse(entry.original), tuple))
      return { direction: 'original', entry };
  }
  return undefined;
}

function tupleText(t: Tuple, protocol: L4Protocol): string {
  const ports = protocol === 'icmp' ? ' type=8 code=0 id=1' : ` sport=${t.sport ?? 0} dport=${t.dport ?? 0}`;
  return `src=${t.src} dst=${t.dst}${ports}`;
}

const PROTOCOL_NUMBER: Readonly<Record<L4Protocol, number>> = { tcp: 6, udp: 17, icmp: 1 };

/**
 * How the connection ended, which is what `conntrack -L` shows: `answered` (the reply came back: TCP
 * SYN_RECV once the SYN-ACK is seen), `reset` (a TCP RST answered the SYN: the entry goes to CLOSE, reply
 * seen), `unanswered` (nothing, or only an ICMP error, which is RELATED and leaves the entry [UNREPLIED]).
 */
export type ConnectionOutcome = 'answered' | 'reset' | 'unanswered';

function timeoutText(protocol: L4Protocol, outcome: ConnectionOutcome): string {
  if (protocol !== 'tcp') return '30';
  switch (outcome) {
    case 'answered':
      return '60 SYN_RECV';
    case 'reset':
      return '10 CLOSE';
    case 'unanswered':
      return '120 SYN_SENT';
  }
}

/** The entry as `conntrack -L` prints it. */
export function entryText(entry: LiveEntry, outcome: ConnectionOutcome): string {
  const head = `${entry.protocol.padEnd(8)} ${PROTOCOL_NUMBER[entry.protocol]} `;
  const unreplied = outcome === 'unanswered' ? ' [UNREPLIED]' : '';
  const mark = ` mark=${entry.mark} use=1`;
  return `${head}${timeoutText(entry.protocol, outcome)} ${tupleText(entry.original, entry.protocol)}${unreplied} ${tupleText(entry.reply, entry.protocol)}${mark}`;
}

/** The table's entries as the trace reports them; `state` is the ctstate a rule would match next. */
export function snapshot(table: ConntrackTable, outcome: ConnectionOutcome): readonly ConntrackEntry[] {
  return table.entries.map((entry) => ({
    protocol: entry.protocol,
    node: entry.node,
    original: entry.original,
    reply: entry.reply,
    state: outcome === 'answered' ? 'ESTABLISHED' : outcome === 'reset' ? 'CLOSE' : 'NEW',
    nat: [...entry.nat],
    mark: entry.mark,
    text: entryText(entry, outcome),
  }));
}
