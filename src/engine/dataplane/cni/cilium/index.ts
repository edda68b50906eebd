/**
 * Cilium on one node: `cilium_host`/`cilium_net`, the tunnel device of the mode, the agent's routes, the `lxc`
 * pod veths, its iptables chains (never KUBE-*), and the agent state — the service map (every ClusterIP; with
 * kube-proxy replacement, i.e. kube-proxy mode `none`, also NodePort, externalIPs and LoadBalancer
 * frontends), the local endpoints with their identities, and the ipcache. The policy map is the policy
 * generator's.
 */
import type { NodeBuildContext } from '../../context.ts';
import type { Cluster, ClusterNode } from '../../../cluster/types.ts';
import type { NetNamespace } from '../../types.ts';
import type { NetnsBuilder } from '../../linux/netnsBuilder.ts';
import { podsOn, type CniClusterState } from '../prepare.ts';
import type { SandboxPod } from '../podNetns.ts';
import type { CniNodeResult } from '../types.ts';
import { addCiliumHostDevices, addCiliumRoutes, type CiliumMode } from './devices.ts';
import { buildEndpoints } from './endpoints.ts';
import { CILIUM_CONFLIST, CILIUM_CONFLIST_PATH } from './files.ts';
import { nodeIpcache } from './identities.ts';
import { applyCiliumIptables } from './iptables.ts';
import { attachCiliumPods } from './pods.ts';
import { prepareCilium } from './prepare.ts';
import { buildServiceMap } from './services.ts';

/**
 * Cilium's host devices and routes on a node and its pods' namespaces behind lxc devices: the part of
 * {@link applyCilium} that makes devices, shared with the devices-only build the canvas draws from.
 */
export function addCiliumDevicesAndPods(
  host: NetnsBuilder,
  cluster: Cluster,
  node: ClusterNode,
  local: readonly SandboxPod[],
  mode: CiliumMode,
): NetNamespace[] {
  addCiliumHostDevices(host, node, mode);
  addCiliumRoutes(host, cluster, node, mode);
  return attachCiliumPods(host, node, local, mode);
}

export function applyCilium(
  ctx: NodeBuildContext,
  host: NetnsBuilder,
  shared: CniClusterState,
  mode: CiliumMode,
): CniNodeResult {
  const { cluster, node } = ctx;
  const tunnel = mode !== 'native';
  const state = shared.cilium ?? prepareCilium(cluster, tunnel);
  const replacement = cluster.settings.kubeProxy.mode === 'none';
  const sandboxes = podsOn(shared, node.name);
  const pods = addCiliumDevicesAndPods(host, cluster, node, sandboxes, mode);
  applyCiliumIptables(ctx, cluster.settings.podCIDR, node.cniAddresses.router, tunnel);
  return {
    pods,
    sysctls: { 'net.ipv4.conf.all.rp_filter': '0' },
    files: { [CILIUM_CONFLIST_PATH]: CILIUM_CONFLIST },
    cilium: {
      routingMode: tunnel ? 'tunnel' : 'native',
      ...(mode === 'native' ? {} : { tunnelProtocol: mode }),
      kubeProxyReplacement: replacement,
      ...(node.cniAddresses.router === undefined ? {} : { routerIP: node.cniAddresses.router }),
      services: buildServiceMap(cluster, state.slicesByService, node, replacement),
      endpoints: buildEndpoints(node, sandboxes, state.identities),
      identities: state.identities.identities,
      ipcache: { nodes: nodeIpcache(cluster, node, tunnel), pods: state.podIpcache },
    },
  };
}
