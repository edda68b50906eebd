/**
 * What every dataplane generator (kubelet, kube-proxy, the CNI, policy) is handed for one node. Generators
 * run in the order the components start on a real node — kubelet, kube-proxy, the CNI daemon, the policy
 * agent — and append to the same host ruleset, so the rule order in `iptables-save` falls out of that order.
 */
import type { Cluster, ClusterNode } from '../cluster/types.ts';
import type { RulesetBuilder } from './netfilter/builder.ts';

export interface NodeBuildContext {
  readonly cluster: Cluster;
  readonly node: ClusterNode;
  /** The host network namespace's ruleset being built. */
  readonly rules: RulesetBuilder;
}
