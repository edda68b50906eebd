/**
 * The ipsets kube-proxy's IPVS mode keeps (`pkg/proxy/ipvs/ipset.go`, REFERENCE.md §2): names, types and the
 * comments its iptables rules quote, in `ipsetInfo` order, and the member formats of `ipset list`.
 */
import type { IpSet } from '../../types.ts';
import { ipv4ToInt, parseIPv4 } from '../../../net/ipv4.ts';

export type IpsetType = 'hash:ip' | 'hash:ip,port' | 'hash:ip,port,ip' | 'hash:ip,port,net' | 'bitmap:port';

export interface IpsetInfo {
  readonly name: string;
  readonly type: IpsetType;
  readonly comment: string;
}

const info = (name: string, type: IpsetType, comment: string): IpsetInfo => ({ name, type, comment });

export const KUBE_IPSETS = {
  loopBack: info(
    'KUBE-LOOP-BACK',
    'hash:ip,port,ip',
    'Kubernetes endpoints dst ip:port, source ip for solving hairpin purpose',
  ),
  clusterIP: info(
    'KUBE-CLUSTER-IP',
    'hash:ip,port',
    'Kubernetes service cluster ip + port for masquerade purpose',
  ),
  externalIP: info(
    'KUBE-EXTERNAL-IP',
    'hash:ip,port',
    'Kubernetes service external ip + port for masquerade and filter purpose',
  ),
  externalIPLocal: info(
    'KUBE-EXTERNAL-IP-LOCAL',
    'hash:ip,port',
    'Kubernetes service external ip + port with externalTrafficPolicy=local',
  ),
  loadBalancer: info('KUBE-LOAD-BALANCER', 'hash:ip,port', 'Kubernetes service lb portal'),
  loadBalancerFW: info(
    'KUBE-LOAD-BALANCER-FW',
    'hash:ip,port',
    'Kubernetes service load balancer ip + port for load balancer with sourceRange',
  ),
  loadBalancerLocal: info(
    'KUBE-LOAD-BALANCER-LOCAL',
    'hash:ip,port',
    'Kubernetes service load balancer ip + port with externalTrafficPolicy=local',
  ),
  loadBalancerSourceIP: info(
    'KUBE-LOAD-BALANCER-SOURCE-IP',
    'hash:ip,port,ip',
    'Kubernetes service load balancer ip + port + source IP for packet filter purpose',
  ),
  loadBalancerSourceCIDR: info(
    'KUBE-LOAD-BALANCER-SOURCE-CIDR',
    'hash:ip,port,net',
    'Kubernetes service load balancer ip + port + source cidr for packet filter purpose',
  ),
  nodePortTCP: info(
    'KUBE-NODE-PORT-TCP',
    'bitmap:port',
    'Kubernetes nodeport TCP port for masquerade purpose',
  ),
  nodePortLocalTCP: info(
    'KUBE-NODE-PORT-LOCAL-TCP',
    'bitmap:port',
    'Kubernetes nodeport TCP port with externalTrafficPolicy=local',
  ),
  nodePortUDP: info(
    'KUBE-NODE-PORT-UDP',
    'bitmap:port',
    'Kubernetes nodeport UDP port for masquerade purpose',
  ),
  nodePortLocalUDP: info(
    'KUBE-NODE-PORT-LOCAL-UDP',
    'bitmap:port',
    'Kubernetes nodeport UDP port with externalTrafficPolicy=local',
  ),
  nodePortSCTP: info(
    'KUBE-NODE-PORT-SCTP-HASH',
    'hash:ip,port',
    "Kubernetes nodeport SCTP port for masquerade purpose with type 'hash ip:port'",
  ),
  nodePortLocalSCTP: info(
    'KUBE-NODE-PORT-LOCAL-SCTP-HASH',
    'hash:ip,port',
    "Kubernetes nodeport SCTP port with externalTrafficPolicy=local with type 'hash ip:port'",
  ),
  healthCheckNodePort: info(
    'KUBE-HEALTH-CHECK-NODE-PORT',
    'bitmap:port',
    'Kubernetes health check node port',
  ),
  ipvsIPs: info('KUBE-IPVS-IPS', 'hash:ip', 'Addresses on the ipvs interface'),
} as const;

export type KubeIpsetKey = keyof typeof KUBE_IPSETS;

/**
 * `ipsetInfo` order. kube-proxy creates the sets by ranging over a Go map, so their real creation order (and
 * `ipset list` order) is random; this fixed order is a normalisation.
 */
export const IPSET_ORDER: readonly KubeIpsetKey[] = [
  'loopBack',
  'clusterIP',
  'externalIP',
  'externalIPLocal',
  'loadBalancer',
  'loadBalancerFW',
  'loadBalancerLocal',
  'loadBalancerSourceIP',
  'loadBalancerSourceCIDR',
  'nodePortTCP',
  'nodePortLocalTCP',
  'nodePortUDP',
  'nodePortLocalUDP',
  'nodePortSCTP',
  'nodePortLocalSCTP',
  'healthCheckNodePort',
  'ipvsIPs',
];

/** `Entry.String()` for hash:ip,port: `10.96.0.10,udp:53`. */
export const ipPortEntry = (ip: string, protocol: string, port: number): string =>
  `${ip},${protocol}:${port}`;

const PROTOCOL_NUMBERS: Readonly<Record<string, number>> = { tcp: 6, udp: 17, sctp: 132 };

/** Sort weight of one comma-separated member part (address, `proto:port`, net or bare port). */
function partWeights(part: string): number[] {
  const [head = '', tail] = part.split(/[:/]/);
  const ip = parseIPv4(head);
  if (ip !== undefined) return [ipv4ToInt(ip), Number(tail ?? 32)];
  if (tail !== undefined) return [PROTOCOL_NUMBERS[head] ?? 0, Number(tail)];
  return [Number(head)];
}

/**
 * Members in a stable order: hash sets list in hash order (unspecified), so they are sorted by address, protocol
 * and port; bitmap:port lists ascending, as the kernel does.
 */
export function sortMembers(members: Iterable<string>): string[] {
  const weights = (member: string): number[] => member.split(',').flatMap(partWeights);
  return [...members].sort((a, b) => {
    const wa = weights(a);
    const wb = weights(b);
    for (let i = 0; i < Math.max(wa.length, wb.length); i++) {
      const diff = (wa[i] ?? 0) - (wb[i] ?? 0);
      if (diff !== 0) return diff;
    }
    return 0;
  });
}

/** The sets as the dataplane contract holds them, in `IPSET_ORDER`, members sorted. */
export function toIpSets(members: ReadonlyMap<KubeIpsetKey, ReadonlySet<string>>): IpSet[] {
  return IPSET_ORDER.map((key) => {
    const set = KUBE_IPSETS[key];
    return {
      name: set.name,
      type: set.type,
      comment: set.comment,
      members: sortMembers(members.get(key) ?? []),
    };
  });
}
