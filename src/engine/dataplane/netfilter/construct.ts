/**
 * Short constructors for matches (`m`) and targets (`t`), so generators read like the rules they write:
 * `[m.comment('… cluster IP'), m.module('tcp'), m.protocol('tcp'), m.destination('10.96.0.10'), m.dport('tcp', 53)]`.
 * Addresses are validated here; a bad one is a generator bug and throws.
 */
import { cidr, ip } from './ip.ts';
import type {
  AddressType,
  AddrtypeMatch,
  CtState,
  L4Protocol,
  IpProtocol,
  IpvsMatch,
  Match,
  PhysdevMatch,
  PortRange,
  RecentMode,
  SetFlag,
  StateState,
} from './matches.ts';
import type { MarkOp, NatAddress, RejectWith, Target } from './targets.ts';

/** `{ negated: true }` turns a test into its `!` form. */
export interface Negatable {
  readonly negated?: boolean;
}

/** A single port, or `[first, last]` for a range. */
export type PortSpec = number | readonly [number, number];

function range(spec: PortSpec): PortRange {
  return typeof spec === 'number' ? { first: spec, last: spec } : { first: spec[0], last: spec[1] };
}

const neg = (opts?: Negatable): boolean => opts?.negated ?? false;

function natAddress(address: string, ports?: PortSpec): NatAddress {
  return ports === undefined ? { address: ip(address) } : { address: ip(address), ports: range(ports) };
}

export const m = {
  source: (text: string, opts?: Negatable): Match => ({
    kind: 'source',
    cidr: cidr(text),
    negated: neg(opts),
  }),
  destination: (text: string, opts?: Negatable): Match => ({
    kind: 'destination',
    cidr: cidr(text),
    negated: neg(opts),
  }),
  /** `[!] -p name`, or with `numeric` `-p <number>` as Felix writes it. */
  protocol: (protocol: IpProtocol, opts?: Negatable & { numeric?: boolean }): Match => ({
    kind: 'protocol',
    protocol,
    negated: neg(opts),
    ...(opts?.numeric === true ? { numeric: true } : {}),
  }),
  inInterface: (name: string, opts?: Negatable): Match => ({
    kind: 'in-interface',
    name,
    negated: neg(opts),
  }),
  outInterface: (name: string, opts?: Negatable): Match => ({
    kind: 'out-interface',
    name,
    negated: neg(opts),
  }),
  /** `-m tcp|udp|sctp` */
  module: (protocol: L4Protocol): Match => ({ kind: 'port-module', protocol }),
  /** `[!] --dport p` (an option of the protocol's match). */
  dport: (protocol: L4Protocol, port: PortSpec, opts?: Negatable): Match => ({
    kind: 'port',
    protocol,
    side: 'destination',
    range: range(port),
    negated: neg(opts),
  }),
  /** `[!] --sport p` */
  sport: (protocol: L4Protocol, port: PortSpec, opts?: Negatable): Match => ({
    kind: 'port',
    protocol,
    side: 'source',
    range: range(port),
    negated: neg(opts),
  }),
  /** `-m multiport [!] --dports a,b` */
  multiport: (
    side: 'source' | 'destination' | 'either',
    ports: readonly PortSpec[],
    opts?: Negatable,
  ): Match => ({
    kind: 'multiport',
    side,
    ports: ports.map(range),
    negated: neg(opts),
  }),
  /** `-m addrtype [!] --src-type …` */
  srcType: (types: readonly AddressType[], opts?: Negatable & { limitIface?: 'in' | 'out' }): Match =>
    addrtype({ src: { types, negated: neg(opts) } }, opts?.limitIface),
  /** `-m addrtype [!] --dst-type …` */
  dstType: (types: readonly AddressType[], opts?: Negatable & { limitIface?: 'in' | 'out' }): Match =>
    addrtype({ dst: { types, negated: neg(opts) } }, opts?.limitIface),
  /** `-m addrtype` with both sides. */
  addrtype: (spec: Omit<AddrtypeMatch, 'kind'>): Match => ({ kind: 'addrtype', ...spec }),
  /** `-m mark [!] --mark value[/mask]` */
  mark: (value: number, mask?: number, opts?: Negatable & { hexWidth?: number }): Match => ({
    kind: 'mark',
    value,
    negated: neg(opts),
    ...(mask === undefined ? {} : { mask }),
    ...(opts?.hexWidth === undefined ? {} : { hexWidth: opts.hexWidth }),
  }),
  /** `-m conntrack [!] --ctstate A,B` */
  ctstate: (states: readonly CtState[], opts?: Negatable): Match => ({
    kind: 'conntrack',
    states,
    negated: neg(opts),
  }),
  /** `-m state [!] --state A,B` */
  state: (states: readonly StateState[], opts?: Negatable): Match => ({
    kind: 'state',
    states,
    negated: neg(opts),
  }),
  /** `-m ipvs …` with the options given (addresses as text, validated here). */
  ipvs: (spec: IpvsSpec): Match => ipvsMatch(spec),
  /** `-m statistic --mode random --probability p` (p as the writer spelled it). */
  probability: (probability: string, opts?: Negatable): Match => ({
    kind: 'statistic',
    probability,
    negated: neg(opts),
  }),
  /** `-m recent --name n --<mode> [--seconds s] [--reap] [--mask m] [--rsource|--rdest]` */
  recent: (
    name: string,
    mode: RecentMode,
    opts?: Negatable & { seconds?: number; reap?: boolean; mask?: string; side?: 'rsource' | 'rdest' },
  ): Match => ({
    kind: 'recent',
    name,
    mode,
    reap: opts?.reap ?? false,
    negated: neg(opts),
    ...(opts?.seconds === undefined ? {} : { seconds: opts.seconds }),
    ...(opts?.mask === undefined ? {} : { mask: ip(opts.mask) }),
    ...(opts?.side === undefined ? {} : { side: opts.side }),
  }),
  comment: (text: string): Match => ({ kind: 'comment', text }),
  /** `-m set [!] --match-set name dst,dst` */
  set: (name: string, flags: readonly SetFlag[], opts?: Negatable): Match => ({
    kind: 'set',
    name,
    flags,
    negated: neg(opts),
  }),
  physdev: (spec: Omit<PhysdevMatch, 'kind'>): Match => ({ kind: 'physdev', ...spec }),
  nfacct: (name: string): Match => ({ kind: 'nfacct', name }),
} as const;

/** The ipvs options by value; `{ negated: true }` variants via the `*Negated` flags. */
export interface IpvsSpec {
  readonly ipvs?: boolean;
  readonly vproto?: L4Protocol;
  readonly vaddr?: string;
  readonly vport?: number;
  readonly vdir?: 'ORIGINAL' | 'REPLY';
  readonly vmethod?: 'GATE' | 'IPIP' | 'MASQ';
  /** Which options carry `!` (`--ipvs` negated is `! --ipvs`). */
  readonly negated?: readonly ('ipvs' | 'vproto' | 'vaddr' | 'vport' | 'vmethod')[];
}

function ipvsMatch(spec: IpvsSpec): IpvsMatch {
  const negated = (option: 'ipvs' | 'vproto' | 'vaddr' | 'vport' | 'vmethod'): boolean =>
    spec.negated?.includes(option) ?? false;
  return {
    kind: 'ipvs',
    ...(spec.ipvs === true ? { ipvs: { value: true, negated: negated('ipvs') } } : {}),
    ...(spec.vproto === undefined ? {} : { vproto: { value: spec.vproto, negated: negated('vproto') } }),
    ...(spec.vaddr === undefined ? {} : { vaddr: { value: cidr(spec.vaddr), negated: negated('vaddr') } }),
    ...(spec.vport === undefined ? {} : { vport: { value: spec.vport, negated: negated('vport') } }),
    ...(spec.vdir === undefined ? {} : { vdir: spec.vdir }),
    ...(spec.vmethod === undefined ? {} : { vmethod: { value: spec.vmethod, negated: negated('vmethod') } }),
  };
}

function addrtype(spec: Omit<AddrtypeMatch, 'kind' | 'limitIface'>, limitIface?: 'in' | 'out'): Match {
  return limitIface === undefined ? { kind: 'addrtype', ...spec } : { kind: 'addrtype', ...spec, limitIface };
}

export const t = {
  accept: (): Target => ({ kind: 'accept' }),
  drop: (): Target => ({ kind: 'drop' }),
  return: (): Target => ({ kind: 'return' }),
  jump: (chain: string): Target => ({ kind: 'jump', chain }),
  goto: (chain: string): Target => ({ kind: 'goto', chain }),
  reject: (withType?: RejectWith): Target =>
    withType === undefined ? { kind: 'reject' } : { kind: 'reject', with: withType },
  /** `-j DNAT --to-destination ip[:port]` */
  dnat: (address: string, port?: PortSpec): Target => ({ kind: 'dnat', to: natAddress(address, port) }),
  snat: (address: string, opts?: { ports?: PortSpec; random?: boolean; randomFully?: boolean }): Target => ({
    kind: 'snat',
    to: natAddress(address, opts?.ports),
    random: opts?.random ?? false,
    randomFully: opts?.randomFully ?? false,
  }),
  masquerade: (opts?: { toPorts?: PortSpec; random?: boolean; randomFully?: boolean }): Target => ({
    kind: 'masquerade',
    random: opts?.random ?? false,
    randomFully: opts?.randomFully ?? false,
    ...(opts?.toPorts === undefined ? {} : { toPorts: range(opts.toPorts) }),
  }),
  /** `-j MARK --<op> value[/mask]` */
  mark: (op: MarkOp, value: number, opts?: { mask?: number; hexWidth?: number }): Target => ({
    kind: 'mark',
    op,
    value,
    ...(opts?.mask === undefined ? {} : { mask: opts.mask }),
    ...(opts?.hexWidth === undefined ? {} : { hexWidth: opts.hexWidth }),
  }),
  none: (): Target => ({ kind: 'none' }),
  /** `-j NFLOG --nflog-group n [--nflog-prefix text]`: log and continue. */
  nflog: (group: number, prefix?: string): Target => ({
    kind: 'none',
    nflog: prefix === undefined ? { group } : { group, prefix },
  }),
} as const;
