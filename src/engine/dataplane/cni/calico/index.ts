/**
 * Calico on one node, routing and devices only (Felix's policy chains come from the policy generator): the
 * tunnel device of the pool's mode, BIRD's or Felix's routes to every peer block and the blackholes for this
 * node's own blocks, and the Calico CNI plugin's pod wiring. No bridge, so `bridge-nf-call-iptables` does not
 * matter here: pod traffic is routed, and routed traffic always traverses iptables.
 */
import type { NodeBuildContext } from '../../context.ts';
import type { NetnsBuilder } from '../../linux/netnsBuilder.ts';
import { podsOn, type CniClusterState } from '../prepare.ts';
import type { CniNodeResult } from '../types.ts';
import { CALICO_CONFLIST_PATH, calicoConflist } from './files.ts';
import { attachCalicoPods } from './pods.ts';
import { addCalicoRoutes } from './routes.ts';
import { addCalicoTunnel, calicoMtu, type CalicoSettings } from './tunnel.ts';

export function applyCalico(
  ctx: NodeBuildContext,
  host: NetnsBuilder,
  shared: CniClusterState,
  cni: CalicoSettings,
): CniNodeResult {
  const { node, cluster } = ctx;
  addCalicoTunnel(host, node.name, node.internalIP, node.cniAddresses.tunnel, cni.mode);
  addCalicoRoutes(host, cluster, node, cni);
  const mtu = calicoMtu(cni.mode);
  const pods = attachCalicoPods(host, node, podsOn(shared, node.name), mtu);
  return { pods, sysctls: {}, files: { [CALICO_CONFLIST_PATH]: calicoConflist(node.name, mtu) } };
}
