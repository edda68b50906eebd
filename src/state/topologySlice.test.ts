import { beforeEach, describe, expect, it } from 'vitest';
import {
  analyze,
  createDataplane,
  trace,
  type Analysis,
  type NodeTopology,
  type Trace,
} from '../engine/index.ts';
import { scenarioById } from '../scenarios/index.ts';
import { useAppStore } from './store.ts';
import { nodesOfTrace, nodesToDraw, topologyToRequest } from './topologySlice.ts';

const files = scenarioById('cross-node-service').files;

function topologyOf(node: string): NodeTopology {
  return { node, devices: [], pods: [] };
}

/** A cluster document with `count` nodes (the first a control plane) and a pod on the last one. */
function bigCluster(count: number): Analysis {
  const nodes = Array.from({ length: count }, (_, i) => `    - {name: node-${i}, ip: 10.0.0.${i + 10}}`);
  const text = `apiVersion: packetwalk.dev/v1alpha1
kind: Cluster
metadata: {name: big}
spec:
  podCIDR: 10.244.0.0/16
  serviceCIDR: 10.96.0.0/12
  cni: {plugin: flannel, mode: vxlan}
  kubeProxy: {mode: iptables}
  nodes:
${nodes.join('\n')}
---
apiVersion: v1
kind: Pod
metadata: {name: far}
spec:
  nodeName: node-${count - 1}
  containers: [{name: c, image: nginx}]
---
apiVersion: v1
kind: Pod
metadata: {name: near}
spec:
  nodeName: node-1
  containers: [{name: c, image: nginx}]
`;
  return analyze([{ name: 'cluster.yaml', text }]);
}

function walk(analysis: Analysis, from: string, to: string): Trace {
  return trace(analysis.cluster, createDataplane(analysis.cluster), { from, to, protocol: 'icmp', seed: 1 });
}

describe('nodesToDraw', () => {
  it('draws every node of a small cluster, in cluster order', () => {
    const { cluster } = analyze(files);
    expect(nodesToDraw(cluster, null)).toEqual(['master', 'worker-1', 'worker-2']);
  });

  it('draws the first 40 nodes of a large cluster plus those the walk passes through', () => {
    const analysis = bigCluster(60);
    const far = analysis.cluster.pods.find((p) => p.name === 'far');
    const walked = walk(analysis, 'near', `${far?.ip}:80`);
    expect(nodesOfTrace(walked)).toEqual(['node-1', 'node-59']);
    const drawn = nodesToDraw(analysis.cluster, walked);
    expect(drawn).toHaveLength(41);
    expect(drawn.slice(0, 2)).toEqual(['node-0', 'node-1']);
    expect(drawn.at(-1)).toBe('node-59');
    expect(nodesToDraw(analysis.cluster, null)).not.toContain('node-59');
  });

  it('counts the nodes of every leg: the DNS queries and the reply as well as the connection', () => {
    const analysis = analyze(files);
    const walked = walk(analysis, 'client', 'web:80');
    const legs = [...walked.dns.flatMap((q) => q.steps), ...(walked.reply?.steps ?? [])];
    for (const step of legs)
      if (step.at.node !== undefined) expect(nodesOfTrace(walked)).toContain(step.at.node);
    expect(walked.dns.length).toBeGreaterThan(0);
  });
});

describe('the topology slice', () => {
  const first = analyze(files);
  const second = analyze(files);
  beforeEach(() => {
    useAppStore.setState({ topology: {}, topologyOf: null, lastGood: null, analysis: null, trace: null });
  });

  it('keeps topologies only for the last good analysis', () => {
    useAppStore.getState().setAnalysis(second);
    useAppStore.getState().setTopology([topologyOf('master')], first);
    expect(useAppStore.getState().topology).toEqual({});
    useAppStore.getState().setTopology([topologyOf('master')], second);
    expect(Object.keys(useAppStore.getState().topology)).toEqual(['master']);
  });

  it('adds nodes for the same analysis and replaces them all for a newer one', () => {
    useAppStore.getState().setAnalysis(first);
    useAppStore.getState().setTopology([topologyOf('master'), topologyOf('worker-2')], first);
    useAppStore.getState().setTopology([topologyOf('worker-1')], first);
    expect(Object.keys(useAppStore.getState().topology).sort()).toEqual(['master', 'worker-1', 'worker-2']);
    useAppStore.getState().setAnalysis(second);
    useAppStore.getState().setTopology([topologyOf('worker-1')], second);
    expect(Object.keys(useAppStore.getState().topology)).toEqual(['worker-1']);
    expect(useAppStore.getState().topologyOf).toBe(second);
  });

  it('asks for every node to draw after a new analysis, then only for the missing ones', () => {
    useAppStore.getState().setAnalysis(first);
    expect(topologyToRequest(useAppStore.getState())).toEqual(['master', 'worker-1', 'worker-2']);
    useAppStore.getState().setTopology([topologyOf('master'), topologyOf('worker-2')], first);
    expect(topologyToRequest(useAppStore.getState())).toEqual(['worker-1']);
    useAppStore.getState().setTopology([topologyOf('worker-1')], first);
    expect(topologyToRequest(useAppStore.getState())).toEqual([]);
    useAppStore.getState().setAnalysis(second);
    expect(topologyToRequest(useAppStore.getState())).toHaveLength(3);
  });

  it('asks for nothing before any analysis', () => {
    expect(topologyToRequest(useAppStore.getState())).toEqual([]);
  });
});
