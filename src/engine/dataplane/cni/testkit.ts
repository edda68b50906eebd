/**
 * Test helpers for the CNI generators: a cluster from a Cluster document, and one node's CNI output with its
 * host namespace frozen — without kube-proxy, so the CNI's own rules and routes are seen alone.
 */
import { buildCluster } from '../../cluster/build.ts';
import type { Cluster } from '../../cluster/types.ts';
import { loadManifests } from '../../manifest/load.ts';
import { createRulesetBuilder } from '../netfilter/builder.ts';
import type { Ruleset } from '../netfilter/model.ts';
import { renderIptablesSave } from '../netfilter/renderSave.ts';
import { renderBridgeFdb, renderIpNeigh } from '../linux/renderIpNeigh.ts';
import { renderIpRoute } from '../linux/renderIpRoute.ts';
import type { NetNamespace } from '../types.ts';
import { applyCni } from './apply.ts';
import { createHostNetns } from './hostNetns.ts';
import { prepareCni } from './prepare.ts';
import type { CniNodeResult } from './types.ts';

export interface TestNode {
  readonly name: string;
  readonly ip: string;
  readonly podCIDR?: string;
  readonly role?: 'control-plane' | 'worker';
}

/** A Cluster document plus extra YAML documents. */
export function clusterYaml(opts: {
  readonly cni: string;
  readonly podCIDR?: string;
  readonly nodes: readonly TestNode[];
  readonly kubeProxy?: string;
  readonly extra?: string;
}): string {
  const nodes = opts.nodes
    .map(
      (n) =>
        `    - {name: ${n.name}, ip: ${n.ip}${n.podCIDR === undefined ? '' : `, podCIDR: ${n.podCIDR}`}${
          n.role === undefined ? '' : `, role: ${n.role}`
        }}`,
    )
    .join('\n');
  return `apiVersion: packetwalk.dev/v1alpha1
kind: Cluster
metadata: {name: test}
spec:
  podCIDR: ${opts.podCIDR ?? '10.244.0.0/16'}
  serviceCIDR: 10.96.0.0/12
  cni: ${opts.cni}
  kubeProxy: {mode: ${opts.kubeProxy ?? 'iptables'}}
  nodes:
${nodes}
${opts.extra === undefined ? '' : `---\n${opts.extra}`}`;
}

export function clusterFrom(yaml: string): Cluster {
  return buildCluster(loadManifests([{ name: 'test.yaml', text: yaml }]));
}

/** A bare pod pinned to a node (IPAM gives it the next address). */
export function podYaml(name: string, node: string, extra = ''): string {
  return `apiVersion: v1
kind: Pod
metadata: {name: ${name}, namespace: default, labels: {app: ${name}}}
spec: {nodeName: ${node}, containers: [{name: c, image: nginx}]${extra}}
`;
}

export interface CniRun {
  readonly host: NetNamespace;
  readonly result: CniNodeResult;
  readonly ruleset: Ruleset;
}

export function runCni(cluster: Cluster, nodeName: string): CniRun {
  const node = cluster.nodes.find((n) => n.name === nodeName);
  if (node === undefined) throw new Error(`no node ${nodeName}`);
  const ctx = { cluster, node, rules: createRulesetBuilder('ipv4') };
  const host = createHostNetns(cluster, node);
  const result = applyCni(ctx, host, prepareCni(cluster));
  return { host: host.build(), result, ruleset: ctx.rules.build() };
}

/** `ip route` of a namespace, as text. */
export function routesOf(ns: NetNamespace | undefined, table: 'main' | 'local' = 'main'): string[] {
  return ns === undefined ? [] : renderIpRoute(ns, table).map((line) => line.text);
}

/** `ip neigh show [dev X]` of a namespace, as text. */
export function neighOf(ns: NetNamespace | undefined, dev?: string): string[] {
  return ns === undefined ? [] : renderIpNeigh(ns, dev === undefined ? {} : { dev }).map((line) => line.text);
}

/** `bridge fdb show [dev X]` of a namespace, as text. */
export function fdbOf(ns: NetNamespace | undefined, dev?: string): string[] {
  return ns === undefined
    ? []
    : renderBridgeFdb(ns, dev === undefined ? {} : { dev }).map((line) => line.text);
}

/** The pod namespace of `ref` in a CNI run. */
export function podNs(run: CniRun, ref: string): NetNamespace | undefined {
  return run.result.pods.find((ns) => ns.pod === ref);
}

/** The `-A` lines of a ruleset, as iptables-save prints them. */
export function ruleLines(ruleset: Ruleset): string[] {
  return renderIptablesSave(ruleset, { date: 'x' })
    .map((line) => line.text)
    .filter((line) => line.startsWith('-A '));
}
