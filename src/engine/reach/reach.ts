/**
 * `reachability`: which pods can open a connection to which, on one port and protocol, as the cluster's
 * CNI enforces NetworkPolicy — the matrix the upstream e2e suite (test/e2e/network/netpol) calls a truth
 * table. Pod to pod by pod IP: no Service, no DNS, so the question is post-DNAT already (REFERENCE §7.1.8).
 *
 * Each cell asks the reference evaluator `policyAllows`, which the compiled Calico and Cilium enforcement
 * is tested to agree with on every pod pair of the e2e topology (dataplane/policy agreement tests). It
 * already knows that Flannel alone enforces nothing (every cell true) and that a pod reaching itself never
 * leaves its network namespace (loopback cells true). Cilium classifies in-cluster peers by identity before
 * CIDRs, so there an ipBlock never matches a pod (`ipBlockMatchesClusterPeers: false`); Calico, Canal and
 * Weave match ipBlocks against pod IPs too (the e2e "should allow egress access to server in CIDR block").
 *
 * Rows and columns are the pods that have their own network namespace and an address: hostNetwork pods
 * are their node (policy cannot select them), and a pod without an IP (Pending) can neither send nor
 * receive. Only policy is judged here; whether something listens on the port is the walk's business.
 */
import type { Cluster, PodModel } from '../cluster/types.ts';
import { policyAllows } from '../policy/evaluate.ts';
import type { PolicyOptions } from '../policy/types.ts';

export type ReachProtocol = 'TCP' | 'UDP';

export interface ReachQuery {
  readonly port: number;
  readonly protocol: ReachProtocol;
}

/** `matrix[from][to]`: whether `from` may connect to `to`, keyed `<namespace>/<name>` in the cluster's order. */
export interface ReachMatrix {
  readonly port: number;
  readonly protocol: ReachProtocol;
  readonly matrix: Readonly<Record<string, Readonly<Record<string, boolean>>>>;
}

/** The pods that take part: their own network namespace and an IP. */
export function reachablePods(cluster: Cluster): readonly PodModel[] {
  return cluster.pods.filter((p) => !p.hostNetwork && p.ip !== undefined);
}

/** How this cluster's CNI reads ipBlocks (see the module comment). */
export function policyOptionsFor(cluster: Cluster): PolicyOptions {
  return { ipBlockMatchesClusterPeers: cluster.settings.cni.plugin !== 'cilium' };
}

export function reachability(cluster: Cluster, q: ReachQuery): ReachMatrix {
  const pods = reachablePods(cluster);
  const options = policyOptionsFor(cluster);
  const matrix: Record<string, Record<string, boolean>> = {};
  for (const from of pods) {
    const row: Record<string, boolean> = {};
    for (const to of pods) {
      if (to.ip === undefined) continue;
      row[to.ref] = policyAllows(
        cluster,
        { src: { pod: from.ref }, dst: { ip: to.ip }, protocol: q.protocol, port: q.port },
        options,
      ).allowed;
    }
    matrix[from.ref] = row;
  }
  return { port: q.port, protocol: q.protocol, matrix };
}
