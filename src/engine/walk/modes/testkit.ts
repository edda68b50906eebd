/**
 * Helpers for the evaluator tests: a cluster from YAML through the real loader, cluster builder and dataplane
 * (the public engine API), one node's dataplane, and deterministic draws.
 */
import { buildCluster, createDataplane, loadManifests } from '../../index.ts';
import type { Cluster } from '../../cluster/types.ts';
import type { NodeDataplane } from '../../dataplane/types.ts';

export interface TestCluster {
  readonly cluster: Cluster;
  node(name: string): NodeDataplane;
  /** The IPs of the pods labelled app=<app>, in pod order. */
  podIPs(app: string): string[];
  /** The ref (`ns/name`) of the pod named `name`. */
  podRef(name: string): string;
}

export function testCluster(...documents: readonly string[]): TestCluster {
  const load = loadManifests([{ name: 'cluster.yaml', text: documents.join('\n---\n') }]);
  const cluster = buildCluster(load);
  const dataplane = createDataplane(cluster);
  return {
    cluster,
    node(name) {
      const node = dataplane.node(name);
      if (node === undefined) throw new Error(`no node ${name}`);
      return node;
    },
    podIPs: (app) =>
      cluster.pods
        .filter((pod) => pod.labels['app'] === app)
        .flatMap((pod) => (pod.ip === undefined ? [] : [pod.ip])),
    podRef(name) {
      const pod = cluster.pods.find((candidate) => candidate.name === name);
      if (pod === undefined) throw new Error(`no pod ${name}`);
      return pod.ref;
    },
  };
}

/** The Cluster document: two nodes on 192.168.1.0/24, defaults otherwise. */
export function clusterDoc(options: { kubeProxy: string; cni?: string }): string {
  return `apiVersion: packetwalk.dev/v1alpha1
kind: Cluster
metadata: {name: test}
spec:
  podCIDR: 10.244.0.0/16
  serviceCIDR: 10.96.0.0/12
  cni: ${options.cni ?? '{plugin: flannel, mode: vxlan}'}
  kubeProxy: ${options.kubeProxy}
  nodes:
    - {name: master, ip: 192.168.1.10, role: control-plane}
    - {name: worker-1, ip: 192.168.1.11}`;
}

/** `n` pods labelled app=<app> on `node`, listening on TCP 8080. */
export function podsYaml(app: string, n: number, node: string, labels = ''): string {
  return Array.from(
    { length: n },
    (_, i) => `apiVersion: v1
kind: Pod
metadata: {name: ${app}-${i}, namespace: default, labels: {app: ${app}${labels}}}
spec:
  nodeName: ${node}
  containers: [{name: app, image: app, ports: [{containerPort: 8080}]}]`,
  ).join('\n---\n');
}

/** A Service `name` selecting app=<app>; `extra` lines go under `spec:`. */
export function serviceYaml(name: string, clusterIP: string, app: string, extra = ''): string {
  return `apiVersion: v1
kind: Service
metadata: {name: ${name}, namespace: default}
spec:
  clusterIP: ${clusterIP}
  selector: {app: ${app}}
${extra === '' ? '  ports: [{port: 80, targetPort: 8080}]' : extra}`;
}

/** A draw that returns the given values in turn (then repeats the last). */
export function draws(...values: readonly number[]): () => number {
  let i = 0;
  return () => values[Math.min(i++, values.length - 1)] ?? 0;
}

/** `isLocal` for a node: the addresses of its host namespace. */
export function isLocalOn(node: NodeDataplane): (ip: string) => boolean {
  const host = node.netns.find((ns) => ns.id === 'host');
  const own = new Set<string>(host?.addresses.map((a) => a.ip) ?? []);
  return (ip) => own.has(ip) || ip.startsWith('127.');
}
