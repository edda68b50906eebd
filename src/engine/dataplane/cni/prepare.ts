/**
 * What every node's CNI generator needs from the whole cluster, computed once per cluster rather than once per
 * node: the pod sandboxes grouped by node, and for Cilium the cluster-wide identities, the pod part of the
 * ipcache (the same on every node) and the EndpointSlices indexed by Service. With 1,000 nodes and 100,000 pods
 * a per-node scan of every pod would dominate the build.
 */
import type { Cluster, IPv4, NodeName } from '../../cluster/types.ts';
import { assertNever } from '../netfilter/assertNever.ts';
import type { IpSet, MacAddress } from '../types.ts';
import { prepareCilium, type CiliumClusterState } from './cilium/prepare.ts';
import { podMac, type SandboxPod } from './podNetns.ts';
import { weaveDefaultAllowSets } from './weave/npc.ts';

export interface CniClusterState {
  readonly podsByNode: ReadonlyMap<NodeName, readonly SandboxPod[]>;
  readonly nodeIPs: ReadonlyMap<NodeName, IPv4>;
  readonly cilium?: CiliumClusterState;
  /** weave-npc's per-namespace default-allow ipsets (identical on every node). */
  readonly weaveDefaultAllow?: readonly IpSet[];
  /** Every sandbox's `eth0` MAC, by pod ref: weave's learnt forwarding state names every remote pod's. */
  readonly podMacs?: ReadonlyMap<string, MacAddress>;
}

/**
 * The pods whose sandbox the CNI set up, per node, in cluster pod order: scheduled, not hostNetwork, running
 * with an IP. A pod that never got an address (no range left, not scheduled) or has completed has no
 * namespace: its CNI ADD failed or was undone.
 */
export function groupSandboxPods(cluster: Cluster): Map<NodeName, SandboxPod[]> {
  const byNode = new Map<NodeName, SandboxPod[]>();
  for (const pod of cluster.pods) {
    if (pod.node === undefined || pod.hostNetwork || pod.ip === undefined) continue;
    if (pod.phase === 'Succeeded' || pod.phase === 'Failed') continue;
    const list = byNode.get(pod.node) ?? [];
    list.push({ pod, ip: pod.ip });
    byNode.set(pod.node, list);
  }
  return byNode;
}

/** What every CNI needs of the whole cluster: each node's sandboxes and every node's address. */
export function prepareSandboxes(cluster: Cluster): Pick<CniClusterState, 'podsByNode' | 'nodeIPs'> {
  return {
    podsByNode: groupSandboxPods(cluster),
    nodeIPs: new Map(cluster.nodes.map((n) => [n.name, n.internalIP] as const)),
  };
}

export function prepareCni(cluster: Cluster): CniClusterState {
  const base = prepareSandboxes(cluster);
  const cni = cluster.settings.cni;
  switch (cni.plugin) {
    case 'cilium':
      return { ...base, cilium: prepareCilium(cluster, cni.mode !== 'native') };
    case 'weave':
      return {
        ...base,
        weaveDefaultAllow: weaveDefaultAllowSets(cluster),
        podMacs: podMacsOf(base.podsByNode),
      };
    case 'flannel':
    case 'calico':
    case 'canal':
      return base;
    default:
      return assertNever(cni);
  }
}

function podMacsOf(podsByNode: ReadonlyMap<NodeName, readonly SandboxPod[]>): Map<string, MacAddress> {
  const macs = new Map<string, MacAddress>();
  for (const [node, pods] of podsByNode) for (const { pod } of pods) macs.set(pod.ref, podMac(node, pod));
  return macs;
}

/** The sandboxes on one node. */
export function podsOn(shared: CniClusterState, node: NodeName): readonly SandboxPod[] {
  return shared.podsByNode.get(node) ?? [];
}
