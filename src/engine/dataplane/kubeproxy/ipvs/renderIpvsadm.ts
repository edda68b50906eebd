/**
 * `ipvsadm -Ln` as ipvsadm 1.31 prints it (`list_all`, `print_service_entry`): the version header, the column
 * titles, then each virtual server (`TCP  10.96.0.1:443 rr [persistent 10800]`) followed by its real servers
 * (`  -> %-28s %-7s %-6d %-10u %-10u`, trailing spaces included). Counters are 0: no connection is simulated.
 *
 * Order is ipvsadm's own: it sorts services (`ipvs_cmp_services`: protocol, then address, then port) and real
 * servers (`ipvs_cmp_dests`: address, then port). Addresses are compared as `int r = ntohl(a) - ntohl(b)`, so
 * two addresses more than 2^31 apart compare the wrong way round (192.168.1.10 sorts before 10.96.0.1); that
 * quirk is reproduced.
 */
import { ipv4ToInt, type IPv4 } from '../../../net/ipv4.ts';
import type { IpvsRealServer, IpvsState, IpvsVirtualServer } from '../../types.ts';
import type { LinkedLine } from '../lines.ts';

declare const ipvsIdBrand: unique symbol;

/** `ipvs/<PROTO>/<vip>:<port>` for a virtual server, `…/<rip>:<rport>` for one of its real servers. */
export type IpvsEntryId = string & { readonly [ipvsIdBrand]: true };

export function ipvsVirtualServerId(vs: Pick<IpvsVirtualServer, 'protocol' | 'ip' | 'port'>): IpvsEntryId {
  return `ipvs/${vs.protocol}/${vs.ip}:${vs.port}` as IpvsEntryId;
}

export function ipvsRealServerId(vs: IpvsVirtualServer, rs: IpvsRealServer): IpvsEntryId {
  return `${ipvsVirtualServerId(vs)}/${rs.ip}:${rs.port}` as IpvsEntryId;
}

export type IpvsLine = LinkedLine<IpvsEntryId>;

const PROTOCOL_NUMBERS: Readonly<Record<IpvsVirtualServer['protocol'], number>> = {
  TCP: 6,
  UDP: 17,
  SCTP: 132,
};

/** C's `int r = ntohl(a) - ntohl(b)`: the unsigned difference read back as a signed 32-bit int. */
const cAddressDiff = (a: IPv4, b: IPv4): number => (ipv4ToInt(a) - ipv4ToInt(b)) | 0;

function compareServices(a: IpvsVirtualServer, b: IpvsVirtualServer): number {
  return (
    PROTOCOL_NUMBERS[a.protocol] - PROTOCOL_NUMBERS[b.protocol] || cAddressDiff(a.ip, b.ip) || a.port - b.port
  );
}

function compareDests(a: IpvsRealServer, b: IpvsRealServer): number {
  return cAddressDiff(a.ip, b.ip) || a.port - b.port;
}

/** Presorted by the true numeric order, so the stable sort is deterministic even where the C comparator is not transitive. */
function numeric<T extends { readonly ip: IPv4; readonly port: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => ipv4ToInt(a.ip) - ipv4ToInt(b.ip) || a.port - b.port);
}

export interface IpvsadmOptions {
  /** The IPVS hash table size of the header; 4096 is the kernel default (`ip_vs_conn_tab_bits` 12). */
  readonly tableSize?: number;
}

export function renderIpvsadm(state: IpvsState, options: IpvsadmOptions = {}): readonly IpvsLine[] {
  const lines: IpvsLine[] = [
    { text: `IP Virtual Server version 1.2.1 (size=${options.tableSize ?? 4096})`, refs: [] },
    { text: 'Prot LocalAddress:Port Scheduler Flags', refs: [] },
    { text: '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn', refs: [] },
  ];
  const services = numeric(state.virtualServers).sort((a, b) => compareServices(a, b));
  for (const vs of services) {
    const name = `${vs.protocol}  ${vs.ip}:${vs.port}`.slice(0, 33);
    const persistent = vs.persistentSeconds === undefined ? '' : ` persistent ${vs.persistentSeconds}`;
    lines.push({ text: `${name} ${vs.scheduler}${persistent}`, refs: [ipvsVirtualServerId(vs)] });
    for (const rs of numeric(vs.realServers).sort(compareDests)) {
      const dest = `${rs.ip}:${rs.port}`.slice(0, 28).padEnd(28);
      const text = `  -> ${dest} ${rs.forward.padEnd(7)} ${String(rs.weight).padEnd(6)} ${'0'.padEnd(10)} ${'0'.padEnd(10)}`;
      lines.push({ text, refs: [ipvsRealServerId(vs, rs)] });
    }
  }
  return lines;
}
