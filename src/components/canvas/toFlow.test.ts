import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/index.ts';
import { MAX_NODES, MAX_PODS_PER_NODE, MAX_SERVICE_ROWS, toFlow, type FlowNode } from './toFlow.ts';

function bigCluster(nodes: number, services: number, pinnedReplicas: number): string {
  const nodeList = Array.from({ length: nodes }, (_, i) =>
    i === 0
      ? '    - {name: master, ip: 10.0.0.10, role: control-plane}'
      : `    - {name: w${i}, ip: 10.0.1.${i}}`,
  ).join('\n');
  const docs = [
    `apiVersion: packetwalk.dev/v1alpha1
kind: Cluster
metadata: {name: big}
spec:
  nodes:
${nodeList}`,
    `apiVersion: apps/v1
kind: Deployment
metadata: {name: crowd}
spec:
  replicas: ${pinnedReplicas}
  selector: {matchLabels: {app: crowd}}
  template:
    metadata: {labels: {app: crowd}}
    spec:
      nodeName: w1
      containers: [{name: c, image: nginx}]`,
  ];
  for (let i = 0; i < services; i++) {
    docs.push(`apiVersion: v1
kind: Service
metadata: {name: s${i}}
spec:
  selector: {app: crowd}
  ports: [{port: 80}]`);
  }
  return docs.join('\n---\n');
}

const ofType = <T extends FlowNode['type']>(nodes: readonly FlowNode[], type: T) =>
  nodes.filter((n): n is Extract<FlowNode, { type: T }> => n.type === type);

describe('toFlow on a cluster too big to draw whole', () => {
  const analysis = analyze([{ name: 'big.yaml', text: bigCluster(MAX_NODES + 5, MAX_SERVICE_ROWS + 7, 20) }]);
  const nodes = toFlow(analysis);

  it(`draws at most ${MAX_NODES} node bands and counts the rest on a card`, () => {
    expect(ofType(nodes, 'k8sNode')).toHaveLength(MAX_NODES);
    expect(ofType(nodes, 'more').find((n) => n.data.what === 'nodes')?.data.count).toBe(5);
  });

  it(`draws at most ${MAX_PODS_PER_NODE} cards in a node band, the last counting the pods not drawn`, () => {
    const inW1 = nodes.filter((n) => n.parentId === 'node:w1');
    expect(inW1).toHaveLength(MAX_PODS_PER_NODE);
    const more = ofType(inW1, 'more')[0];
    expect(more?.data.count).toBe(20 - (MAX_PODS_PER_NODE - 1));
  });

  it(`lists at most ${MAX_SERVICE_ROWS} Services and says how many are left out`, () => {
    const table = ofType(nodes, 'services')[0];
    expect(table?.data.services).toHaveLength(MAX_SERVICE_ROWS);
    // 67 written plus the kubernetes and kube-dns Services the cluster adds.
    expect(table?.data.hidden).toBe(7 + 2);
  });
});
