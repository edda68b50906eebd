/**
 * What one IPVS `syncProxyRules` decides per service port (REFERENCE.md §2): the virtual servers (ClusterIP,
 * ExternalIPs, LoadBalancer IPs, and one per node address for a NodePort) with their real servers, the ipset
 * members, and the addresses bound to kube-ipvs0.
 */
import type { IPv4, Port, Protocol } from '../../../cluster/types.ts';
import type { L4Protocol } from '../../netfilter/matches.ts';
import type { IpvsRealServer, IpvsVirtualServer } from '../../types.ts';
import { cidrContains } from '../../../net/cidr.ts';
import { categorizeEndpoints } from '../categorize.ts';
import type { KubeProxyNodeConfig } from '../config.ts';
import type { KubeProxyEndpoint, ServicePortInfo } from '../servicePorts.ts';
import { ipPortEntry, type KubeIpsetKey } from './ipsets.ts';

export interface IpvsPlan {
  readonly virtualServers: readonly IpvsVirtualServer[];
  readonly members: ReadonlyMap<KubeIpsetKey, ReadonlySet<string>>;
  /** Addresses bound to kube-ipvs0, in binding order (the KUBE-IPVS-IPS set). */
  readonly boundAddresses: readonly IPv4[];
  /**
   * LoadBalancer ip:port/protocol whose source ranges do not include the node (`lbNoNodeAccessIPPortProtocol
   * Entries`): `writeIptablesRules` blocks the node's own access with a `-m ipvs --vaddr …` DROP rule each in
   * KUBE-IPVS-OUT-FILTER.
   */
  readonly lbNoNodeAccess: readonly {
    readonly ip: IPv4;
    readonly protocol: L4Protocol;
    readonly port: number;
  }[];
}

const upper = (protocol: string): Protocol => protocol.toUpperCase() as Protocol;

/** `syncEndpoint`: local endpoints for Local policy (falling back to cluster ones, PR 97081), else cluster. */
function realServersFor(svc: ServicePortInfo, onlyNodeLocal: boolean): IpvsRealServer[] {
  const { clusterEndpoints, localEndpoints } = categorizeEndpoints(svc);
  const chosen: readonly KubeProxyEndpoint[] =
    onlyNodeLocal && localEndpoints.length > 0 ? localEndpoints : clusterEndpoints;
  return chosen.map((ep) => ({ ip: ep.ip, port: ep.port as Port, forward: 'Masq', weight: 1 }));
}

export function planIpvs(cfg: KubeProxyNodeConfig, servicePorts: readonly ServicePortInfo[]): IpvsPlan {
  const members = new Map<KubeIpsetKey, Set<string>>();
  const add = (key: KubeIpsetKey, entry: string): void => {
    const set = members.get(key) ?? new Set<string>();
    set.add(entry);
    members.set(key, set);
  };
  const virtualServers: IpvsVirtualServer[] = [];
  const bound: IPv4[] = [];
  // A set beside the ordered list: `includes` on 10,000 Services made binding quadratic.
  const boundSet = new Set<IPv4>();
  const bind = (ip: IPv4): void => {
    if (boundSet.has(ip)) return;
    boundSet.add(ip);
    bound.push(ip);
  };
  const lbNoNodeAccess: IpvsPlan['lbNoNodeAccess'][number][] = [];
  const onNode = new Set<string>(cfg.nodeAddresses);
  const nodePortIPs = cfg.nodePortAddresses.matchAll
    ? cfg.nodeAddresses
    : cfg.nodePortAddresses.ips.filter((ip) => !ip.startsWith('127.'));
  const scheduler = cfg.settings.scheduler === '' ? 'rr' : cfg.settings.scheduler;

  for (const svc of servicePorts) {
    const proto = svc.protocol;
    const vs = (ip: IPv4, port: number, onlyNodeLocal: boolean): void => {
      virtualServers.push({
        protocol: upper(proto),
        ip,
        port: port as Port,
        scheduler,
        ...(svc.stickyMaxAgeSeconds === undefined ? {} : { persistentSeconds: svc.stickyMaxAgeSeconds }),
        realServers: realServersFor(svc, onlyNodeLocal),
        service: svc.nameString,
      });
    };

    for (const ep of svc.endpoints) {
      if (ep.local) add('loopBack', `${ipPortEntry(ep.ip, proto, ep.port)},${ep.ip}`);
    }

    add('clusterIP', ipPortEntry(svc.clusterIP, proto, svc.port));
    vs(svc.clusterIP, svc.port, svc.internalPolicyLocal);
    bind(svc.clusterIP);

    for (const ip of svc.externalIPs) {
      add(svc.externalPolicyLocal ? 'externalIPLocal' : 'externalIP', ipPortEntry(ip, proto, svc.port));
      vs(ip, svc.port, svc.externalPolicyLocal);
      if (!onNode.has(ip)) bind(ip);
    }

    for (const ip of svc.loadBalancerVIPs) {
      const entry = ipPortEntry(ip, proto, svc.port);
      add('loadBalancer', entry);
      if (svc.externalPolicyLocal) add('loadBalancerLocal', entry);
      if (svc.loadBalancerSourceRanges.length > 0) {
        add('loadBalancerFW', entry);
        for (const range of svc.loadBalancerSourceRanges) add('loadBalancerSourceCIDR', `${entry},${range}`);
        if (svc.loadBalancerSourceRanges.some((range) => cidrContains(range, cfg.nodeIP))) {
          add('loadBalancerSourceIP', `${entry},${ip}`);
        } else {
          lbNoNodeAccess.push({ ip, protocol: proto, port: svc.port });
        }
      }
      vs(ip, svc.port, svc.externalPolicyLocal);
      if (!onNode.has(ip)) bind(ip);
    }

    if (svc.nodePort !== 0 && nodePortIPs.length > 0) {
      const local = svc.externalPolicyLocal;
      if (proto === 'sctp') {
        for (const ip of nodePortIPs) {
          add('nodePortSCTP', ipPortEntry(ip, proto, svc.nodePort));
          if (local) add('nodePortLocalSCTP', ipPortEntry(ip, proto, svc.nodePort));
        }
      } else {
        add(proto === 'tcp' ? 'nodePortTCP' : 'nodePortUDP', String(svc.nodePort));
        if (local) add(proto === 'tcp' ? 'nodePortLocalTCP' : 'nodePortLocalUDP', String(svc.nodePort));
      }
      for (const ip of nodePortIPs) vs(ip, svc.nodePort, local);
    }

    if (svc.healthCheckNodePort !== 0) add('healthCheckNodePort', String(svc.healthCheckNodePort));
  }

  for (const ip of bound) add('ipvsIPs', ip);
  return { virtualServers, members, boundAddresses: bound, lbNoNodeAccess };
}
