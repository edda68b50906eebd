/**
 * Flannel on one node: flanneld's backend (VXLAN `flannel.1` or host-gw routes), its iptables chains and
 * `subnet.env`, then the flannel CNI plugin delegating to `bridge` + `host-local` for every pod — `cni0` at the
 * subnet's `.1`, pods from `.2`, each with `default` and the whole flannel network via `.1`. Flannel enforces
 * no NetworkPolicy: there is no enforcement point to build.
 */
import { cidrPrefix } from '../../../net/cidr.ts';
import type { NodeBuildContext } from '../../context.ts';
import type { NetnsBuilder } from '../../linux/netnsBuilder.ts';
import { attachBridgePods } from '../bridge.ts';
import { podsOn, type CniClusterState } from '../prepare.ts';
import type { CniNodeResult } from '../types.ts';
import { applyFlannelBackend } from './backend.ts';
import { FLANNEL_CONFLIST, FLANNEL_CONFLIST_PATH, subnetEnv, SUBNET_ENV_PATH } from './files.ts';
import { applyFlannelForwardRules, applyFlannelMasqRules } from './iptables.ts';
import { flannelGateway, flannelLease, flannelMtu, type FlannelBackend } from './lease.ts';

/** The bridge the flannel CNI plugin's delegate creates (`defaultBrName` in containernetworking/plugins). */
export const FLANNEL_BRIDGE = 'cni0';

/**
 * flanneld's host side, shared with Canal: backend, iptables (`--ip-masq` as the default manifest runs it) and
 * subnet.env. Returns the files it wrote; nothing when the node has no podCIDR (flanneld never gets a lease).
 */
export function applyFlanneld(
  ctx: NodeBuildContext,
  host: NetnsBuilder,
  backend: FlannelBackend,
): Readonly<Record<string, string>> {
  const lease = flannelLease(ctx.node);
  if (lease === undefined) return {};
  const network = ctx.cluster.settings.podCIDR;
  applyFlannelBackend(host, ctx.cluster, lease, backend);
  applyFlannelMasqRules(ctx, network, lease.subnet);
  applyFlannelForwardRules(ctx, network);
  return {
    [SUBNET_ENV_PATH]: subnetEnv(
      network,
      flannelGateway(lease),
      cidrPrefix(lease.subnet),
      flannelMtu(backend),
      true,
    ),
  };
}

export function applyFlannel(
  ctx: NodeBuildContext,
  host: NetnsBuilder,
  shared: CniClusterState,
  backend: FlannelBackend,
): CniNodeResult {
  const files = applyFlanneld(ctx, host, backend);
  const lease = flannelLease(ctx.node);
  const pods =
    lease === undefined
      ? []
      : attachBridgePods(host, ctx.node, podsOn(shared, ctx.node.name), {
          bridge: FLANNEL_BRIDGE,
          gateway: flannelGateway(lease),
          subnet: lease.subnet,
          mtu: flannelMtu(backend),
          podRoutes: [ctx.cluster.settings.podCIDR],
          hairpin: true,
          createdWithoutPods: false,
        });
  return {
    pods,
    sysctls: { 'net.bridge.bridge-nf-call-iptables': '1' },
    files: { ...files, [FLANNEL_CONFLIST_PATH]: FLANNEL_CONFLIST },
  };
}
