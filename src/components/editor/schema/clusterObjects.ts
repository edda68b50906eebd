/**
 * Cluster-level objects a real dump carries: Namespaces (what namespaceSelector matches), Nodes (pod CIDRs and
 * addresses: the underlay) and the ConfigMaps that configure kube-proxy, flannel and CoreDNS.
 */
import { cidrItem, type Builders } from './builders.ts';
import { kindDefinition, metadata } from './common.ts';
import type { JSONSchema } from './types.ts';

export function namespaceDefinition(b: Builders): JSONSchema {
  return kindDefinition(
    b,
    'Namespace',
    {},
    metadata(b, {
      name: 'schema.Namespace.metadata.name',
      labels: 'schema.Namespace.metadata.labels',
      clusterScoped: true,
    }),
  );
}

export function nodeDefinition(b: Builders): JSONSchema {
  return kindDefinition(
    b,
    'Node',
    {
      spec: b.obj('schema.Node.spec', {
        podCIDR: b.cidr('schema.Node.spec.podCIDR'),
        podCIDRs: b.list('schema.Node.spec.podCIDRs', cidrItem(b)),
        taints: b.list('schema.Node.spec.taints', {
          type: 'object',
          properties: {
            key: b.str('schema.Node.spec.taints.key'),
            value: b.str('schema.Node.spec.taints.value'),
            effect: b.choice('schema.Node.spec.taints.effect', [
              'NoSchedule',
              'PreferNoSchedule',
              'NoExecute',
            ]),
          },
        }),
        unschedulable: b.bool('schema.Node.spec.unschedulable'),
      }),
      status: b.obj('schema.Node.status', {
        addresses: b.list('schema.Node.status.addresses', {
          type: 'object',
          properties: {
            type: b.choice('schema.Node.status.addresses.type', [
              'InternalIP',
              'ExternalIP',
              'Hostname',
              'InternalDNS',
              'ExternalDNS',
            ]),
            address: b.str('schema.Node.status.addresses.address'),
          },
        }),
      }),
    },
    metadata(b, {
      name: 'schema.Node.metadata.name',
      labels: 'schema.Node.metadata.labels',
      clusterScoped: true,
    }),
  );
}

export function configMapDefinition(b: Builders): JSONSchema {
  // The well-known keys get hover text but are kept out of completion: most ConfigMaps are not these three.
  const wellKnown = (key: Parameters<Builders['str']>[0]): JSONSchema => ({
    ...b.str(key),
    doNotSuggest: true,
  });
  return kindDefinition(b, 'ConfigMap', {
    data: b.strMap('schema.ConfigMap.data', {
      'config.conf': wellKnown('schema.ConfigMap.data.config.conf'),
      'net-conf.json': wellKnown('schema.ConfigMap.data.net-conf.json'),
      Corefile: wellKnown('schema.ConfigMap.data.Corefile'),
    }),
  });
}
