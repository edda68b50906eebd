import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renderCiliumServiceList } from '../../../dataplane/cni/cilium/render.ts';
import { clusterDoc, draws, podsYaml, serviceYaml, testCluster } from '../testkit.ts';
import { ciliumPolicyDecider, ciliumTcEgress, ciliumTcIngress } from './policy.ts';
import { ciliumNodePortLb, ciliumPerPacketLb, ciliumServiceDecider, ciliumSocketLb } from './services.ts';
import { ciliumLocate } from './tunnel.ts';

const POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-client, namespace: default}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Ingress]
  ingress:
    - from: [{podSelector: {matchLabels: {app: client}}}]
      ports: [{port: 8080, protocol: TCP}]`;

function ciliumCluster(kubeProxy: string) {
  return testCluster(
    clusterDoc({ kubeProxy, cni: '{plugin: cilium, mode: vxlan}' }),
    podsYaml('web', 2, 'worker-1'),
    podsYaml('client', 1, 'master'),
    podsYaml('intruder', 1, 'master'),
    serviceYaml(
      'web',
      '10.96.100.10',
      'web',
      '  type: NodePort\n  ports: [{port: 80, targetPort: 8080, nodePort: 30080}]',
    ),
    serviceYaml('nobody', '10.96.100.12', 'nobody'),
    POLICY,
  );
}

const t = ciliumCluster('{mode: none}');
const master = t.node('master');
const worker = t.node('worker-1');
const webIPs = t.podIPs('web');
const clientIP = t.podIPs('client')[0] ?? '';
const intruderIP = t.podIPs('intruder')[0] ?? '';

describe('Cilium evaluators', () => {
  it('Cilium socket LB returns a backend without DNAT', () => {
    const decision = ciliumSocketLb(master, '10.96.100.10', 80, 'tcp', draws(0.6));
    expect(decision?.kind).toBe('backend');
    if (decision?.kind !== 'backend') return;
    expect(decision.backend.ip).toBe(webIPs[1]);
    expect(decision.backend.port).toBe(8080);
    expect(decision).not.toHaveProperty('dnat');
    const refs = renderCiliumServiceList(master.cilium?.services ?? []).filter(
      (l) => l.serviceId === decision.serviceId,
    );
    expect(refs[0]?.text.startsWith('10.96.100.10:80/TCP')).toBe(true);
    expect(ciliumServiceDecider(decision).refs).toEqual([`cilium-service:${decision.serviceId}`]);
  });

  it('Cilium socket LB always connects to an active backend of the service, whatever the draw', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (draw) => {
        const decision = ciliumSocketLb(master, '10.96.100.10', 80, 'tcp', () => draw);
        return decision?.kind === 'backend' && webIPs.includes(decision.backend.ip);
      }),
    );
  });

  it('Cilium socket LB is off without kube-proxy replacement; per-packet LB still serves ClusterIPs', () => {
    const beside = ciliumCluster('{mode: iptables}').node('master');
    expect(ciliumSocketLb(beside, '10.96.100.10', 80, 'tcp', draws(0))).toBeUndefined();
    expect(ciliumPerPacketLb(beside, '10.96.100.10', 80, 'tcp', draws(0))?.kind).toBe('backend');
    expect(ciliumPerPacketLb(beside, '192.168.1.10', 30080, 'tcp', draws(0))).toBeUndefined();
  });

  it('Cilium service without backends rejects', () => {
    expect(ciliumSocketLb(master, '10.96.100.12', 80, 'tcp', draws(0))).toMatchObject({
      kind: 'no-backend',
      response: 'reject',
    });
    expect(ciliumSocketLb(master, '10.96.100.10', 81, 'tcp', draws(0))).toBeUndefined();
  });

  it('Cilium NodePort to a remote backend is DNATed and SNATed to the node', () => {
    const decision = ciliumNodePortLb(master, '192.168.1.10', 30080, 'tcp', draws(0));
    expect(decision?.kind).toBe('backend');
    if (decision?.kind !== 'backend') return;
    expect(decision.dnat).toEqual({ address: webIPs[0], port: 8080 });
    expect(decision.snat).toEqual({ address: '192.168.1.10' });
    expect(decision.backendNode).toEqual({ node: 'worker-1', ip: '192.168.1.11' });
  });

  it('Cilium NodePort to a local backend keeps the client address', () => {
    const decision = ciliumNodePortLb(worker, '192.168.1.11', 30080, 'tcp', draws(0));
    expect(decision?.kind === 'backend' && decision.backendNode).toBe('local');
    expect(decision?.kind === 'backend' ? decision.snat : 'none').toBeUndefined();
    expect(ciliumNodePortLb(worker, '192.168.1.10', 30080, 'tcp', draws(0))).toBeUndefined();
  });

  it('Cilium policy denies ingress from a non-selected identity', () => {
    const web = t.podRef('web-0');
    const denied = ciliumTcIngress(worker, web, intruderIP, 8080, 'tcp');
    expect(denied).toMatchObject({
      verdict: 'DROPPED',
      reason: 'POLICY_DENIED',
      observationPoint: 'to-container',
    });
    expect(denied?.enforced).toBe(true);
    expect(ciliumPolicyDecider(denied ?? fail()).text).toContain('DROPPED (Policy denied)');
    const allowed = ciliumTcIngress(worker, web, clientIP, 8080, 'tcp');
    expect(allowed?.verdict).toBe('FORWARDED');
    expect(allowed?.entry?.derivedFrom).toContain('default/allow-client');
    expect(allowed?.peerIdentity).not.toBe(denied?.peerIdentity);
    expect(ciliumTcIngress(worker, web, clientIP, 9090, 'tcp')?.verdict).toBe('DROPPED');
  });

  it('Cilium egress without an egress policy is forwarded by the allow-all entry', () => {
    const egress = ciliumTcEgress(master, t.podRef('intruder-0'), webIPs[0] ?? '', 8080, 'tcp');
    expect(egress).toMatchObject({
      verdict: 'FORWARDED',
      enforced: false,
      observationPoint: 'from-container',
    });
    expect(ciliumTcEgress(master, t.podRef('web-0'), clientIP, 8080, 'tcp')).toBeUndefined();
  });

  it('Cilium ipcache sends remote pods through the tunnel and keeps local ones local', () => {
    expect(ciliumLocate(master, webIPs[0] ?? '')).toMatchObject({
      kind: 'tunnel',
      tunnelEndpoint: '192.168.1.11',
      protocol: 'vxlan',
    });
    expect(ciliumLocate(worker, webIPs[0] ?? '')?.kind).toBe('local');
    expect(ciliumLocate(master, '8.8.8.8')).toMatchObject({ kind: 'routed', identity: 2 });
  });
});

function fail(): never {
  throw new Error('expected a decision');
}
