/**
 * The meaning of each match kind, following the kernel's xt_* modules. Each function answers for one match;
 * `match.ts` strings them together in the kernel's order.
 */
import { assertNever } from './assertNever.ts';
import { applyMask, cidrContains, fullMask } from './ip.ts';
import { markMatches } from './mark.ts';
import type {
  AddressTypeTest,
  AddrtypeMatch,
  ConntrackMatch,
  CtState,
  IpvsMatch,
  Match,
  MultiportMatch,
  PhysdevMatch,
  PortRange,
  RecentMatch,
} from './matches.ts';
import type { MatchContext, PacketView, RecentUpdate } from './packet.ts';
import { statisticDrawMatches } from './probability.ts';

/** The answer for one match, plus the side effects evaluating it has. */
export interface MatchVerdict {
  readonly matched: boolean;
  readonly recentUpdate?: RecentUpdate;
  readonly drawUsed?: boolean;
}

const yes = (matched: boolean): MatchVerdict => ({ matched });

/** Interface names: exact, or a prefix when the pattern ends in `+`. A missing device compares as "". */
export function interfaceMatches(pattern: string, device: string | undefined): boolean {
  const actual = device ?? '';
  return pattern.endsWith('+') ? actual.startsWith(pattern.slice(0, -1)) : actual === pattern;
}

const inRange = (port: number, range: PortRange): boolean => port >= range.first && port <= range.last;

/** multiport: any listed port (or range) equals the packet's source, destination, or either port. */
function multiportMatches(match: MultiportMatch, packet: PacketView): boolean {
  const { sport, dport } = packet;
  if (sport === undefined || dport === undefined) return false;
  const hit = match.ports.some((range) => {
    switch (match.side) {
      case 'source':
        return inRange(sport, range);
      case 'destination':
        return inRange(dport, range);
      case 'either':
        return inRange(sport, range) || inRange(dport, range);
      default:
        return assertNever(match.side);
    }
  });
  return hit !== match.negated;
}

/** addrtype: the route type of src (then dst) is in the set; with a limit, looked up on the in/out device only. */
function addrtypeMatches(match: AddrtypeMatch, ctx: MatchContext): boolean {
  const { packet, lookups } = ctx;
  const device =
    match.limitIface === 'in'
      ? packet.inInterface
      : match.limitIface === 'out'
        ? packet.outInterface
        : undefined;
  const side = (test: AddressTypeTest | undefined, address: PacketView['src']): boolean =>
    test === undefined || test.types.includes(lookups.addressType(address, device)) !== test.negated;
  return side(match.src, packet.src) && side(match.dst, packet.dst);
}

/** conntrack --ctstate: the packet's state bit, plus SNAT/DNAT if the connection was NATed, meets the set. */
function conntrackMatches(match: ConntrackMatch, packet: PacketView): boolean {
  const bits = new Set<CtState>([packet.conntrack.state]);
  if (packet.conntrack.snat) bits.add('SNAT');
  if (packet.conntrack.dnat) bits.add('DNAT');
  return match.states.some((state) => bits.has(state)) !== match.negated;
}

/**
 * ipvs (xt_ipvs `ipvs_mt`): `--ipvs` alone asks only whether IPVS handled the packet. Any other option first
 * requires that (no IPVS connection: no match, negations notwithstanding), then tests the packet's protocol
 * (`--vproto` is the packet's, not the service's), and the connection's virtual port, direction, forwarding
 * method and virtual address, in the kernel's order.
 */
function ipvsMatches(match: IpvsMatch, packet: PacketView): boolean {
  const conn = packet.ipvs;
  const others =
    match.vproto !== undefined ||
    match.vaddr !== undefined ||
    match.vport !== undefined ||
    match.vdir !== undefined ||
    match.vmethod !== undefined;
  if (!others) return (conn !== undefined) !== (match.ipvs?.negated ?? false);
  if (conn === undefined) return false;
  const test = <T>(
    option: { value: T; negated: boolean } | undefined,
    holds: (value: T) => boolean,
  ): boolean => option === undefined || holds(option.value) !== option.negated;
  return (
    test(match.vproto, (protocol) => packet.protocol === protocol) &&
    test(match.vport, (port) => conn.vport === port) &&
    (match.vdir === undefined || match.vdir === conn.direction) &&
    test(match.vmethod, (method) => conn.method === method) &&
    test(match.vaddr, (range) => cidrContains(range, conn.vaddr))
  );
}

/**
 * recent: `--set` records the address and always matches; `--rcheck`/`--update` match if it is listed (seen
 * within `--seconds` when given), `--update` refreshing it; `--remove` matches and deletes if listed. The key is
 * the source (`--rsource`, default) or destination address ANDed with `--mask`.
 */
function recentVerdict(match: RecentMatch, ctx: MatchContext): MatchVerdict {
  const raw = match.side === 'rdest' ? ctx.packet.dst : ctx.packet.src;
  const address = applyMask(raw, match.mask ?? fullMask(raw.family));
  const list = match.name;
  if (match.mode === 'set') return { matched: !match.negated, recentUpdate: { list, address, op: 'set' } };
  const age = ctx.lookups.recentLastSeen(list, address);
  if (match.mode === 'remove') {
    if (age === undefined) return yes(match.negated);
    return { matched: !match.negated, recentUpdate: { list, address, op: 'remove' } };
  }
  const hit = age !== undefined && (match.seconds === undefined || age <= match.seconds);
  const matched = hit !== match.negated;
  if (match.mode === 'update' && matched && age !== undefined) {
    return { matched, recentUpdate: { list, address, op: 'set' } };
  }
  return yes(matched);
}

/**
 * physdev: only bridged packets carry bridge-port facts. Without them every positive test fails and every
 * negated one passes, as in the kernel; with them, is-in/is-out/is-bridged ask whether the ports are known.
 */
function physdevMatches(match: PhysdevMatch, packet: PacketView): boolean {
  const bridge = packet.bridge;
  const tests: [{ negated: boolean } | undefined, () => boolean][] = [
    [
      match.physdevIn,
      () =>
        match.physdevIn !== undefined &&
        bridge?.physIn !== undefined &&
        interfaceMatches(match.physdevIn.name, bridge.physIn),
    ],
    [
      match.physdevOut,
      () =>
        match.physdevOut !== undefined &&
        bridge?.physOut !== undefined &&
        interfaceMatches(match.physdevOut.name, bridge.physOut),
    ],
    [match.isIn, () => bridge?.physIn !== undefined],
    [match.isOut, () => bridge?.physOut !== undefined],
    [match.isBridged, () => bridge?.physOut !== undefined],
  ];
  return tests.every(
    ([test, holds]) => test === undefined || (bridge === undefined ? test.negated : holds() !== test.negated),
  );
}

/** Evaluates one match against the packet. Port options are judged on their own (protocol and range). */
export function evaluateMatch(match: Match, ctx: MatchContext): MatchVerdict {
  const packet = ctx.packet;
  switch (match.kind) {
    case 'source':
      return yes(cidrContains(match.cidr, packet.src) !== match.negated);
    case 'destination':
      return yes(cidrContains(match.cidr, packet.dst) !== match.negated);
    case 'protocol':
      return yes((packet.protocol === match.protocol) !== match.negated);
    case 'in-interface':
      return yes(interfaceMatches(match.name, packet.inInterface) !== match.negated);
    case 'out-interface':
      return yes(interfaceMatches(match.name, packet.outInterface) !== match.negated);
    case 'port-module':
      return yes(packet.protocol === match.protocol);
    case 'port': {
      const port = match.side === 'source' ? packet.sport : packet.dport;
      if (packet.protocol !== match.protocol || port === undefined) return yes(false);
      return yes(inRange(port, match.range) !== match.negated);
    }
    case 'multiport':
      return yes(multiportMatches(match, packet));
    case 'addrtype':
      return yes(addrtypeMatches(match, ctx));
    case 'mark':
      return yes(markMatches(packet.mark, match.value, match.mask) !== match.negated);
    case 'conntrack':
      return yes(conntrackMatches(match, packet));
    case 'state':
      return yes(match.states.includes(packet.conntrack.state) !== match.negated);
    case 'ipvs':
      return yes(ipvsMatches(match, packet));
    case 'statistic':
      return { matched: statisticDrawMatches(match.probability, ctx.draw) !== match.negated, drawUsed: true };
    case 'recent':
      return recentVerdict(match, ctx);
    case 'comment':
    case 'nfacct':
      return yes(true);
    case 'set':
      return yes(ctx.lookups.ipsetContains(match.name, match.flags, packet) !== match.negated);
    case 'physdev':
      return yes(physdevMatches(match, packet));
    default:
      return assertNever(match);
  }
}
