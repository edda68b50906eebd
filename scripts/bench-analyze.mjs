#!/usr/bin/env node
/**
 * How long each engine stage takes on the real-world manifests under every CNI and kube-proxy mode, and on
 * generated clusters up to DESIGN.md's scale target. Prints a table; asserts nothing. On every edit the worker
 * loads the manifests and builds the cluster (under a 2 s limit); a node's dataplane is built only when its
 * view is opened or a walk passes through it, so that is timed for one worker node. After each edit the canvas
 * asks for the topology (devices, no rules) of up to 40 nodes: `topo-ms` is that request on a fresh dataplane.
 *
 *   node scripts/bench-analyze.mjs            # real-world and medium clusters
 *   node scripts/bench-analyze.mjs --large    # also 1,000 nodes / 10,000 Services / 100,000 pods
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importEngineModule, root } from './build-cli.mjs';

const { loadManifests, buildCluster, createDataplane, clusterTopology } =
  await importEngineModule('src/engine/index.ts');

/** Nodes the canvas draws with their devices (TOPOLOGY_NODE_LIMIT in src/state/topologySlice.ts). */
const TOPOLOGY_NODES = 40;

const CNIS = [
  ['flannel', 'vxlan', 'iptables'],
  ['flannel', 'vxlan', 'ipvs'],
  ['flannel', 'vxlan', 'nftables'],
  ['calico', 'ipip', 'iptables'],
  ['cilium', 'vxlan', 'none'],
  ['weave', 'fastdp', 'iptables'],
  ['canal', 'vxlan', 'iptables'],
];

function clusterDoc([plugin, mode, proxy], nodes) {
  const list = Array.from({ length: nodes }, (_, i) =>
    i === 0
      ? '    - {name: master, ip: 10.0.0.10, role: control-plane}'
      : `    - {name: worker-${i}, ip: 10.0.${Math.floor(i / 200)}.${(i % 200) + 11}}`,
  ).join('\n');
  return `apiVersion: packetwalk.dev/v1alpha1
kind: Cluster
metadata: {name: bench}
spec:
  podCIDR: 10.128.0.0/9
  serviceCIDR: 172.16.0.0/12
  cni: {plugin: ${plugin}, mode: ${mode}}
  kubeProxy: {mode: ${proxy}}
  nodes:
${list}
`;
}

function app(services, replicas, offset = 0) {
  const docs = [];
  for (let i = offset; i < offset + services; i++) {
    docs.push(`apiVersion: apps/v1
kind: Deployment
metadata: {name: app-${i}}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: app-${i}}}
  template:
    metadata: {labels: {app: app-${i}}}
    spec:
      containers: [{name: c, image: nginx, ports: [{name: http, containerPort: 8080}]}]
---
apiVersion: v1
kind: Service
metadata: {name: app-${i}}
spec:
  selector: {app: app-${i}}
  ports: [{name: http, port: 80, targetPort: http}]
`);
  }
  return docs.join('---\n');
}

function time(fn) {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

function run(label, files) {
  const [load, tLoad] = time(() => loadManifests(files));
  const [cluster, tCluster] = time(() => buildCluster(load));
  const worker = cluster.nodes.find((n) => n.role === 'worker') ?? cluster.nodes[0];
  const drawn = cluster.nodes.slice(0, TOPOLOGY_NODES).map((n) => n.name);
  const [topology, tTopology] = time(() => clusterTopology(cluster, createDataplane(cluster), drawn));
  const [node, tNode] = time(() => createDataplane(cluster).node(worker.name));
  const rules = node.ruleset.tables.reduce((m, t) => m + t.chains.reduce((k, c) => k + c.rules.length, 0), 0);
  const perEdit = tLoad + tCluster;
  console.log(
    [
      label.padEnd(46),
      `${cluster.nodes.length}`.padStart(5),
      `${cluster.pods.length}`.padStart(7),
      `${cluster.services.length}`.padStart(6),
      `${tLoad.toFixed(0)}`.padStart(8),
      `${tCluster.toFixed(0)}`.padStart(11),
      `${perEdit.toFixed(0)}`.padStart(9),
      `${rules}`.padStart(11),
      `${tNode.toFixed(0)}`.padStart(8),
      `${topology.length}`.padStart(6),
      `${tTopology.toFixed(0)}`.padStart(8),
      perEdit > 2000 || tNode > 2000 || tTopology > 2000 ? '  over the 2 s worker limit' : '',
    ].join(' '),
  );
}

console.log(
  `${'case'.padEnd(46)} nodes    pods  svcs  load-ms  cluster-ms  edit-ms  node-rules  node-ms  topo-n  topo-ms`,
);
const realworld = join(root, '..', 'shared', 'realworld');
if (existsSync(realworld)) {
  const boutique = join(realworld, 'online-boutique');
  const files = readdirSync(boutique)
    .sort()
    .map((name) => ({ name, text: readFileSync(join(boutique, name), 'utf8') }));
  for (const cni of CNIS) {
    run(`online-boutique + policies, ${cni.join(' ')}`, [
      { name: 'cluster.yaml', text: clusterDoc(cni, 3) },
      ...files,
    ]);
  }
}
const sizes = [
  [10, 100, 3],
  [50, 500, 4],
  [200, 2000, 5],
];
if (process.argv.includes('--large')) sizes.push([1000, 10000, 10]);
for (const [nodes, services, replicas] of sizes) {
  for (const cni of CNIS) {
    // 1,000 Services per file keeps each file under the loader's 1 MiB per-file limit.
    const files = [{ name: 'cluster.yaml', text: clusterDoc(cni, nodes) }];
    for (let first = 0; first < services; first += 1000) {
      files.push({ name: `app-${first}.yaml`, text: app(Math.min(1000, services - first), replicas, first) });
    }
    run(`${nodes} nodes, ${services} svcs x${replicas}, ${cni.join(' ')}`, files);
  }
}
