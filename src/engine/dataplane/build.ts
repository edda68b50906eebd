/**
 * The dataplane orchestrator: for every node, in node order, what the node's components build, in the order
 * they start on a real node — kubelet's chains, kube-proxy, the CNI (its daemon, devices, routes and chains,
 * then each pod sandbox), the policy agent — all writing into the same host ruleset, so rule order in
 * `iptables-save` falls out of start-up order. Same cluster in, same dataplane out.
 */
import type { Cluster, ClusterNode } from '../cluster/types.ts';
import type { NodeBuildContext } from './context.ts';
import { applyCni } from './cni/apply.ts';
import { createHostNetns } from './cni/hostNetns.ts';
import { prepareCni, prepareSandboxes, type CniClusterState } from './cni/prepare.ts';
import { addCiliumDevicesAndPods } from './cni/cilium/index.ts';
import { addWeaveDevicesAndPods } from './cni/weave/index.ts';
import type { CniNodeResult } from './cni/types.ts';
import {
  applyKubeletChains,
  applyKubeProxy,
  type KubeProxyHostOptions,
  type KubeProxyOutput,
} from './kubeproxy/index.ts';
import { kubeProxyNodeConfig } from './kubeproxy/config.ts';
import { kubeIpvs0Addresses, kubeIpvs0Device } from './kubeproxy/ipvs/kubeIpvs0.ts';
import { planIpvs } from './kubeproxy/ipvs/virtualServers.ts';
import { servicePortsForNode } from './kubeproxy/servicePorts.ts';
import type { NetnsBuilder } from './linux/netnsBuilder.ts';
import { assertNever } from './netfilter/assertNever.ts';
import { createRulesetBuilder } from './netfilter/builder.ts';
import { applyCalicoPolicy, buildCiliumPolicy, type CiliumPolicyState } from './policy/index.ts';
import type { Address, Dataplane, IpSet, NetNamespace, NodeDataplane } from './types.ts';

export interface DataplaneOptions {
  /** Host facts kube-proxy detects at start-up (nfacct, `--random-fully`); defaults are a current node's. */
  readonly kubeProxy?: KubeProxyHostOptions;
}

/** Every node forwards: kubeadm's preflight requires it and every CNI sets it. */
const BASE_SYSCTLS: Readonly<Record<string, string>> = { 'net.ipv4.ip_forward': '1' };

/** kube-proxy's devices (IPVS: kube-ipvs0) join the host namespace with the next interface index. */
function addKubeProxyDevices(
  host: NetnsBuilder,
  output: Pick<KubeProxyOutput, 'hostDevices' | 'hostAddresses'>,
): void {
  for (const device of output.hostDevices) {
    const { index: _placeholder, ...spec } = device;
    host.addDevice(spec);
  }
  for (const address of output.hostAddresses) host.addAddress(address);
}

/** What the policy agents contribute besides their rules: ipsets, and Cilium's policy maps. */
export interface PolicyOutput {
  readonly ipsets: readonly IpSet[];
  readonly ciliumPolicy?: CiliumPolicyState;
}

/**
 * The policy agents, after the CNI: Felix's chains and ipsets for Calico and Canal, Cilium's per-endpoint
 * policy maps for Cilium. Weave's weave-npc is part of the Weave generator; Flannel enforces nothing.
 */
export function applyPolicyAgents(ctx: NodeBuildContext): PolicyOutput {
  const plugin = ctx.cluster.settings.cni.plugin;
  switch (plugin) {
    case 'calico':
    case 'canal':
      return { ipsets: applyCalicoPolicy(ctx).ipsets };
    case 'cilium':
      return { ipsets: [], ciliumPolicy: buildCiliumPolicy(ctx.cluster, ctx.node) };
    case 'flannel':
    case 'weave':
      return { ipsets: [] };
    default:
      return assertNever(plugin);
  }
}

function buildNode(
  cluster: Cluster,
  node: ClusterNode,
  shared: CniClusterState,
  options: DataplaneOptions,
): NodeDataplane {
  const ctx: NodeBuildContext = { cluster, node, rules: createRulesetBuilder('ipv4') };
  const host = createHostNetns(cluster, node);
  applyKubeletChains(ctx);
  const kubeProxy = applyKubeProxy(ctx, options.kubeProxy);
  addKubeProxyDevices(host, kubeProxy);
  const cni: CniNodeResult = applyCni(ctx, host, shared);
  const policy = applyPolicyAgents(ctx);
  return {
    node: node.name,
    netns: [host.build(), ...cni.pods],
    ruleset: ctx.rules.build(),
    ipsets: [...kubeProxy.ipsets, ...(cni.ipsets ?? []), ...policy.ipsets],
    ...(kubeProxy.ipvs === undefined ? {} : { ipvs: kubeProxy.ipvs }),
    sysctls: { ...BASE_SYSCTLS, ...cni.sysctls, ...kubeProxy.sysctls },
    files: cni.files,
    ...(kubeProxy.nftables === undefined ? {} : { nftables: kubeProxy.nftables }),
    ...(cni.cilium === undefined ? {} : { cilium: cni.cilium }),
    ...(policy.ciliumPolicy === undefined ? {} : { ciliumPolicy: policy.ciliumPolicy }),
  };
}

/** A namespace's devices and their addresses: what a picture of the node needs. */
export type NetnsDevices = Pick<NetNamespace, 'id' | 'pod' | 'devices' | 'addresses'>;

/** A node's network namespaces without their routes, neighbours or rule sets. */
export interface NodeDevices {
  readonly node: NodeDataplane['node'];
  /** The host namespace first, then one per pod on the node, in pod order (as in `NodeDataplane`). */
  readonly netns: readonly NetnsDevices[];
}

/** The part of the CNI's cluster state a devices-only build needs (cheap: no Cilium or weave-npc state). */
type SandboxState = Pick<CniClusterState, 'podsByNode' | 'nodeIPs'>;

/**
 * kube-proxy's share of the host devices without its rules: IPVS mode's kube-ipvs0 and the addresses it
 * binds, planned by the full sync's own planner; nothing in the other modes. Planning is per node and costs
 * as much as the Services (a third of a second at 10,000), but the bound addresses depend on the node only
 * through `nodeAddresses` (an external or load-balancer IP that is the node's own is not bound). So the plan
 * is made once for no node address, and a node holding none of those addresses binds exactly that list; a
 * node that does is planned on its own.
 */
function kubeIpvs0Planner(
  cluster: Cluster,
  options: DataplaneOptions,
): (node: ClusterNode) => Pick<KubeProxyOutput, 'hostDevices' | 'hostAddresses'> {
  let common: { readonly addresses: readonly Address[]; readonly ips: ReadonlySet<string> } | undefined;
  return (node) => {
    if (cluster.settings.kubeProxy.mode !== 'ipvs') return { hostDevices: [], hostAddresses: [] };
    const cfg = kubeProxyNodeConfig(cluster, node, options.kubeProxy);
    if (common === undefined) {
      const plan = planIpvs({ ...cfg, nodeAddresses: [] }, servicePortsForNode(cluster, node));
      common = { addresses: kubeIpvs0Addresses(plan.boundAddresses), ips: new Set(plan.boundAddresses) };
    }
    const own = cfg.nodeAddresses.some((ip) => common?.ips.has(ip));
    const hostAddresses = own
      ? kubeIpvs0Addresses(planIpvs(cfg, servicePortsForNode(cluster, node)).boundAddresses)
      : common.addresses;
    return { hostDevices: [kubeIpvs0Device(0)], hostAddresses };
  };
}

/**
 * The CNI's devices and pod namespaces on one node, through the plugin's own generators. Remote pods only add
 * routes and forwarding entries, never a device, so a generator is handed a cluster state holding this node's
 * sandboxes alone, and its chains go to a scratch ruleset. Cilium's and Weave's generators also build
 * cluster-wide state per node (the agent's service map; weave-npc's policy sets), tens of milliseconds each
 * at 1,000 nodes, so their device steps (which their generators call too) are called directly.
 */
function cniDevices(
  cluster: Cluster,
  node: ClusterNode,
  host: NetnsBuilder,
  sandboxes: SandboxState,
): readonly NetNamespace[] {
  const local = sandboxes.podsByNode.get(node.name) ?? [];
  const cni = cluster.settings.cni;
  switch (cni.plugin) {
    case 'cilium':
      return addCiliumDevicesAndPods(host, cluster, node, local, cni.mode);
    case 'weave':
      return addWeaveDevicesAndPods(host, cluster, node, local, cni.mode);
    case 'flannel':
    case 'calico':
    case 'canal': {
      const shared: CniClusterState = {
        podsByNode: new Map([[node.name, local]]),
        nodeIPs: sandboxes.nodeIPs,
      };
      const ctx: NodeBuildContext = { cluster, node, rules: createRulesetBuilder('ipv4') };
      return applyCni(ctx, host, shared).pods;
    }
    default:
      return assertNever(cni);
  }
}

function buildNodeDevices(
  cluster: Cluster,
  node: ClusterNode,
  sandboxes: SandboxState,
  kubeIpvs0: ReturnType<typeof kubeIpvs0Planner>,
): NodeDevices {
  const host = createHostNetns(cluster, node);
  const kubeProxy = kubeIpvs0(node);
  // kube-ipvs0's addresses (one per Service) join after the build: the builder would derive a local route
  // for each, and nobody reads this namespace's routes.
  addKubeProxyDevices(host, { hostDevices: kubeProxy.hostDevices, hostAddresses: [] });
  const pods = cniDevices(cluster, node, host, sandboxes);
  const { id, devices, addresses } = host.build();
  return {
    node: node.name,
    netns: [{ id, devices, addresses: [...addresses, ...kubeProxy.hostAddresses] }, ...pods],
  };
}

/**
 * A cluster's dataplane, built one node at a time when first asked for and kept. Every node holds rules for
 * every Service, so a whole cluster's dataplane grows as nodes × Services (350,000 rules at 50 nodes and 500
 * Services); the app and the walker only ever look at the few nodes a packet or a person visits.
 */
export interface LazyDataplane {
  readonly cluster: Cluster;
  /** The node's dataplane, or undefined when the cluster has no node of that name. */
  node(name: string): NodeDataplane | undefined;
}

/** The lazy dataplane as `createDataplane` makes it: it can also list a node's devices without its rules. */
export interface CachingDataplane extends LazyDataplane {
  /**
   * The node's namespaces, devices and addresses: the built dataplane's when the node is already built, else
   * built without rules, routes or forwarding state (milliseconds where the full node takes up to seconds);
   * undefined when there is no such node. Not kept: a later `node(name)` builds the full node as usual.
   */
  devices(name: string): NodeDevices | undefined;
}

export function createDataplane(cluster: Cluster, options: DataplaneOptions = {}): CachingDataplane {
  let shared: CniClusterState | undefined;
  let sandboxes: SandboxState | undefined;
  const kubeIpvs0 = kubeIpvs0Planner(cluster, options);
  const built = new Map<string, NodeDataplane>();
  const find = (name: string) => cluster.nodes.find((n) => n.name === name);
  return {
    cluster,
    node(name) {
      const cached = built.get(name);
      if (cached !== undefined) return cached;
      const node = find(name);
      if (node === undefined) return undefined;
      shared ??= prepareCni(cluster);
      const result = buildNode(cluster, node, shared, options);
      built.set(name, result);
      return result;
    },
    devices(name) {
      const cached = built.get(name);
      if (cached !== undefined) return cached;
      const node = find(name);
      if (node === undefined) return undefined;
      sandboxes ??= shared ?? prepareSandboxes(cluster);
      return buildNodeDevices(cluster, node, sandboxes, kubeIpvs0);
    },
  };
}

/** One `NodeDataplane` per node of the cluster, in node order: for goldens, tests and whole-cluster tools. */
export function buildDataplane(cluster: Cluster, options: DataplaneOptions = {}): Dataplane {
  const lazy = createDataplane(cluster, options);
  return {
    nodes: cluster.nodes.flatMap((node) => {
      const built = lazy.node(node.name);
      return built === undefined ? [] : [built];
    }),
    diagnostics: [],
  };
}
