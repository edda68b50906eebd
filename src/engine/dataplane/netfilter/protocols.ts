/**
 * IP protocol numbers and names. The kernel rule keeps only the number; how `-p` reads back depends on the
 * iptables version:
 *
 * - iptables ≤ 1.8.10 (`proto_to_name(proto, 0)` in `save_rule_details`): a name from libxtables'
 *   `xtables_chain_protos` (tcp, sctp, udp, udplite, icmp, icmpv6, esp, ah, mh, all), otherwise
 *   `getprotobynumber()`, i.e. the node's `/etc/protocols`. On Debian/Ubuntu (netbase) protocol 4 is
 *   `ipencap`, which is why real Calico dumps show `-A cali-INPUT -p ipencap …` for the `-p 4` Felix wrote.
 * - iptables ≥ 1.8.11 ("iptables-save: Avoid /etc/protocols lookups", Phil Sutter, January 2024): only the
 *   `xtables_chain_protos` names; anything else prints as its number (`-p 4`).
 */
import { assertNever } from './assertNever.ts';
import type { IpProtocol } from './matches.ts';

/** The IANA number of each protocol the model names. */
export const PROTOCOL_NUMBERS: Readonly<Record<IpProtocol, number>> = {
  icmp: 1,
  ipencap: 4,
  tcp: 6,
  udp: 17,
  icmpv6: 58,
  sctp: 132,
};

/** Whether libxtables' own table (`xtables_chain_protos`) names the protocol, so no lookup is needed. */
function builtinName(protocol: IpProtocol): string | undefined {
  switch (protocol) {
    case 'tcp':
    case 'udp':
    case 'sctp':
    case 'icmp':
      return protocol;
    case 'icmpv6':
      // ip6tables-save shows the netbase name of 58 on the nodes we model (the table's first entry for 58 is
      // `icmpv6`, but a lookup through /etc/protocols, tried first in older releases, gives `ipv6-icmp`).
      return 'ipv6-icmp';
    case 'ipencap':
      return undefined;
    default:
      return assertNever(protocol);
  }
}

/** The `/etc/protocols` (netbase) name iptables ≤ 1.8.10 finds with `getprotobynumber()`. */
const NETBASE_NAMES: Readonly<Partial<Record<IpProtocol, string>>> = { ipencap: 'ipencap' };

/**
 * Whether this iptables version still looks protocol names up in /etc/protocols when saving (≤ 1.8.10).
 * `version` is the text after `v` in the dump header, e.g. `1.8.10 (nf_tables)`.
 */
export function savesProtocolNamesFromNetbase(version: string): boolean {
  const [major = 0, minor = 0, patch = 0] = (/^(\d+)\.(\d+)\.(\d+)/.exec(version) ?? []).slice(1).map(Number);
  return major * 1_000_000 + minor * 1_000 + patch <= 1_008_010;
}

/** How `-p` prints for this protocol: a name, or the number when no name is known to this iptables. */
export function savedProtocol(protocol: IpProtocol, netbaseLookup: boolean): string {
  const name = builtinName(protocol) ?? (netbaseLookup ? NETBASE_NAMES[protocol] : undefined);
  return name ?? String(PROTOCOL_NUMBERS[protocol]);
}
