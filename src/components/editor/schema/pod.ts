/**
 * Pods: the spec fields that decide a pod's addresses, ports, DNS and node, and the status a cluster dump
 * carries. Workloads reuse the spec through {@link podTemplate}; the hover texts stay keyed under `Pod`.
 */
import type { Builders } from './builders.ts';
import { PROTOCOLS, kindDefinition, metadata } from './common.ts';
import type { JSONSchema } from './types.ts';

function container(b: Builders): JSONSchema {
  return {
    type: 'object',
    properties: {
      name: b.str('schema.Pod.spec.containers.name'),
      image: b.str('schema.Pod.spec.containers.image'),
      ports: b.list('schema.Pod.spec.containers.ports', {
        type: 'object',
        properties: {
          name: b.str('schema.Pod.spec.containers.ports.name', { maxLength: 15 }),
          containerPort: b.port('schema.Pod.spec.containers.ports.containerPort'),
          protocol: b.choice('schema.Pod.spec.containers.ports.protocol', PROTOCOLS),
          hostPort: b.port('schema.Pod.spec.containers.ports.hostPort'),
          hostIP: b.str('schema.Pod.spec.containers.ports.hostIP'),
        },
      }),
      readinessProbe: b.opaque('schema.Pod.spec.containers.readinessProbe'),
    },
  };
}

function tolerations(b: Builders): JSONSchema {
  return b.list('schema.Pod.spec.tolerations', {
    type: 'object',
    properties: {
      key: b.str('schema.Pod.spec.tolerations.key'),
      operator: b.choice('schema.Pod.spec.tolerations.operator', ['Exists', 'Equal']),
      value: b.str('schema.Pod.spec.tolerations.value'),
      effect: b.choice('schema.Pod.spec.tolerations.effect', [
        'NoSchedule',
        'PreferNoSchedule',
        'NoExecute',
        '',
      ]),
      tolerationSeconds: b.int('schema.Pod.spec.tolerations.tolerationSeconds'),
    },
  });
}

function dnsConfig(b: Builders): JSONSchema {
  return b.obj('schema.Pod.spec.dnsConfig', {
    nameservers: b.strings('schema.Pod.spec.dnsConfig.nameservers'),
    searches: b.strings('schema.Pod.spec.dnsConfig.searches'),
    options: b.list('schema.Pod.spec.dnsConfig.options', {
      type: 'object',
      properties: {
        name: b.str('schema.Pod.spec.dnsConfig.options.name'),
        value: b.str('schema.Pod.spec.dnsConfig.options.value'),
      },
    }),
  });
}

export function podSpec(b: Builders): JSONSchema {
  return b.obj('schema.Pod.spec', {
    containers: b.list('schema.Pod.spec.containers', container(b)),
    initContainers: b.list('schema.Pod.spec.initContainers', container(b)),
    hostNetwork: b.bool('schema.Pod.spec.hostNetwork'),
    nodeName: b.str('schema.Pod.spec.nodeName'),
    nodeSelector: b.strMap('schema.Pod.spec.nodeSelector'),
    affinity: b.opaque('schema.Pod.spec.affinity'),
    tolerations: tolerations(b),
    dnsPolicy: b.choice('schema.Pod.spec.dnsPolicy', [
      'ClusterFirst',
      'ClusterFirstWithHostNet',
      'Default',
      'None',
    ]),
    dnsConfig: dnsConfig(b),
    hostname: b.str('schema.Pod.spec.hostname'),
    subdomain: b.str('schema.Pod.spec.subdomain'),
    hostAliases: b.list('schema.Pod.spec.hostAliases', {
      type: 'object',
      properties: {
        ip: b.ip('schema.Pod.spec.hostAliases.ip'),
        hostnames: b.strings('schema.Pod.spec.hostAliases.hostnames'),
      },
    }),
    restartPolicy: b.choice('schema.Pod.spec.restartPolicy', ['Always', 'OnFailure', 'Never']),
  });
}

function podStatus(b: Builders): JSONSchema {
  const ipList = (key: 'schema.Pod.status.podIPs' | 'schema.Pod.status.hostIPs', item: JSONSchema) =>
    b.list(key, { type: 'object', properties: { ip: item } });
  return b.obj('schema.Pod.status', {
    podIP: b.ip('schema.Pod.status.podIP'),
    podIPs: ipList('schema.Pod.status.podIPs', b.ip('schema.Pod.status.podIPs.ip')),
    hostIP: b.ip('schema.Pod.status.hostIP'),
    hostIPs: ipList('schema.Pod.status.hostIPs', b.ip('schema.Pod.status.hostIPs.ip')),
    phase: b.choice('schema.Pod.status.phase', ['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown']),
    conditions: b.list('schema.Pod.status.conditions', {
      type: 'object',
      properties: {
        type: b.str('schema.Pod.status.conditions.type'),
        status: b.choice('schema.Pod.status.conditions.status', ['True', 'False', 'Unknown']),
      },
    }),
  });
}

/** `spec.template` of a workload: a pod's metadata (its labels are what Services select) and spec. */
export function podTemplate(b: Builders): JSONSchema {
  return b.obj('schema.common.workload.template', {
    metadata: metadata(b, { labels: 'schema.common.podTemplate.metadata.labels' }),
    spec: podSpec(b),
  });
}

export function podDefinition(b: Builders): JSONSchema {
  return kindDefinition(b, 'Pod', { spec: podSpec(b), status: podStatus(b) });
}
