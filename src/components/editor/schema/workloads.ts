/**
 * Workloads: controllers that stamp out pods from a template. What they add for packets is how many pods
 * (endpoints) there are and, for StatefulSets, the stable DNS names behind a headless Service.
 */
import type { Builders } from './builders.ts';
import { kindDefinition, labelSelector } from './common.ts';
import { podTemplate } from './pod.ts';
import type { JSONSchema, SchemaKey } from './types.ts';

function workloadSpec(b: Builders, key: SchemaKey, extra: Record<string, JSONSchema> = {}): JSONSchema {
  return b.obj(key, {
    replicas: b.int('schema.common.workload.replicas', { minimum: 0 }),
    selector: labelSelector(b, 'schema.common.workload.selector'),
    template: podTemplate(b),
    ...extra,
  });
}

export function deploymentDefinition(b: Builders): JSONSchema {
  return kindDefinition(b, 'Deployment', { spec: workloadSpec(b, 'schema.Deployment.spec') });
}

export function replicaSetDefinition(b: Builders): JSONSchema {
  return kindDefinition(b, 'ReplicaSet', { spec: workloadSpec(b, 'schema.ReplicaSet.spec') });
}

export function statefulSetDefinition(b: Builders): JSONSchema {
  return kindDefinition(b, 'StatefulSet', {
    spec: workloadSpec(b, 'schema.StatefulSet.spec', {
      serviceName: b.str('schema.StatefulSet.spec.serviceName'),
    }),
  });
}

export function daemonSetDefinition(b: Builders): JSONSchema {
  return kindDefinition(b, 'DaemonSet', {
    spec: b.obj('schema.DaemonSet.spec', {
      selector: labelSelector(b, 'schema.common.workload.selector'),
      template: podTemplate(b),
    }),
  });
}

export function jobDefinition(b: Builders): JSONSchema {
  return kindDefinition(b, 'Job', {
    spec: b.obj('schema.Job.spec', {
      parallelism: b.int('schema.Job.spec.parallelism', { minimum: 0 }),
      completions: b.int('schema.Job.spec.completions', { minimum: 0 }),
      selector: labelSelector(b, 'schema.common.workload.selector'),
      template: podTemplate(b),
    }),
  });
}
