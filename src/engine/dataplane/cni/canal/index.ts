/**
 * Canal on one node: Flannel's networking (flanneld's VXLAN or host-gw backend, its `--ip-masq` chains and
 * subnet.env) with the Calico CNI plugin wiring the pods — `cali*` veths, /32 pod addresses, 169.254.1.1 —
 * and host-local IPAM on the node's podCIDR (`"subnet": "usePodCidr"`). So there is no `cni0`: Felix's
 * per-pod routes deliver locally, flannel's routes carry traffic between nodes. Calico's policy chains come
 * from the policy generator, as for Calico.
 */
import type { NodeBuildContext } from '../../context.ts';
import type { NetnsBuilder } from '../../linux/netnsBuilder.ts';
import { CANAL_CONFLIST_PATH, canalConflist } from '../calico/files.ts';
import { attachCalicoPods } from '../calico/pods.ts';
import { applyFlanneld } from '../flannel/index.ts';
import { flannelLease, flannelMtu, type FlannelBackend } from '../flannel/lease.ts';
import { podsOn, type CniClusterState } from '../prepare.ts';
import type { CniNodeResult } from '../types.ts';

export function applyCanal(
  ctx: NodeBuildContext,
  host: NetnsBuilder,
  shared: CniClusterState,
  backend: FlannelBackend,
): CniNodeResult {
  const files = applyFlanneld(ctx, host, backend);
  const mtu = flannelMtu(backend);
  const pods =
    flannelLease(ctx.node) === undefined
      ? []
      : attachCalicoPods(host, ctx.node, podsOn(shared, ctx.node.name), mtu);
  return { pods, sysctls: {}, files: { ...files, [CANAL_CONFLIST_PATH]: canalConflist(ctx.node.name, mtu) } };
}
