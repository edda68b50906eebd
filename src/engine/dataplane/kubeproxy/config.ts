/**
 * kube-proxy's effective per-node configuration: the cluster's `KubeProxySettings` resolved against this node
 * the way `NewProxier` resolves them (masquerade mark, localhost NodePorts, `--nodeport-addresses`), plus the
 * host facts a real node would detect at start-up (nfacct, `--random-fully`, conntrack liberal mode).
 */
import type { Cluster, ClusterNode, IPv4, KubeProxySettings } from '../../cluster/types.ts';
import { cidrContains, parseCidr, type Cidr } from '../../net/cidr.ts';

/** Host facts kube-proxy detects at start-up rather than reads from its configuration. */
export interface KubeProxyHostOptions {
  /**
   * The nfacct counters exist (`nfnetlink_acct` loaded): adds `-m nfacct` to the INVALID drop and to localhost
   * NodePort rules. Default true, a current node. The real node of REFERENCE.md §1.9 had none.
   */
  readonly nfacct?: boolean;
  /** iptables supports `MASQUERADE --random-fully` (every iptables ≥ 1.6.2). Default true. */
  readonly randomFully?: boolean;
  /** `net.netfilter.nf_conntrack_tcp_be_liberal` is non-zero: no INVALID drop rule. Default false. */
  readonly conntrackTcpBeLiberal?: boolean;
}

/** Where NodePorts are served: every local address, or only these (`--nodeport-addresses`). */
export type NodePortAddresses =
  { readonly matchAll: true } | { readonly matchAll: false; readonly ips: readonly IPv4[] };

export interface KubeProxyNodeConfig {
  readonly settings: KubeProxySettings;
  /** `1 << masqueradeBit` (0x4000 by default). */
  readonly masqueradeMark: number;
  /** The local-traffic detector's cluster CIDR (`--cluster-cidr`, detect-local-mode ClusterCIDR). */
  readonly clusterCIDR: Cidr;
  readonly serviceCIDR: Cidr;
  /** The node's primary IP (`--bind-address` / node InternalIP). */
  readonly nodeIP: IPv4;
  /** Localhost NodePorts after `NewProxier` turns them off when `--nodeport-addresses` excludes loopback. */
  readonly localhostNodePorts: boolean;
  readonly nodePortAddresses: NodePortAddresses;
  /**
   * The node's non-loopback addresses outside kube-ipvs0 (IPVS NodePorts listen on each): the InternalIP and
   * the CNI's own addresses (bridge, tunnel, router) as a node in steady state has them.
   */
  readonly nodeAddresses: readonly IPv4[];
  readonly nfacct: boolean;
  readonly randomFully: boolean;
  readonly conntrackTcpBeLiberal: boolean;
}

const LOOPBACK = '127.0.0.1' as IPv4;

/** Every address configured on the node's interfaces, loopback first (as `net.Interfaces()` lists `lo`). */
function interfaceAddresses(node: ClusterNode): IPv4[] {
  const cni = node.cniAddresses;
  const all = [LOOPBACK, node.internalIP, cni.bridge, cni.tunnel, cni.router];
  return [...new Set(all.filter((ip): ip is IPv4 => ip !== undefined))];
}

/** `NewNodePortAddresses` + `GetNodeIPs`: `primary` is the node IP, CIDRs select interface addresses. */
function resolveNodePortAddresses(
  settings: KubeProxySettings,
  node: ClusterNode,
): {
  addresses: NodePortAddresses;
  containsLoopback: boolean;
} {
  const cidrs: Cidr[] = [];
  for (const entry of settings.nodePortAddresses) {
    const cidr = entry === 'primary' ? parseCidr(`${node.internalIP}/32`) : entry;
    if (cidr !== undefined) cidrs.push(cidr);
  }
  if (cidrs.length === 0 || cidrs.some((cidr) => cidr.endsWith('/0'))) {
    return { addresses: { matchAll: true }, containsLoopback: true };
  }
  const ips = interfaceAddresses(node).filter((ip) => cidrs.some((cidr) => cidrContains(cidr, ip)));
  return {
    addresses: { matchAll: false, ips },
    containsLoopback: cidrs.some((cidr) => cidrContains(cidr, LOOPBACK)),
  };
}

export function kubeProxyNodeConfig(
  cluster: Cluster,
  node: ClusterNode,
  options: KubeProxyHostOptions = {},
): KubeProxyNodeConfig {
  const settings = cluster.settings.kubeProxy;
  const { addresses, containsLoopback } = resolveNodePortAddresses(settings, node);
  return {
    settings,
    masqueradeMark: 2 ** settings.masqueradeBit,
    clusterCIDR: cluster.settings.podCIDR,
    serviceCIDR: cluster.settings.serviceCIDR,
    nodeIP: node.internalIP,
    localhostNodePorts: settings.localhostNodePorts && containsLoopback,
    nodePortAddresses: addresses,
    nodeAddresses: interfaceAddresses(node).filter((ip) => ip !== LOOPBACK),
    nfacct: options.nfacct ?? true,
    randomFully: options.randomFully ?? true,
    conntrackTcpBeLiberal: options.conntrackTcpBeLiberal ?? false,
  };
}
