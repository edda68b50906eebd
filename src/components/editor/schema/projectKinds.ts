/**
 * Non-Kubernetes kinds packetwalk reads: Calico's IPPool, and packetwalk's own Cluster document that fills in
 * what manifests leave open (ranges, CNI, kube-proxy mode, nodes).
 */
import { CNI_MODES } from '../../../engine/cluster/cni.ts';
import type { Builders } from './builders.ts';
import { kindDefinition, metadata } from './common.ts';
import type { JSONSchema } from './types.ts';

const ENCAPSULATION = ['Always', 'CrossSubnet', 'Never'];

export function ipPoolDefinition(b: Builders): JSONSchema {
  return kindDefinition(
    b,
    'IPPool',
    {
      spec: b.obj('schema.IPPool.spec', {
        cidr: b.cidr('schema.IPPool.spec.cidr'),
        ipipMode: b.choice('schema.IPPool.spec.ipipMode', ENCAPSULATION),
        vxlanMode: b.choice('schema.IPPool.spec.vxlanMode', ENCAPSULATION),
        natOutgoing: b.bool('schema.IPPool.spec.natOutgoing'),
        blockSize: b.int('schema.IPPool.spec.blockSize', { minimum: 0, maximum: 128 }),
        disabled: b.bool('schema.IPPool.spec.disabled'),
        nodeSelector: b.str('schema.IPPool.spec.nodeSelector'),
      }),
    },
    metadata(b, { clusterScoped: true }),
  );
}

export function clusterDefinition(b: Builders): JSONSchema {
  return kindDefinition(
    b,
    'Cluster',
    {
      spec: b.obj('schema.Cluster.spec', {
        podCIDR: b.cidr('schema.Cluster.spec.podCIDR'),
        serviceCIDR: b.cidr('schema.Cluster.spec.serviceCIDR'),
        clusterDomain: b.str('schema.Cluster.spec.clusterDomain'),
        nodePortRange: b.str('schema.Cluster.spec.nodePortRange', {
          pattern: '^[0-9]+-[0-9]+$',
          patternErrorMessage: b.text('schema.error.portRange'),
        }),
        cni: b.obj('schema.Cluster.spec.cni', {
          plugin: b.choice('schema.Cluster.spec.cni.plugin', [
            'flannel',
            'calico',
            'cilium',
            'weave',
            'canal',
          ]),
          mode: b.choice('schema.Cluster.spec.cni.mode', [...new Set(Object.values(CNI_MODES).flat())]),
        }),
        kubeProxy: b.obj('schema.Cluster.spec.kubeProxy', {
          mode: b.choice('schema.Cluster.spec.kubeProxy.mode', ['iptables', 'ipvs', 'nftables', 'none']),
          scheduler: b.choice('schema.Cluster.spec.kubeProxy.scheduler', [
            'rr',
            'lc',
            'dh',
            'sh',
            'sed',
            'nq',
            'wrr',
            'wlc',
          ]),
          masqueradeAll: b.bool('schema.Cluster.spec.kubeProxy.masqueradeAll'),
        }),
        nodes: b.list('schema.Cluster.spec.nodes', {
          type: 'object',
          properties: {
            name: b.str('schema.Cluster.spec.nodes.name'),
            ip: b.ip('schema.Cluster.spec.nodes.ip'),
            podCIDR: b.cidr('schema.Cluster.spec.nodes.podCIDR'),
            role: b.choice('schema.Cluster.spec.nodes.role', ['control-plane', 'worker']),
          },
        }),
        externalClients: b.list('schema.Cluster.spec.externalClients', {
          type: 'object',
          properties: {
            name: b.str('schema.Cluster.spec.externalClients.name'),
            ip: b.ip('schema.Cluster.spec.externalClients.ip'),
          },
        }),
        upstreamDNS: b.str('schema.Cluster.spec.upstreamDNS'),
      }),
    },
    metadata(b, { clusterScoped: true }),
  );
}
