/**
 * The `bridge` CNI plugin with `host-local` IPAM (containernetworking/plugins), as Flannel and Weave use it:
 * a Linux bridge holding the gateway address, one `vethXXXXXXXX` port per pod, the pod's address from the node
 * subnet. Also the bridge's forwarding database and the ARP entries both sides hold once traffic has flowed
 * (the learnt entries are what the kernel would have after the pod's first packet).
 */
import { cidrBroadcast, cidrPrefix, type Cidr } from '../../net/cidr.ts';
import type { IPv4 } from '../../net/ipv4.ts';
import type { ClusterNode } from '../../cluster/types.ts';
import { upFlags, upState } from '../linux/links.ts';
import { deviceMac } from '../linux/mac.ts';
import { bridgeVethName } from '../linux/names.ts';
import type { NetnsBuilder } from '../linux/netnsBuilder.ts';
import type { NetNamespace } from '../types.ts';
import { addSubnetAddressing, createPodNetns, podMac, type SandboxPod } from './podNetns.ts';

export interface BridgeConfig {
  /** `cni0` (flannel, the plugin's default) or `weave`. */
  readonly bridge: string;
  /** The gateway address on the bridge (`.1` of the node subnet). */
  readonly gateway: IPv4;
  /** The prefix pods get their address in (the node subnet for flannel, the whole range for weave). */
  readonly subnet: Cidr;
  readonly mtu: number;
  /** Extra IPAM routes in the pod (`FLANNEL_NETWORK` via the gateway). */
  readonly podRoutes: readonly Cidr[];
  /** `hairpinMode: true` (flannel's delegate config): a pod can reach itself through a Service. */
  readonly hairpin: boolean;
  /**
   * Whether the bridge exists without pods. The bridge plugin creates `cni0` on the first pod ADD, so a node
   * with no pods has none; weave creates its bridge at start-up.
   */
  readonly createdWithoutPods: boolean;
}

/**
 * Creates the bridge (when due) with the gateway address — or gives an existing bridge (weave's) its address —
 * and each pod's namespace attached to it. Returns the pod namespaces.
 */
export function attachBridgePods(
  host: NetnsBuilder,
  node: ClusterNode,
  pods: readonly SandboxPod[],
  config: BridgeConfig,
): NetNamespace[] {
  if (pods.length === 0 && !config.createdWithoutPods) return [];
  const bridgeMac = deviceMac(`${node.name}/${config.bridge}`);
  if (!host.device(config.bridge)) {
    host.addDevice({
      name: config.bridge,
      kind: 'bridge',
      mac: bridgeMac,
      mtu: config.mtu,
      state: upState('bridge'),
      flags: upFlags('bridge'),
    });
  }
  if (!host.hasAddress(config.gateway)) {
    host.addAddress({
      device: config.bridge,
      ip: config.gateway,
      prefix: cidrPrefix(config.subnet),
      scope: 'global',
      broadcast: cidrBroadcast(config.subnet),
    });
    host.addFdb({
      mac: bridgeMac,
      device: config.bridge,
      master: config.bridge,
      self: false,
      permanent: true,
    });
  }
  return pods.map((sandbox) => {
    let attempt = 0;
    while (host.device(bridgeVethName(node.name, sandbox.pod.ref, attempt))) attempt++;
    const vethName = bridgeVethName(node.name, sandbox.pod.ref, attempt);
    const vethMac = deviceMac(`${node.name}/${vethName}`);
    const ns = createPodNetns(host, node.name, sandbox, {
      name: vethName,
      mac: vethMac,
      mtu: config.mtu,
      master: config.bridge,
      // Not a sysctl but the port's sysfs attribute (/sys/class/net/<veth>/brport/hairpin_mode).
      ...(config.hairpin ? { sysctls: { 'brport/hairpin_mode': '1' } } : {}),
    });
    addSubnetAddressing(ns, sandbox.ip, config.subnet, config.gateway, config.podRoutes);
    ns.addNeighbour({ ip: config.gateway, device: 'eth0', lladdr: bridgeMac, state: 'REACHABLE' });
    const mac = podMac(node.name, sandbox.pod);
    host.addNeighbour({ ip: sandbox.ip, device: config.bridge, lladdr: mac, state: 'REACHABLE' });
    host.addFdb({ mac: vethMac, device: vethName, master: config.bridge, self: false, permanent: true });
    host.addFdb({ mac, device: vethName, master: config.bridge, self: false, permanent: false });
    return ns.build();
  });
}
