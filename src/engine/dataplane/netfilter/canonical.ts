/**
 * How iptables itself groups a rule's arguments. Writers interleave them (`-m tcp -p tcp -d X --dport 53`), but
 * the kernel rule is an IP header (-s, -d, -i, -o, -p) plus an ordered list of extension matches, each with
 * its options. The save renderer prints this grouping and the matcher evaluates in it, so both agree with the
 * kernel: header first, then extensions in the order they were loaded.
 */
import type {
  DestinationMatch,
  ExtensionMatch,
  InInterfaceMatch,
  L4Protocol,
  Match,
  OutInterfaceMatch,
  PortMatch,
  ProtocolMatch,
  SourceMatch,
} from './matches.ts';

/** A header test and where it sits in the rule's `matches`. */
export interface Indexed<M> {
  readonly match: M;
  readonly index: number;
}

/** The IP-header part; iptables allows each at most once. */
export interface CanonicalHeader {
  readonly source?: Indexed<SourceMatch>;
  readonly destination?: Indexed<DestinationMatch>;
  readonly inInterface?: Indexed<InInterfaceMatch>;
  readonly outInterface?: Indexed<OutInterfaceMatch>;
  readonly protocol?: Indexed<ProtocolMatch>;
}

/**
 * One loaded tcp/udp/sctp match with the port options bound to it. `moduleIndex` is the `-m <proto>` element,
 * absent when the first port option loaded the match implicitly.
 */
export interface PortGroup {
  readonly kind: 'port-group';
  readonly protocol: L4Protocol;
  readonly moduleIndex?: number;
  readonly options: readonly Indexed<PortMatch>[];
}

/** Any other extension, which carries its own options. */
export interface SingleExtension {
  readonly kind: 'single';
  readonly match: Exclude<ExtensionMatch, PortMatch | { kind: 'port-module' }>;
  readonly index: number;
}

export type CanonicalExtension = PortGroup | SingleExtension;

export interface CanonicalRule {
  readonly header: CanonicalHeader;
  readonly extensions: readonly CanonicalExtension[];
}

interface MutablePortGroup {
  kind: 'port-group';
  protocol: L4Protocol;
  moduleIndex?: number;
  options: Indexed<PortMatch>[];
}

/**
 * Groups matches as iptables' parser does: a port option binds to the latest `-m <proto>` of its protocol, and
 * loads one implicitly at its own position when there is none. Duplicate header tests are a writer's bug
 * (iptables refuses "multiple -s flags"), so they throw.
 */
export function canonicalize(matches: readonly Match[]): CanonicalRule {
  const header: { -readonly [K in keyof CanonicalHeader]: CanonicalHeader[K] } = {};
  const extensions: (MutablePortGroup | SingleExtension)[] = [];
  const latestGroup = new Map<L4Protocol, MutablePortGroup>();
  const setHeader = <K extends keyof CanonicalHeader>(
    key: K,
    value: NonNullable<CanonicalHeader[K]>,
  ): void => {
    if (header[key]) throw new Error(`rule has more than one ${key} test`);
    header[key] = value;
  };
  matches.forEach((match, index) => {
    switch (match.kind) {
      case 'source':
        return setHeader('source', { match, index });
      case 'destination':
        return setHeader('destination', { match, index });
      case 'in-interface':
        return setHeader('inInterface', { match, index });
      case 'out-interface':
        return setHeader('outInterface', { match, index });
      case 'protocol':
        return setHeader('protocol', { match, index });
      case 'port-module': {
        const group: MutablePortGroup = {
          kind: 'port-group',
          protocol: match.protocol,
          moduleIndex: index,
          options: [],
        };
        latestGroup.set(match.protocol, group);
        extensions.push(group);
        return;
      }
      case 'port': {
        let group = latestGroup.get(match.protocol);
        if (!group) {
          group = { kind: 'port-group', protocol: match.protocol, options: [] };
          latestGroup.set(match.protocol, group);
          extensions.push(group);
        }
        group.options.push({ match, index });
        return;
      }
      default:
        extensions.push({ kind: 'single', match, index });
    }
  });
  return { header, extensions };
}
