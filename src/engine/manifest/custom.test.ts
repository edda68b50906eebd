import { describe, expect, it } from 'vitest';
import { isIPv4, isIPv4Cidr } from './custom.ts';
import { loadManifests } from './load.ts';

function cluster(...specLines: string[]): string {
  return [
    'apiVersion: packetwalk.dev/v1alpha1',
    'kind: Cluster',
    'metadata: {name: lab}',
    'spec:',
    ...specLines,
    '',
  ].join('\n');
}

function ippool(apiVersion: string, ...specLines: string[]): string {
  return [`apiVersion: ${apiVersion}`, 'kind: IPPool', 'metadata: {name: pool}', ...specLines, ''].join('\n');
}

function brief(text: string): string[] {
  return loadManifests([{ name: 'c.yaml', text }]).diagnostics.map(
    (d) => `${d.line}:${d.column} ${d.code} ${String(d.params['path'] ?? '')}`,
  );
}

describe('the packetwalk Cluster and Calico IPPool kinds', () => {
  it.each([
    {
      name: 'the example from DESIGN.md',
      text: cluster(
        '  podCIDR: 10.244.0.0/16',
        '  cni: {plugin: calico, mode: ipip}',
        '  kubeProxy: {mode: nftables}',
        '  nodes:',
        '    - {name: a, ip: 10.0.0.1}',
      ),
      expected: [],
    },
    { name: 'an empty spec', text: cluster('  {}'), expected: [] },
    {
      name: 'a node IP that is not an IPv4 address',
      text: cluster('  nodes:', '    - {name: a, ip: 192.168.1.300}'),
      expected: ['6:21 PW018 spec.nodes[0].ip'],
    },
    {
      name: 'a node without an IP',
      text: cluster('  nodes:', '    - name: a', '      role: worker'),
      expected: ['6:7 PW017 spec.nodes[0].ip'],
    },
    {
      name: 'a node role outside the enum',
      text: cluster('  nodes:', '    - {name: a, ip: 10.0.0.1, role: master}'),
      expected: ['6:37 PW016 spec.nodes[0].role'],
    },
    {
      name: 'a node podCIDR without a prefix length',
      text: cluster('  nodes:', '    - {name: a, ip: 10.0.0.1, podCIDR: 10.244.1.0}'),
      expected: ['6:40 PW018 spec.nodes[0].podCIDR'],
    },
    {
      name: 'nodes written as a mapping',
      text: cluster('  nodes: {a: 10.0.0.1}'),
      expected: ['5:10 PW006 spec.nodes'],
    },
    {
      name: 'a pod CIDR prefix over 32',
      text: cluster('  podCIDR: 10.244.0.0/33'),
      expected: ['5:12 PW018 spec.podCIDR'],
    },
    {
      name: 'an unknown CNI plugin',
      text: cluster('  cni: {plugin: calico-vpp}'),
      expected: ['5:17 PW016 spec.cni.plugin'],
    },
    {
      name: "a mode the plugin doesn't have",
      text: cluster('  cni: {plugin: flannel, mode: ipip}'),
      expected: ['5:32 PW016 spec.cni.mode'],
    },
    {
      name: 'an unknown kube-proxy mode',
      text: cluster('  kubeProxy: {mode: userspace}'),
      expected: ['5:21 PW016 spec.kubeProxy.mode'],
    },
    {
      name: 'masqueradeAll as a string',
      text: cluster('  kubeProxy: {masqueradeAll: "yes"}'),
      expected: ['5:30 PW006 spec.kubeProxy.masqueradeAll'],
    },
    {
      name: 'an inverted NodePort range',
      text: cluster('  nodePortRange: 32767-30000'),
      expected: ['5:18 PW018 spec.nodePortRange'],
    },
    {
      name: 'an external client without a name',
      text: cluster('  externalClients: [{ip: 203.0.113.7}]'),
      expected: ['5:21 PW017 spec.externalClients[0].name'],
    },
  ])('Cluster: $name', ({ text, expected }) => {
    expect(brief(text)).toEqual(expected);
  });

  it('loads no Cluster with an error in it', () => {
    const result = loadManifests([{ name: 'c.yaml', text: cluster('  podCIDR: nope') }]);
    expect(result.objects).toEqual([]);
  });

  it.each([
    {
      name: 'crd.projectcalico.org/v1',
      text: ippool(
        'crd.projectcalico.org/v1',
        'spec: {cidr: 10.244.0.0/16, ipipMode: CrossSubnet, blockSize: 26}',
      ),
      expected: [],
    },
    {
      name: 'projectcalico.org/v3 with IPv6',
      text: ippool('projectcalico.org/v3', 'spec: {cidr: "fd00:10:244::/64", vxlanMode: Always}'),
      expected: [],
    },
    {
      name: 'without a cidr',
      text: ippool('crd.projectcalico.org/v1', 'spec: {natOutgoing: true}'),
      expected: ['4:1 PW017 spec.cidr'],
    },
    { name: 'without a spec', text: ippool('crd.projectcalico.org/v1'), expected: ['1:1 PW017 spec'] },
    {
      name: 'an ipipMode outside the enum',
      text: ippool('crd.projectcalico.org/v1', 'spec: {cidr: 10.0.0.0/8, ipipMode: always}'),
      expected: ['4:36 PW016 spec.ipipMode'],
    },
    {
      name: 'a blockSize over 128',
      text: ippool('crd.projectcalico.org/v1', 'spec: {cidr: 10.0.0.0/8, blockSize: 200}'),
      expected: ['4:37 PW018 spec.blockSize'],
    },
    {
      name: 'natOutgoing as a string',
      text: ippool('crd.projectcalico.org/v1', 'spec: {cidr: 10.0.0.0/8, natOutgoing: "true"}'),
      expected: ['4:39 PW006 spec.natOutgoing'],
    },
    {
      name: 'a newer Calico API version',
      text: ippool('crd.projectcalico.org/v2', 'spec: {cidr: 10.0.0.0/8}'),
      expected: ['1:13 PW014 '],
    },
    {
      name: "MetalLB's IPPool, another kind altogether",
      text: ippool('metallb.io/v1beta1', 'spec: {addresses: [10.0.0.0/24]}'),
      expected: ['2:7 PW008 '],
    },
  ])('IPPool: $name', ({ text, expected }) => {
    expect(brief(text)).toEqual(expected);
  });

  it.each([
    ['10.0.0.1', true],
    ['255.255.255.255', true],
    ['256.0.0.1', false],
    ['10.0.0', false],
    ['010.0.0.1', false],
    ['10.0.0.1 ', false],
  ])('isIPv4(%s) is %s', (value, expected) => {
    expect(isIPv4(value)).toBe(expected);
  });

  it.each([
    ['10.244.0.0/16', true],
    ['0.0.0.0/0', true],
    ['10.244.0.0/33', false],
    ['10.244.0.0', false],
    ['10.244.0.0/16/1', false],
  ])('isIPv4Cidr(%s) is %s', (value, expected) => {
    expect(isIPv4Cidr(value)).toBe(expected);
  });
});
