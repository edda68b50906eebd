/**
 * cilium-cni's pod wiring (`pkg/datapath/connector`): a veth whose host end is `lxc` + 12 hex of sha256 of the
 * sandbox ID, the pod address as /32, and in the pod `default via <router> … mtu <route MTU>` plus a link route
 * to the router IP. The eBPF program on the `lxc` device answers the pod's ARP for the router with the `lxc`
 * MAC and redirects traffic; the host holds no per-pod route or neighbour entry.
 *
 * UNCONFIRMED (REFERENCE.md §9.4): which ID string is hashed into the `lxc` name; the sandbox (pause container)
 * ID is used here.
 */
import type { ClusterNode } from '../../../cluster/types.ts';
import { ciliumLxcName } from '../../naming/cilium.ts';
import { deviceMac } from '../../linux/mac.ts';
import { sandboxId } from '../../linux/names.ts';
import type { NetnsBuilder } from '../../linux/netnsBuilder.ts';
import type { NetNamespace } from '../../types.ts';
import { UNDERLAY_MTU } from '../hostNetns.ts';
import { addPointToPointAddressing, createPodNetns, type SandboxPod } from '../podNetns.ts';
import { ciliumRouteMtu, type CiliumMode } from './devices.ts';

/** The host-side interface of a pod's endpoint. */
export function ciliumPodInterface(node: string, pod: SandboxPod['pod']): string {
  return ciliumLxcName(sandboxId(node, pod.ref));
}

export function attachCiliumPods(
  host: NetnsBuilder,
  node: ClusterNode,
  pods: readonly SandboxPod[],
  mode: CiliumMode,
): NetNamespace[] {
  const router = node.cniAddresses.router;
  if (router === undefined) return [];
  return pods.map((sandbox) => {
    const iface = ciliumPodInterface(node.name, sandbox.pod);
    const lxcMac = deviceMac(`${node.name}/${iface}`);
    const ns = createPodNetns(host, node.name, sandbox, {
      name: iface,
      mac: lxcMac,
      mtu: UNDERLAY_MTU,
      sysctls: { [`net.ipv4.conf.${iface}.rp_filter`]: '0', [`net.ipv4.conf.${iface}.forwarding`]: '1' },
    });
    addPointToPointAddressing(ns, sandbox.ip, router, ciliumRouteMtu(mode));
    ns.addNeighbour({ ip: router, device: 'eth0', lladdr: lxcMac, state: 'REACHABLE' });
    return ns.build();
  });
}
