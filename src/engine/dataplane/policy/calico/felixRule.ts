/**
 * Felix's rules as two views of the same thing: the fragment text Felix renders (which its `cali:` rule
 * hashes are computed over — `-m mark --mark 0/0x20000 --jump cali-pi-…`) and the kernel's rule in our model
 * (which iptables-save prints and the walker evaluates). Writing a chain computes the hashes and appends the
 * rules to the node's filter table with the hash comment first, where Felix puts it.
 */
import type { RulesetBuilder } from '../../netfilter/builder.ts';
import { m, t, type PortSpec } from '../../netfilter/construct.ts';
import type { AddressType, CtState, Match } from '../../netfilter/matches.ts';
import { PROTOCOL_NUMBERS } from '../../netfilter/protocols.ts';
import type { Target } from '../../netfilter/targets.ts';
import { felixRuleHashes } from './ids.ts';
import type { CalicoProtocol, PortRange } from './convert.ts';

export interface FelixMatch {
  readonly fragment: string;
  readonly match: Match;
}

export interface FelixAction {
  readonly fragment: string;
  readonly target: Target;
}

export interface FelixRule {
  /** A human comment (`Start of policies`); the `cali:` hash comment is added when the chain is written. */
  readonly comment?: string;
  readonly matches: readonly FelixMatch[];
  readonly action: FelixAction;
}

export interface FelixChain {
  readonly name: string;
  readonly rules: readonly FelixRule[];
}

/** Go's `%#x`: `0x` + lower-case hex, and `0x0` for zero. */
export const goHex = (value: number): string => `0x${(value >>> 0).toString(16)}`;

const portText = ({ first, last }: PortRange): string => (first === last ? `${first}` : `${first}:${last}`);
const portSpec = ({ first, last }: PortRange): PortSpec => (first === last ? first : [first, last]);

/** Felix's `MatchCriteria` builders (felix/iptables/match_builder.go). */
export const fm = {
  conntrack: (states: readonly CtState[], negated = false): FelixMatch => ({
    fragment: `-m conntrack${negated ? ' !' : ''} --ctstate ${states.join(',')}`,
    match: m.ctstate(states, { negated }),
  }),
  /** `MarkClear`: `(mark & bits) == 0`. */
  markClear: (bits: number): FelixMatch => ({
    fragment: `-m mark --mark 0/${goHex(bits)}`,
    match: m.mark(0, bits),
  }),
  /** `MarkSingleBitSet`: the bit is set. */
  markSet: (bit: number): FelixMatch => ({
    fragment: `-m mark --mark ${goHex(bit)}/${goHex(bit)}`,
    match: m.mark(bit, bit),
  }),
  inInterface: (name: string): FelixMatch => ({
    fragment: `--in-interface ${name}`,
    match: m.inInterface(name),
  }),
  outInterface: (name: string): FelixMatch => ({
    fragment: `--out-interface ${name}`,
    match: m.outInterface(name),
  }),
  protocol: (protocol: CalicoProtocol): FelixMatch => ({
    fragment: `-p ${protocol}`,
    match: m.protocol(protocol),
  }),
  /** `ProtocolNum`: `-p 4`, the number, "because the name is not guaranteed to be known by the kernel". */
  protocolNum: (protocol: 'ipencap' | 'udp'): FelixMatch => ({
    fragment: `-p ${PROTOCOL_NUMBERS[protocol]}`,
    match: m.protocol(protocol, { numeric: true }),
  }),
  /** `SrcAddrType(type, false)` / `DestAddrType(type)`. */
  addrType: (side: 'src' | 'dst', type: AddressType): FelixMatch => ({
    fragment: `-m addrtype --${side}-type ${type}`,
    match: side === 'src' ? m.srcType([type]) : m.dstType([type]),
  }),
  source: (cidr: string, negated = false): FelixMatch => ({
    fragment: `${negated ? '! ' : ''}--source ${cidr}`,
    match: m.source(cidr, { negated }),
  }),
  destination: (cidr: string, negated = false): FelixMatch => ({
    fragment: `${negated ? '! ' : ''}--destination ${cidr}`,
    match: m.destination(cidr, { negated }),
  }),
  /** `SourceIPSet` / `DestIPSet` (`src` / `dst`) and the (IP, port) variants (`src,src` / `dst,dst`). */
  ipset: (name: string, flags: 'src' | 'dst' | 'src,src' | 'dst,dst'): FelixMatch => ({
    fragment: `-m set --match-set ${name} ${flags}`,
    match: m.set(name, flags.split(',') as ('src' | 'dst')[]),
  }),
  destPorts: (ranges: readonly PortRange[]): FelixMatch => ({
    fragment: `-m multiport --destination-ports ${ranges.map(portText).join(',')}`,
    match: m.multiport('destination', ranges.map(portSpec)),
  }),
} as const;

/** Felix's actions (felix/iptables/actions.go). */
export const fa = {
  accept: (): FelixAction => ({ fragment: '--jump ACCEPT', target: t.accept() }),
  drop: (): FelixAction => ({ fragment: '--jump DROP', target: t.drop() }),
  return: (): FelixAction => ({ fragment: '--jump RETURN', target: t.return() }),
  jump: (chain: string): FelixAction => ({ fragment: `--jump ${chain}`, target: t.jump(chain) }),
  goto: (chain: string): FelixAction => ({ fragment: `--goto ${chain}`, target: t.goto(chain) }),
  /** `SetMarkAction`: set the bits. */
  setMark: (bits: number): FelixAction => ({
    fragment: `--jump MARK --set-mark ${goHex(bits)}/${goHex(bits)}`,
    target: t.mark('set-mark', bits, { mask: bits }),
  }),
  /** `ClearMarkAction`: clear the bits (written `0/mask`, unlike the masked form's `0x0`). */
  clearMark: (bits: number): FelixAction => ({
    fragment: `--jump MARK --set-mark 0/${goHex(bits)}`,
    target: t.mark('set-mark', 0, { mask: bits }),
  }),
  /** `SetMaskedMarkAction`: set `value` within `mask`. */
  setMaskedMark: (value: number, mask: number): FelixAction => ({
    fragment: `--jump MARK --set-mark ${goHex(value)}/${goHex(mask)}`,
    target: t.mark('set-mark', value, { mask }),
  }),
} as const;

/** The rule as Felix renders it after `-A <chain> HASH` (its `renderInner`), for hashing. */
export function felixRuleText(rule: FelixRule): string {
  const parts: string[] = [];
  if (rule.comment !== undefined) parts.push(`-m comment --comment "${rule.comment}"`);
  parts.push(...rule.matches.map((match) => match.fragment), rule.action.fragment);
  return parts.join(' ');
}

/** The model rule: hash comment, human comment, then the matches in Felix's order. */
function ruleMatches(rule: FelixRule, hash: string): readonly Match[] {
  const comments = [
    m.comment(`cali:${hash}`),
    ...(rule.comment === undefined ? [] : [m.comment(rule.comment)]),
  ];
  return [...comments, ...rule.matches.map((match) => match.match)];
}

/** Declares a Felix chain in the filter table (Felix writes with `iptables-restore`) and appends its rules. */
export function writeFelixChain(rules: RulesetBuilder, chain: FelixChain): void {
  const builder = rules
    .table('filter')
    .declareChain(chain.name, { installedBy: 'calico', installedVia: 'restore' });
  const hashes = felixRuleHashes(chain.name, chain.rules.map(felixRuleText));
  chain.rules.forEach((rule, index) => {
    builder.append({ matches: ruleMatches(rule, hashes[index] ?? ''), target: rule.action.target });
  });
}

/**
 * Felix's jumps from a kernel chain (`-I FORWARD 1 -j cali-FORWARD`): inserted at the top, so they run before
 * kube-proxy's, with hashes computed over Felix's own rules for that chain.
 */
export function insertFelixRules(
  rules: RulesetBuilder,
  chain: 'INPUT' | 'FORWARD' | 'OUTPUT',
  felixRules: readonly FelixRule[],
): void {
  const hashes = felixRuleHashes(chain, felixRules.map(felixRuleText));
  const builder = rules.table('filter').chain(chain);
  [...felixRules].reverse().forEach((rule, reversedIndex) => {
    const hash = hashes[felixRules.length - 1 - reversedIndex] ?? '';
    builder.ensure(
      { matches: ruleMatches(rule, hash), target: rule.action.target, installedBy: 'calico' },
      'prepend',
    );
  });
}
