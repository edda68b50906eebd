/**
 * Calico's policy enforcement on one node, as Felix programs it: the static cali- chains and jumps, the
 * workload dispatch trees, a `cali-tw-`/`cali-fw-` chain per local pod, a `cali-pi-`/`cali-po-` chain per
 * policy that selects a local pod, the namespace and service-account profile chains, and the ipsets those
 * chains match on. Enforcement is these rules; the walker evaluates them like any other.
 */
import type { Cluster, NetworkPolicyModel } from '../../../cluster/types.ts';
import { compareIPv4 } from '../../../net/ipv4.ts';
import { isolatingPolicies } from '../../../policy/spec.ts';
import type { PolicyDirection } from '../../../policy/types.ts';
import type { NodeBuildContext } from '../../context.ts';
import type { IpSet } from '../../types.ts';
import { calicoPolicyId, convertPolicy } from './convert.ts';
import { workloadDispatchChains } from './dispatch.ts';
import { endpointChain, policyChainName, profileChain } from './endpointChains.ts';
import { writeFelixChain, type FelixChain } from './felixRule.ts';
import { calicoIpSets, type CalicoIpSetInfo } from './ipsets.ts';
import { renderPolicyRule, type CalicoIpSetSpec } from './policyChains.ts';
import { IPSET_ALL_HOSTS, IPSET_ALL_VXLAN, writeStaticChains, type CalicoEncap } from './staticChains.ts';
import { calicoWorkloads } from './workloads.ts';

export interface CalicoPolicyResult {
  /** The node's Calico ipsets (`ipset list`), members included. */
  readonly ipsets: readonly IpSet[];
  /** What each ipset stands for. */
  readonly ipsetInfo: readonly CalicoIpSetInfo[];
}

const DIRECTIONS: readonly PolicyDirection[] = ['ingress', 'egress'];

/**
 * Felix's IPIP/VXLAN switches follow the pool (calico.yaml `CALICO_IPV4POOL_IPIP` / `_VXLAN`, CrossSubnet
 * included); under Canal, Flannel carries the traffic and Felix runs with both off.
 */
function calicoEncap(cluster: Cluster): CalicoEncap {
  const cni = cluster.settings.cni;
  if (cni.plugin !== 'calico') return 'none';
  return cni.mode === 'bgp' ? 'none' : cni.mode;
}

/**
 * The set of every Calico node's address the encapsulation rules match on: `hash:net`, members without `/32`
 * (the host IPs Felix learns from each node's BGP spec / VXLAN tunnel source).
 */
function encapIpSets(cluster: Cluster, encap: CalicoEncap): IpSet[] {
  if (encap === 'none') return [];
  const members = cluster.nodes.map((node) => node.internalIP).sort(compareIPv4);
  const name = encap === 'ipip' ? IPSET_ALL_HOSTS : IPSET_ALL_VXLAN;
  return [{ name, type: 'hash:net', members }];
}

/** Felix orders a direction's policies by `order` (1000 for every k8s policy), then by id. */
function policyIds(policies: readonly NetworkPolicyModel[]): readonly string[] {
  return policies.map(calicoPolicyId).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function policyChain(
  policy: NetworkPolicyModel,
  direction: PolicyDirection,
): { chain: FelixChain; ipsets: CalicoIpSetSpec[] } {
  const rendered = convertPolicy(policy, direction).map((rule) => renderPolicyRule(rule, direction));
  return {
    chain: {
      name: policyChainName(direction, calicoPolicyId(policy)),
      rules: rendered.flatMap((r) => r.rules),
    },
    ipsets: rendered.flatMap((r) => r.ipsets),
  };
}

/**
 * Writes Felix's filter chains for `ctx.node` into `ctx.rules` and returns its ipsets. Only Calico and Canal
 * (Flannel networking, Calico policy) run Felix; for any other CNI nothing is written.
 */
export function applyCalicoPolicy(ctx: NodeBuildContext): CalicoPolicyResult {
  const plugin = ctx.cluster.settings.cni.plugin;
  if (plugin !== 'calico' && plugin !== 'canal') return { ipsets: [], ipsetInfo: [] };
  const { cluster, node, rules } = ctx;
  const workloads = calicoWorkloads(cluster);
  const local = workloads.filter((workload) => workload.pod.node === node.name);

  const chains: FelixChain[] = [...workloadDispatchChains(local.map((workload) => workload.iface))];
  const activePolicies = new Map<string, { policy: NetworkPolicyModel; direction: PolicyDirection }>();
  const activeProfiles = new Map<string, { profile: string; direction: PolicyDirection }>();
  for (const workload of local) {
    for (const direction of DIRECTIONS) {
      const policies = isolatingPolicies(cluster.networkPolicies, workload.pod, direction);
      for (const policy of policies)
        activePolicies.set(`${direction} ${calicoPolicyId(policy)}`, { policy, direction });
      for (const profile of workload.profiles)
        activeProfiles.set(`${direction} ${profile}`, { profile, direction });
      chains.push(endpointChain(direction, workload.iface, policyIds(policies), workload.profiles));
    }
  }
  const ipsetSpecs: CalicoIpSetSpec[] = [];
  for (const { policy, direction } of activePolicies.values()) {
    const rendered = policyChain(policy, direction);
    chains.push(rendered.chain);
    ipsetSpecs.push(...rendered.ipsets);
  }
  for (const { profile, direction } of activeProfiles.values()) chains.push(profileChain(direction, profile));

  const encap = calicoEncap(cluster);
  writeStaticChains(rules, encap);
  for (const chain of chains) writeFelixChain(rules, chain);
  const { ipsets, info } = calicoIpSets(ipsetSpecs, workloads);
  return { ipsets: [...encapIpSets(cluster, encap), ...ipsets], ipsetInfo: info };
}
