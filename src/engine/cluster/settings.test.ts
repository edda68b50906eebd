import { describe, expect, it } from 'vitest';
import { build, diagnostics } from './testkit.ts';

const KUBE_PROXY = (conf: string): string => `apiVersion: v1
kind: ConfigMap
metadata: {name: kube-proxy, namespace: kube-system}
data:
  config.conf: |
${conf
  .split('\n')
  .map((l) => `    ${l}`)
  .join('\n')}
`;

const FLANNEL = (netconf: string): string => `apiVersion: v1
kind: ConfigMap
metadata: {name: kube-flannel-cfg, namespace: kube-flannel}
data:
  net-conf.json: '${netconf}'
`;

const POOL = (spec: string): string => `apiVersion: crd.projectcalico.org/v1
kind: IPPool
metadata: {name: default-ipv4-ippool}
spec: ${spec}
`;

describe('cluster settings', () => {
  it('the Cluster document sets every field it names', () => {
    const c = build(`apiVersion: packetwalk.dev/v1alpha1
kind: Cluster
metadata: {name: workshop}
spec:
  podCIDR: 10.42.0.0/16
  serviceCIDR: 10.43.0.0/16
  clusterDomain: corp.internal
  nodePortRange: 31000-31999
  cni: {plugin: calico, mode: vxlan}
  kubeProxy: {mode: ipvs, scheduler: wrr, masqueradeAll: true}
  upstreamDNS: 1.1.1.1
  externalClients: [{name: phone, ip: 198.51.100.200}]
`);
    const s = c.settings;
    expect(s.name).toBe('workshop');
    expect([s.podCIDR, s.serviceCIDR, s.clusterDomain, s.upstreamDNS]).toEqual([
      '10.42.0.0/16',
      '10.43.0.0/16',
      'corp.internal',
      '1.1.1.1',
    ]);
    expect(s.nodePortRange).toEqual({ min: 31000, max: 31999 });
    expect(s.cni).toMatchObject({ plugin: 'calico', mode: 'vxlan', pools: ['10.42.0.0/16'] });
    expect(s.kubeProxy).toMatchObject({ mode: 'ipvs', scheduler: 'wrr', masqueradeAll: true });
    expect(s.externalClients).toEqual([{ name: 'phone', ip: '198.51.100.200' }]);
    expect(s.dnsServiceIP).toBe('10.43.0.10');
    expect(s.sources.podCIDR).toBe('cluster-document');
  });

  it('the kube-proxy ConfigMap sets mode, clusterCIDR, masquerade, localhostNodePorts, scheduler and nodePortAddresses', () => {
    const c = build(
      KUBE_PROXY(`apiVersion: kubeproxy.config.k8s.io/v1alpha1
kind: KubeProxyConfiguration
mode: ipvs
clusterCIDR: 10.100.0.0/16
iptables: {masqueradeAll: true, masqueradeBit: 15, localhostNodePorts: false}
ipvs: {scheduler: lc}
nodePortAddresses: [192.168.1.0/24, primary]`),
    );
    expect(c.settings.kubeProxy).toEqual({
      mode: 'ipvs',
      scheduler: 'lc',
      masqueradeAll: true,
      masqueradeBit: 15,
      localhostNodePorts: false,
      nodePortAddresses: ['192.168.1.0/24', 'primary'],
    });
    expect(c.settings.podCIDR).toBe('10.100.0.0/16');
    expect(c.settings.sources.podCIDR).toBe('kube-proxy-config');
  });

  it("an empty kube-proxy mode means iptables, with kube-proxy's own defaults", () => {
    const c = build(KUBE_PROXY('mode: ""'));
    expect(c.settings.kubeProxy).toEqual({
      mode: 'iptables',
      scheduler: 'rr',
      masqueradeAll: false,
      masqueradeBit: 14,
      localhostNodePorts: true,
      nodePortAddresses: [],
    });
  });

  it('Flannel net-conf.json sets the pod network and the backend', () => {
    const c = build(FLANNEL('{"Network": "10.50.0.0/16", "Backend": {"Type": "host-gw"}}'));
    expect(c.settings.podCIDR).toBe('10.50.0.0/16');
    expect(c.settings.cni).toEqual({ plugin: 'flannel', mode: 'host-gw' });
    expect(c.nodes.map((n) => n.podCIDR)).toEqual(['10.50.0.0/24', '10.50.1.0/24']);
  });

  it('a Flannel backend packetwalk does not simulate falls back to VXLAN with PW132', () => {
    const c = build(FLANNEL('{"Network": "10.244.0.0/16", "Backend": {"Type": "wireguard"}}'));
    expect(c.settings.cni).toEqual({ plugin: 'flannel', mode: 'vxlan' });
    expect(diagnostics(c, 'PW132')[0]?.params).toEqual({
      plugin: 'flannel',
      mode: 'wireguard',
      fallback: 'vxlan',
    });
  });

  it.each([
    [
      'ipipMode Always',
      '{cidr: 10.60.0.0/16, ipipMode: Always, natOutgoing: true}',
      { mode: 'ipip', crossSubnet: false, natOutgoing: true, blockSize: 26 },
    ],
    [
      'vxlanMode CrossSubnet',
      '{cidr: 10.60.0.0/16, vxlanMode: CrossSubnet, blockSize: 24}',
      { mode: 'vxlan', crossSubnet: true, natOutgoing: false, blockSize: 24 },
    ],
    [
      'both Never: plain BGP',
      '{cidr: 10.60.0.0/16, ipipMode: Never, vxlanMode: Never}',
      { mode: 'bgp', crossSubnet: false, natOutgoing: false, blockSize: 26 },
    ],
  ])('a Calico IPPool with %s', (_name, spec, expected) => {
    const c = build(POOL(spec));
    expect(c.settings.cni).toEqual({ plugin: 'calico', pools: ['10.60.0.0/16'], ...expected });
    expect(c.settings.podCIDR).toBe('10.60.0.0/16');
    expect(c.settings.enforcesNetworkPolicy).toBe(true);
  });

  it('the CoreDNS Corefile sets the cluster domain and upstream', () => {
    const c = build(`apiVersion: v1
kind: ConfigMap
metadata: {name: coredns, namespace: kube-system}
data:
  Corefile: |
    .:53 {
        kubernetes k8s.example in-addr.arpa ip6.arpa {
           pods insecure
        }
        forward . 9.9.9.9
    }
`);
    expect(c.settings.clusterDomain).toBe('k8s.example');
    expect(c.settings.upstreamDNS).toBe('9.9.9.9');
  });

  it('when the Cluster document and a real object disagree, the Cluster document wins and PW102 says so', () => {
    const c = build(`apiVersion: packetwalk.dev/v1alpha1
kind: Cluster
metadata: {name: lab}
spec: {podCIDR: 10.244.0.0/16}
---
${FLANNEL('{"Network": "10.50.0.0/16", "Backend": {"Type": "vxlan"}}')}`);
    expect(c.settings.podCIDR).toBe('10.244.0.0/16');
    const d = diagnostics(c, 'PW102');
    expect(d.map((x) => x.params)).toEqual([
      {
        setting: 'podCIDR',
        winner: 'Cluster/lab',
        winnerValue: '10.244.0.0/16',
        other: 'ConfigMap/kube-flannel/kube-flannel-cfg',
        otherValue: '10.50.0.0/16',
      },
    ]);
    expect(d[0]?.severity).toBe('warning');
    expect(d[0]?.line).toBeGreaterThan(4);
  });

  it("Flannel's Network wins over kube-proxy's clusterCIDR, with PW102 on the ignored value", () => {
    const c = build(
      `${FLANNEL('{"Network": "10.50.0.0/16"}')}---\n${KUBE_PROXY('clusterCIDR: 10.51.0.0/16')}`,
    );
    expect(c.settings.podCIDR).toBe('10.50.0.0/16');
    expect(diagnostics(c, 'PW102')[0]?.params['other']).toBe('ConfigMap/kube-system/kube-proxy');
  });

  it('a kube-proxy mode that does not exist is PW103 and iptables is kept', () => {
    const c = build(KUBE_PROXY('mode: userspace'));
    expect(c.settings.kubeProxy.mode).toBe('iptables');
    expect(diagnostics(c, 'PW103')[0]).toMatchObject({
      severity: 'error',
      params: { setting: 'kubeProxy.mode', value: 'userspace' },
    });
  });

  it('a nodePortAddresses entry that is not a CIDR is PW103 and dropped', () => {
    const c = build(KUBE_PROXY('nodePortAddresses: [10.0.0.0/8, nonsense]'));
    expect(c.settings.kubeProxy.nodePortAddresses).toEqual(['10.0.0.0/8']);
    expect(diagnostics(c, 'PW103')[0]?.params).toEqual({ setting: 'nodePortAddresses', value: 'nonsense' });
  });

  it('a kube-dns Service with an explicit clusterIP decides the cluster DNS address', () => {
    const c = build(
      'apiVersion: v1\nkind: Service\nmetadata: {name: kube-dns, namespace: kube-system}\nspec: {clusterIP: 10.96.0.53, selector: {k8s-app: kube-dns}, ports: [{name: dns, port: 53, protocol: UDP}]}\n',
    );
    expect(c.settings.dnsServiceIP).toBe('10.96.0.53');
    expect(c.pods.find((p) => p.namespace === 'default')).toBeUndefined();
  });
});
