/**
 * Weave Net on one node: the `weave` bridge holding this node's address in the whole pod range (pods on all
 * nodes share one L2 segment, so each pod gets the range's prefix, not a node subnet), the fast-datapath or
 * sleeve devices, the weave router's and weave-npc's iptables, and the pods attached to `weave` by the
 * weave-net CNI plugin with hairpin mode on.
 *
 * Simplification: addresses come from the node's block of the pod range (packetwalk's host-local IPAM), where
 * real weave IPAM hands out ring-allocated ranges; the addressing seen by pods (range prefix, gateway = the
 * local bridge address) is the same. Forwarding to remote pods is modelled as the learnt state: the `weave`
 * bridge sends each remote pod's MAC to `vethwe-bridge`, and (fastdp) `vxlan-6784` tunnels it to the pod's node.
 */
import type { NodeBuildContext } from '../../context.ts';
import type { Cluster, ClusterNode } from '../../../cluster/types.ts';
import type { NetNamespace } from '../../types.ts';
import type { NetnsBuilder } from '../../linux/netnsBuilder.ts';
import type { IpSet } from '../../types.ts';
import { attachBridgePods } from '../bridge.ts';
import { podsOn, type CniClusterState } from '../prepare.ts';
import { podMac, type SandboxPod } from '../podNetns.ts';
import type { CniNodeResult } from '../types.ts';
import {
  addWeaveDevices,
  WEAVE_BRIDGE,
  WEAVE_BRIDGE_PORT,
  WEAVE_DATAPATH,
  WEAVE_MTU,
  WEAVE_VXLAN,
  type WeaveMode,
} from './devices.ts';
import { applyWeaveIptables, WEAVE_NO_MASQ_LOCAL } from './iptables.ts';
import { applyWeaveNpc, weaveDefaultAllowSets, weavePolicySets } from './npc.ts';

export const WEAVE_CONFLIST_PATH = '/etc/cni/net.d/10-weave.conflist';

const WEAVE_CONFLIST = `{
    "cniVersion": "0.3.0",
    "name": "weave",
    "plugins": [
        {
            "name": "weave",
            "type": "weave-net",
            "hairpinMode": true
        },
        {
            "type": "portmap",
            "capabilities": {"portMappings": true},
            "snat": true
        }
    ]
}
`;

/**
 * Weave's devices on a node and its pods' namespaces on the `weave` bridge: the part of {@link applyWeave}
 * that makes devices, shared with the devices-only build the canvas draws from.
 */
export function addWeaveDevicesAndPods(
  host: NetnsBuilder,
  cluster: Cluster,
  node: ClusterNode,
  local: readonly SandboxPod[],
  mode: WeaveMode,
): NetNamespace[] {
  addWeaveDevices(host, node, mode);
  const gateway = node.cniAddresses.bridge;
  if (gateway === undefined) return [];
  return attachBridgePods(host, node, local, {
    bridge: WEAVE_BRIDGE,
    gateway,
    subnet: cluster.settings.podCIDR,
    mtu: WEAVE_MTU,
    podRoutes: [],
    hairpin: true,
    createdWithoutPods: true,
  });
}

export function applyWeave(
  ctx: NodeBuildContext,
  host: NetnsBuilder,
  shared: CniClusterState,
  mode: WeaveMode,
): CniNodeResult {
  const { cluster, node } = ctx;
  const range = cluster.settings.podCIDR;
  applyWeaveIptables(ctx, range);
  applyWeaveNpc(ctx);
  const local = podsOn(shared, node.name);
  const pods = addWeaveDevicesAndPods(host, cluster, node, local, mode);
  addRemotePodForwarding(host, shared, node.name, mode);
  const ipsets: IpSet[] = [
    { name: WEAVE_NO_MASQ_LOCAL, type: 'hash:ip', members: local.map((p) => p.ip) },
    ...(shared.weaveDefaultAllow ?? weaveDefaultAllowSets(cluster)),
    ...weavePolicySets(cluster),
  ];
  return {
    pods,
    sysctls: { 'net.bridge.bridge-nf-call-iptables': '1' },
    files: { [WEAVE_CONFLIST_PATH]: WEAVE_CONFLIST },
    ipsets,
  };
}

/** The learnt forwarding state for every pod on other nodes: bridge → uplink, datapath → VXLAN to its node. */
function addRemotePodForwarding(
  host: NetnsBuilder,
  shared: CniClusterState,
  own: string,
  mode: WeaveMode,
): void {
  for (const [nodeName, pods] of shared.podsByNode) {
    if (nodeName === own) continue;
    const peerIP = shared.nodeIPs.get(nodeName);
    for (const { pod } of pods) {
      const mac = shared.podMacs?.get(pod.ref) ?? podMac(nodeName, pod);
      host.addFdb({ mac, device: WEAVE_BRIDGE_PORT, master: WEAVE_BRIDGE, self: false, permanent: false });
      if (mode !== 'fastdp' || peerIP === undefined) continue;
      host.addFdb({ mac, device: WEAVE_VXLAN, master: WEAVE_DATAPATH, self: false, permanent: false });
      host.addFdb({ mac, device: WEAVE_VXLAN, dst: peerIP, self: true, permanent: true });
    }
  }
}
