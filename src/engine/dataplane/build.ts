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
import { prepareCni, type CniClusterState } from './cni/prepare.ts';
import type { CniNodeResult } from './cni/types.ts';
import {
  applyKubeletChains,
  applyKubeProxy,
  type KubeProxyHostOptions,
  type KubeProxyOutput,
} from './kubeproxy/index.ts';
import type { NetnsBuilder } from './linux/netnsBuilder.ts';
import { assertNever } from './netfilter/assertNever.ts';
import { createRulesetBuilder } from './netfilter/builder.ts';
import { applyCalicoPolicy, buildCiliumPolicy, type CiliumPolicyState } from './policy/index.ts';
import type { Dataplane, IpSet, NodeDataplane } from './types.ts';

export interface DataplaneOptions {
  /** Host facts kube-proxy detects at start-up (nfacct, `--random-fully`); defaults are a current node's. */
  readonly kubeProxy?: KubeProxyHostOptions;
}

/** Every node forwards: kubeadm's preflight requires it and every CNI sets it. */
const BASE_SYSCTLS: Readonly<Record<string, string>> = { 'net.ipv4.ip_forward': '1' };

/** kube-proxy's devices (IPVS: kube-ipvs0) join the host namespace with the next interface index. */
function addKubeProxyDevices(host: NetnsBuilder, output: KubeProxyOutput): void {
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

export function createDataplane(cluster: Cluster, options: DataplaneOptions = {}): LazyDataplane {
  let shared: CniClusterState | undefined;
  const built = new Map<string, NodeDataplane>();
  return {
    cluster,
    node(name) {
      const cached = built.get(name);
      if (cached !== undefined) return cached;
      const node = cluster.nodes.find((n) => n.name === name);
      if (node === undefined) return undefined;
      shared ??= prepareCni(cluster);
      const result = buildNode(cluster, node, shared, options);
      built.set(name, result);
      return result;
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
