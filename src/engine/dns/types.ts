/**
 * The vocabulary of name resolution (REFERENCE.md §8): the questions a pod's stub resolver asks, what CoreDNS
 * (or the upstream resolver it forwards to) answers, and the outcome of one lookup. Shared by the resolver,
 * the CoreDNS model and the walker, which puts each query on the wire.
 */
import type { MessageParams } from '../diagnostics.ts';
import type { DnsRecord, IPv4 } from '../cluster/types.ts';

/** Question types CoreDNS is asked here. The engine is IPv4-only, so AAAA is always answered empty. */
export type DnsQuestionType = 'A' | 'AAAA' | 'SRV' | 'PTR' | 'CNAME' | 'TXT';

/**
 * The response codes that occur. NODATA is not a code: it is NOERROR with no answer of the asked type
 * (an AAAA question for a name that only has an A record).
 */
export type DnsRcode = 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL';

/** One question on the wire: the fully qualified name (trailing dot, as tcpdump prints it) and its type. */
export interface DnsQuestion {
  readonly name: string;
  readonly type: DnsQuestionType;
}

/** A message key and its parameters (`dns.*` in the catalogues). */
export interface DnsExplanation {
  readonly key: string;
  readonly params: MessageParams;
}

/** What answers a question: CoreDNS itself (the cluster zone), or the upstream resolver it forwarded to. */
export interface DnsAnswer {
  readonly rcode: DnsRcode;
  /** The answer section in order: a CNAME first, then the records of its target. */
  readonly answers: readonly DnsRecord[];
  /** Set by CoreDNS for names in the zones its kubernetes plugin serves (the `*` in tcpdump's `NXDomain*-`). */
  readonly authoritative: boolean;
  /** Whether CoreDNS had to ask the upstream resolver (`forward . /etc/resolv.conf`) for any of it. */
  readonly forwarded: boolean;
  /** The upstream resolver's address, when forwarded. */
  readonly upstream?: IPv4;
  readonly explain: DnsExplanation;
}

/** Something that answers questions: CoreDNS as {@link coreDnsAnswer} models it, or a test double. */
export type DnsAnswerFn = (question: DnsQuestion) => Pick<DnsAnswer, 'rcode' | 'answers'>;

/** One question the resolver sent during a lookup, with the answer it got. */
export interface DnsExchange {
  readonly question: DnsQuestion;
  readonly rcode: DnsRcode;
  readonly answers: readonly DnsRecord[];
}

/**
 * How a lookup ended.
 * - `answered`: a candidate name had A records; `addresses` are they (after any CNAME).
 * - `nxdomain`: every candidate was NXDOMAIN (the name exists nowhere).
 * - `nodata`: some candidate exists but has no address (glibc's NO_DATA), none had one.
 * - `servfail`: a server failed on some candidate and none answered (glibc's TRY_AGAIN).
 */
export type ResolveOutcome = 'answered' | 'nxdomain' | 'nodata' | 'servfail';

export interface ResolveResult {
  readonly outcome: ResolveOutcome;
  /** The candidate that answered (fully qualified). */
  readonly name?: string;
  readonly addresses: readonly IPv4[];
  /** Every question sent, in order, with its answer: what tcpdump on the pod's eth0 would show. */
  readonly exchanges: readonly DnsExchange[];
  readonly explain: DnsExplanation;
}
