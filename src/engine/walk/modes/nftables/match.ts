/**
 * The meaning of each match statement kube-proxy writes, as nf_tables evaluates it: `ip daddr`, sets and
 * anonymous sets, `meta l4proto`, `tcp dport`, `fib daddr type local`, `meta mark & m == 0`, `ct state`, and
 * the concatenated keys of verdict maps (`ip daddr . meta l4proto . th dport`).
 */
import { assertNever } from '../../../dataplane/netfilter/assertNever.ts';
import type {
  NftKeyField,
  NftMap,
  NftMapElement,
  NftObjectId,
  NftSet,
  NftStatement,
} from '../../../dataplane/kubeproxy/nftables/model.ts';
import { addressMatches } from '../address.ts';
import type { NftHookContext, NftPacket } from './types.ts';

/** The statements that only test the packet (no side effect, no verdict). */
export type NftMatchStatement = Extract<
  NftStatement,
  {
    kind:
      'ct-state' | 'ip' | 'ip-in-list' | 'ip-in-set' | 'l4-dport' | 'l4proto' | 'fib-local' | 'mark-and-zero';
  }
>;

/** A match's answer, with the set element it matched on (for highlighting). */
export interface NftMatchResult {
  readonly matched: boolean;
  readonly element?: NftObjectId;
}

const address = (packet: NftPacket, field: 'saddr' | 'daddr'): string =>
  field === 'saddr' ? packet.src : packet.dst;

/** `ip saddr @set`: a static element (exact address, or prefix in an interval set) or a dynamic entry. */
function setMatch(set: NftSet | NftMap | undefined, ip: string, ctx: NftHookContext): NftMatchResult {
  if (set?.kind !== 'set') return { matched: false };
  const element = set.elements.find(
    (candidate) => candidate.key.length === 1 && addressMatches(candidate.key[0] ?? '', ip),
  );
  if (element !== undefined) return { matched: true, element: element.id };
  // Dynamic sets (`flags dynamic,timeout`) are filled by the datapath itself, so their members live in the
  // walk's state, not in the generated table; the whole set is highlighted.
  if (set.flags.includes('dynamic') && ctx.dynamicSetContains?.(set.name, ip) === true)
    return { matched: true, element: set.id };
  return { matched: false };
}

export function evaluateMatch(
  statement: NftMatchStatement,
  packet: NftPacket,
  ctx: NftHookContext,
  findSet: (name: string) => NftSet | NftMap | undefined,
): NftMatchResult {
  switch (statement.kind) {
    case 'ct-state':
      return { matched: statement.states.includes(packet.ctState) };
    case 'ip':
      return {
        matched: addressMatches(statement.value, address(packet, statement.field)) !== statement.negated,
      };
    case 'ip-in-list': {
      const ip = address(packet, statement.field);
      return { matched: statement.values.some((value) => addressMatches(value, ip)) !== statement.negated };
    }
    case 'ip-in-set':
      return setMatch(findSet(statement.set), address(packet, statement.field), ctx);
    case 'l4-dport':
      // `tcp dport 80` carries an implicit `meta l4proto tcp` dependency.
      return { matched: packet.protocol === statement.protocol && packet.dport === statement.port };
    case 'l4proto':
      return { matched: packet.protocol === statement.protocol };
    case 'fib-local':
      return { matched: ctx.isLocal(address(packet, statement.field)) };
    case 'mark-and-zero':
      return { matched: (packet.mark & statement.mask) >>> 0 === 0 };
    default:
      return assertNever(statement);
  }
}

/** One part of a concatenated key, as the map elements spell it; undefined when the packet has no such field. */
function keyPart(field: NftKeyField, packet: NftPacket): string | undefined {
  switch (field) {
    case 'ip daddr':
      return packet.dst;
    case 'meta l4proto':
      return packet.protocol;
    case 'th dport':
      // kube-proxy always pairs `th dport` with `meta l4proto`, so ICMP never reaches a port element.
      return packet.protocol === 'icmp' || packet.dport === undefined ? undefined : String(packet.dport);
    default:
      return assertNever(field);
  }
}

/** `<key> vmap @map`: the element whose key equals the packet's key, if any (no element: the rule does not match). */
export function vmapLookup(
  key: readonly NftKeyField[],
  map: NftSet | NftMap | undefined,
  packet: NftPacket,
): NftMapElement | undefined {
  if (map?.kind !== 'map') return undefined;
  const parts: string[] = [];
  for (const field of key) {
    const part = keyPart(field, packet);
    if (part === undefined) return undefined;
    parts.push(part);
  }
  return map.elements.find(
    (element) =>
      element.key.length === parts.length &&
      element.key.every((value, i) =>
        key[i] === 'ip daddr' ? addressMatches(value, parts[i] ?? '') : value === parts[i],
      ),
  );
}
