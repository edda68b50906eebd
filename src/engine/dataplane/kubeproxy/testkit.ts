/**
 * Helpers for the kube-proxy tests: build a cluster from YAML through the real manifest loader and cluster
 * builder, run kubelet and kube-proxy on one node, render, and compare with golden files line by line.
 */
import { buildCluster } from '../../cluster/build.ts';
import type { Cluster } from '../../cluster/types.ts';
import { loadManifests } from '../../manifest/load.ts';
import { createRulesetBuilder } from '../netfilter/builder.ts';
import type { Ruleset, TableName } from '../netfilter/model.ts';
import { renderIptablesSave } from '../netfilter/renderSave.ts';
import { applyKubeProxy, type KubeProxyOutput } from './apply.ts';
import type { KubeProxyHostOptions } from './config.ts';
import { applyKubeletChains } from './kubelet.ts';

/** The date of the real dump in REFERENCE.md; the engine has no clock, callers pass it in. */
export const DUMP_DATE = 'Sat Jan 24 14:00:18 2026';

export function clusterFromYaml(...documents: readonly string[]): Cluster {
  return buildCluster(loadManifests([{ name: 'cluster.yaml', text: documents.join('\n---\n') }]));
}

export interface NodeRun {
  readonly ruleset: Ruleset;
  readonly output: KubeProxyOutput;
}

/** kubelet, then kube-proxy, on the named node (no CNI: the goldens hold only what these two own). */
export function runNode(cluster: Cluster, nodeName: string, options: KubeProxyHostOptions = {}): NodeRun {
  const node = cluster.nodes.find((candidate) => candidate.name === nodeName);
  if (!node) throw new Error(`no node ${nodeName}`);
  const rules = createRulesetBuilder('ipv4');
  const ctx = { cluster, node, rules };
  applyKubeletChains(ctx);
  const output = applyKubeProxy(ctx, options);
  return { ruleset: rules.build(), output };
}

/** File text → lines, without the final empty line. */
export function lines(text: string): string[] {
  const out = text.split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
}

/** The `iptables-save [-t table]` text lines of a ruleset, dated like the real dump. */
export function saveLines(ruleset: Ruleset, table?: TableName): string[] {
  const options = table === undefined ? { date: DUMP_DATE } : { date: DUMP_DATE, table };
  return renderIptablesSave(ruleset, options).map((line) => line.text);
}

/** Two nodes on 192.168.1.0/24 (the seed topology) with kube-proxy in `mode`. */
export function twoNodeCluster(mode: string): string {
  return `apiVersion: packetwalk.dev/v1alpha1
kind: Cluster
metadata: {name: test}
spec:
  kubeProxy: {mode: ${mode}}
  nodes:
    - {name: master, ip: 192.168.1.10, role: control-plane}
    - {name: worker-1, ip: 192.168.1.11}`;
}

/** The kube-proxy ConfigMap with `config.conf` = the given KubeProxyConfiguration body. */
export function kubeProxyConfigMap(body: string): string {
  const indented = body
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  return `apiVersion: v1
kind: ConfigMap
metadata: {name: kube-proxy, namespace: kube-system}
data:
  config.conf: |
    apiVersion: kubeproxy.config.k8s.io/v1alpha1
    kind: KubeProxyConfiguration
${indented}`;
}

/** `n` replicas of `name` (label app=<name>) serving TCP 8080, pinned to `node`. */
export function pods(name: string, n: number, node = 'worker-1'): string {
  return Array.from(
    { length: n },
    (_, i) => `apiVersion: v1
kind: Pod
metadata: {name: ${name}-${i}, labels: {app: ${name}}}
spec:
  nodeName: ${node}
  containers: [{name: app, image: app, ports: [{containerPort: 8080}, {containerPort: 8053, protocol: UDP}]}]`,
  ).join('\n---\n');
}

/** A Service selecting app=<name>; `spec` lines are added under `spec:` (2-space indented YAML). */
export function service(name: string, clusterIP: string, spec = ''): string {
  return `apiVersion: v1
kind: Service
metadata: {name: ${name}}
spec:
  clusterIP: ${clusterIP}
  selector: {app: ${name}}
${spec === '' ? '  ports: [{port: 80, targetPort: 8080}]' : spec}`;
}
