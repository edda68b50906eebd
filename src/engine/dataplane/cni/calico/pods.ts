/**
 * The Calico CNI plugin's pod wiring (projectcalico/calico `cni-plugin` dataplane), shared by Calico and Canal:
 * no bridge, a veth per pod whose host end is `cali` + 11 hex of sha1("<ns>.<pod>") with MAC
 * `ee:ee:ee:ee:ee:ee`, proxy ARP on it, and in the pod the address as /32 with `default via 169.254.1.1`.
 * The host end answers ARP for 169.254.1.1 by proxy ARP, so the pod's next hop is always the host. Felix adds
 * the host route `<pod IP> dev caliX scope link` and a static ARP entry for the pod's MAC.
 */
import type { IPv4 } from '../../../net/ipv4.ts';
import type { ClusterNode } from '../../../cluster/types.ts';
import { calicoInterfaceName } from '../../naming/calico.ts';
import { hostCidr } from '../../linux/kernelRoutes.ts';
import { toMac } from '../../linux/mac.ts';
import type { NetnsBuilder } from '../../linux/netnsBuilder.ts';
import type { NetNamespace } from '../../types.ts';
import { addPointToPointAddressing, createPodNetns, podMac, type SandboxPod } from '../podNetns.ts';

/** The link-local next hop every Calico pod routes through; nothing holds it, the host answers by proxy ARP. */
export const CALICO_GATEWAY = '169.254.1.1' as IPv4;

/** The fixed MAC of every `cali*` host end (the CNI plugin sets it so pods never see a MAC change). */
export const CALICO_HOST_MAC = toMac('ee:ee:ee:ee:ee:ee');

/** The sysctls `configureSysctls` sets on the host end: proxy ARP without delay, and forwarding. */
export function caliSysctls(iface: string): Readonly<Record<string, string>> {
  return {
    [`net.ipv4.conf.${iface}.proxy_arp`]: '1',
    [`net.ipv4.neigh.${iface}.proxy_delay`]: '0',
    [`net.ipv4.conf.${iface}.forwarding`]: '1',
  };
}

/** Wires every pod sandbox on the node the Calico way; returns the pod namespaces. */
export function attachCalicoPods(
  host: NetnsBuilder,
  node: ClusterNode,
  pods: readonly SandboxPod[],
  mtu: number,
): NetNamespace[] {
  return pods.map((sandbox) => {
    const iface = calicoInterfaceName(sandbox.pod.namespace, sandbox.pod.name);
    const ns = createPodNetns(host, node.name, sandbox, {
      name: iface,
      mac: CALICO_HOST_MAC,
      mtu,
      sysctls: caliSysctls(iface),
    });
    addPointToPointAddressing(ns, sandbox.ip, CALICO_GATEWAY);
    ns.addNeighbour({ ip: CALICO_GATEWAY, device: 'eth0', lladdr: CALICO_HOST_MAC, state: 'REACHABLE' });
    // Felix's workload route (FELIX_DEVICEROUTEPROTOCOL defaults to boot, so `ip route` prints no proto).
    host.addRoute({ table: 'main', type: 'unicast', dst: hostCidr(sandbox.ip), dev: iface, scope: 'link' });
    host.addNeighbour({
      ip: sandbox.ip,
      device: iface,
      lladdr: podMac(node.name, sandbox.pod),
      state: 'PERMANENT',
    });
    return ns.build();
  });
}
