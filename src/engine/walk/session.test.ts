/** Walk sessions: kernel state (recent lists, IPVS templates, nftables affinity sets) kept between connections. */
import { describe, expect, it } from 'vitest';
import { buildCluster, createDataplane, loadManifests, type Cluster } from '../index.ts';
import { traceSession } from './session.ts';
import { emptySessionState } from './sessionState.ts';
import { trace, traceInSession } from './trace.ts';
import type { Trace } from './types.ts';

type ProxyMode = 'iptables' | 'ipvs' | 'nftables';

function clusterYaml(mode: ProxyMode): string {
  return `apiVersion: packetwalk.dev/v1alpha1
kind: Cluster
metadata:
  name: affinity
spec:
  podCIDR: 10.244.0.0/16
  serviceCIDR: 10.96.0.0/12
  clusterDomain: cluster.local
  cni:
    plugin: flannel
    mode: vxlan
  kubeProxy:
    mode: ${mode}
  nodes:
    - name: master
      ip: 192.168.1.10
      role: control-plane
    - name: worker-1
      ip: 192.168.1.11
    - name: worker-2
      ip: 192.168.1.12
`;
}

const clientPod = (name: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: default
  labels:
    app: client
spec:
  nodeName: worker-1
  containers:
    - name: curl
      image: curlimages/curl:8.10.1
`;

function appYaml(affinity: boolean): string {
  return `${clientPod('client')}---
${clientPod('other')}---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: default
spec:
  replicas: 4
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      nodeSelector:
        kubernetes.io/hostname: worker-2
      containers:
        - name: nginx
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: default
spec:
  selector:
    app: web
${affinity ? '  sessionAffinity: ClientIP\n' : ''}  ports:
    - name: http
      port: 80
      targetPort: http
`;
}

function affinityCluster(mode: ProxyMode, affinity: boolean): Cluster {
  const load = loadManifests([
    { name: 'cluster.yaml', text: clusterYaml(mode) },
    { name: 'app.yaml', text: appYaml(affinity) },
  ]);
  return buildCluster(load);
}

function walkSession(
  mode: ProxyMode,
  affinity: boolean,
  connections: readonly { readonly from: string; readonly seed: number }[],
): readonly Trace[] {
  const cluster = affinityCluster(mode, affinity);
  const requests = connections.map(({ from, seed }) => ({
    from,
    to: 'svc/default/web:80',
    protocol: 'tcp' as const,
    seed,
  }));
  return traceSession(cluster, createDataplane(cluster), requests);
}

/** Each connection's backend pod ('' when it was not delivered to one). */
const backends = (traces: readonly Trace[]): readonly string[] =>
  traces.map((t) => (t.verdict === 'delivered' ? (t.destination?.pod ?? '') : ''));

const SIX = [1, 2, 3, 4, 5, 6].map((seed) => ({ from: 'client', seed }));
const MODES = [{ mode: 'iptables' }, { mode: 'ipvs' }, { mode: 'nftables' }] as const;

describe('walk session: connections after connections', () => {
  it.each(MODES)('session affinity: the same client keeps its backend ($mode)', ({ mode }) => {
    const pods = backends(walkSession(mode, true, SIX));
    expect(pods[0]).toMatch(/^default\/web-/);
    expect(new Set(pods)).toEqual(new Set([pods[0]]));
  });

  it.each(MODES)('without affinity, connections spread over backends ($mode)', ({ mode }) => {
    const pods = backends(walkSession(mode, false, SIX));
    expect(pods.every((pod) => pod.startsWith('default/web-'))).toBe(true);
    expect(new Set(pods).size).toBeGreaterThan(1);
  });

  it.each(MODES)('affinity is per client ($mode)', ({ mode }) => {
    // Interleaved in one session: each client's first connection is scheduled, the rest follow its own entry.
    const order = [
      { from: 'client', seed: 1 },
      { from: 'other', seed: 3 },
      { from: 'client', seed: 2 },
      { from: 'other', seed: 4 },
      { from: 'client', seed: 5 },
      { from: 'other', seed: 6 },
    ];
    const pods = backends(walkSession(mode, true, order));
    const of = (from: string): ReadonlySet<string> => new Set(pods.filter((_, i) => order[i]?.from === from));
    expect(of('client').size).toBe(1);
    expect(of('other').size).toBe(1);
    expect(pods.every((pod) => pod.startsWith('default/web-'))).toBe(true);
    // Seeds picked so the two clients' first connections are scheduled to different pods.
    expect(pods[0]).not.toBe(pods[1]);
  });

  it('trace takes a session state and a plain trace starts from empty kernels', () => {
    const cluster = affinityCluster('iptables', true);
    const dataplane = createDataplane(cluster);
    const request = { from: 'client', to: 'svc/default/web:80', protocol: 'tcp' as const };
    const first = traceInSession(cluster, dataplane, { ...request, seed: 1 }, emptySessionState);
    const fresh = trace(cluster, dataplane, { ...request, seed: 3 });
    const pinned = trace(cluster, dataplane, { ...request, seed: 3 }, first.session);
    expect(fresh.destination?.pod).not.toBe(first.trace.destination?.pod);
    expect(pinned.destination?.pod).toBe(first.trace.destination?.pod);
  });
});
