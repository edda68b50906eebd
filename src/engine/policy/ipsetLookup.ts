/**
 * `ipset test` for the matcher: whether a packet's tuple, taken field by field as a `-m set --match-set NAME
 * src,dst…` rule's flags say, is a member of one of the node's ipsets. Members are parsed from the text
 * `ipset list` prints (`10.0.0.5`, `10.244.0.0/16`, `10.96.0.10,udp:53`, `10.244.1.5,tcp:80,10.244.1.5`).
 */
import { cidrContains, parseCidr, type Cidr } from '../dataplane/netfilter/ip.ts';
import type { SetFlag } from '../dataplane/netfilter/matches.ts';
import type { PacketView } from '../dataplane/netfilter/packet.ts';
import type { IpSet } from '../dataplane/types.ts';

/** One dimension of a member: an address (or network) or a protocol:port. */
type Dimension =
  | { readonly kind: 'net'; readonly cidr: Cidr }
  | { readonly kind: 'port'; readonly protocol: string; readonly port: number };

/** The dimension kinds of each supported set type, in order. */
const LAYOUTS: Readonly<Record<string, readonly ('net' | 'port')[]>> = {
  'hash:ip': ['net'],
  'hash:net': ['net'],
  'hash:ip,port': ['net', 'port'],
  'hash:net,port': ['net', 'port'],
  'hash:ip,port,ip': ['net', 'port', 'net'],
  'hash:ip,port,net': ['net', 'port', 'net'],
};

function parseDimension(text: string, kind: 'net' | 'port'): Dimension | undefined {
  if (kind === 'net') {
    const cidr = parseCidr(text);
    return cidr ? { kind: 'net', cidr } : undefined;
  }
  const [protocol, port] = text.includes(':') ? text.split(':') : ['tcp', text];
  const value = Number(port);
  return protocol !== undefined && Number.isInteger(value)
    ? { kind: 'port', protocol, port: value }
    : undefined;
}

function parseMember(text: string, layout: readonly ('net' | 'port')[]): readonly Dimension[] | undefined {
  const parts = text.split(',');
  if (parts.length !== layout.length) return undefined;
  const out: Dimension[] = [];
  for (const [index, kind] of layout.entries()) {
    const dimension = parseDimension(parts[index] ?? '', kind);
    if (!dimension) return undefined;
    out.push(dimension);
  }
  return out;
}

function dimensionHolds(dimension: Dimension, flag: SetFlag, packet: PacketView): boolean {
  if (dimension.kind === 'net') return cidrContains(dimension.cidr, flag === 'src' ? packet.src : packet.dst);
  const port = flag === 'src' ? packet.sport : packet.dport;
  return packet.protocol === dimension.protocol && port === dimension.port;
}

/** A parsed set, ready for repeated tests. */
interface ParsedSet {
  readonly members: readonly (readonly Dimension[])[];
}

/**
 * An `ipsetContains` for `MatchLookups` over the given sets. A `list:set` (weave-npc's namespace sets)
 * contains what any set it lists contains; the kernel does not nest lists, so one level is all there is. A
 * set that does not exist, or of a type not modelled, contains nothing (the kernel would refuse the rule;
 * that is a generator bug, not a packet fate).
 */
export function ipsetMembership(
  sets: readonly IpSet[],
): (name: string, flags: readonly SetFlag[], packet: PacketView) => boolean {
  const parsed = new Map<string, ParsedSet>();
  const lists = new Map<string, readonly string[]>();
  for (const set of sets) {
    if (set.type === 'list:set') {
      lists.set(set.name, set.members);
      continue;
    }
    const layout = LAYOUTS[set.type];
    if (!layout) continue;
    const members = set.members.map((member) => parseMember(member, layout)).filter((m) => m !== undefined);
    parsed.set(set.name, { members });
  }
  const hashContains = (name: string, flags: readonly SetFlag[], packet: PacketView): boolean => {
    const set = parsed.get(name);
    if (!set) return false;
    return set.members.some((member) =>
      member.every((dimension, index) =>
        dimensionHolds(dimension, flags[index] ?? flags[flags.length - 1] ?? 'src', packet),
      ),
    );
  };
  return (name, flags, packet) => {
    const listed = lists.get(name);
    return listed === undefined
      ? hashContains(name, flags, packet)
      : listed.some((member) => hashContains(member, flags, packet));
  };
}
