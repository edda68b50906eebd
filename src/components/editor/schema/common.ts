/**
 * Shapes shared by several kinds: object metadata, label selectors, endpoint target references, and the
 * wrapper every kind's definition is built with.
 */
import type { Builders } from './builders.ts';
import { SCHEMA_KINDS, type SchemaKind } from './kinds.ts';
import type { JSONSchema, SchemaKey } from './types.ts';

export const PROTOCOLS = ['TCP', 'UDP', 'SCTP'] as const;

export interface MetadataOptions {
  /** A kind-specific text for `metadata.name` (Endpoints: must equal the Service's name). */
  readonly name?: SchemaKey;
  /** A kind-specific text for `metadata.labels` (Namespace: what namespaceSelector matches). */
  readonly labels?: SchemaKey;
  /** Cluster-scoped kinds have no namespace, so none is offered. */
  readonly clusterScoped?: boolean;
}

export function metadata(b: Builders, options: MetadataOptions = {}): JSONSchema {
  const properties: Record<string, JSONSchema> = {
    name: b.str(options.name ?? 'schema.common.metadata.name'),
  };
  if (options.clusterScoped !== true) properties['namespace'] = b.str('schema.common.metadata.namespace');
  properties['labels'] = b.strMap(options.labels ?? 'schema.common.metadata.labels');
  properties['annotations'] = b.strMap('schema.common.metadata.annotations');
  return b.obj('schema.common.metadata', properties);
}

export function labelSelector(b: Builders, key: SchemaKey): JSONSchema {
  return b.obj(key, {
    matchLabels: b.strMap('schema.common.labelSelector.matchLabels'),
    matchExpressions: b.list(
      'schema.common.labelSelector.matchExpressions',
      b.obj('schema.common.labelSelector.matchExpressions', {
        key: b.str('schema.common.labelSelector.matchExpressions.key'),
        operator: b.choice('schema.common.labelSelector.matchExpressions.operator', [
          'In',
          'NotIn',
          'Exists',
          'DoesNotExist',
        ]),
        values: b.strings('schema.common.labelSelector.matchExpressions.values'),
      }),
    ),
  });
}

/** The object (usually a Pod) behind an endpoint address, in Endpoints and EndpointSlices. */
export function targetRef(b: Builders): JSONSchema {
  return b.obj('schema.common.targetRef', {
    kind: b.str('schema.common.targetRef.kind'),
    name: b.str('schema.common.targetRef.name'),
    namespace: b.str('schema.common.targetRef.namespace'),
  });
}

const TITLES: Readonly<Record<SchemaKind, string>> = {
  Namespace: 'Namespace',
  Node: 'Node',
  Pod: 'Pod',
  Deployment: 'Deployment',
  ReplicaSet: 'ReplicaSet',
  StatefulSet: 'StatefulSet',
  DaemonSet: 'DaemonSet',
  Job: 'Job',
  Service: 'Service',
  Endpoints: 'Endpoints',
  EndpointSlice: 'EndpointSlice',
  NetworkPolicy: 'NetworkPolicy',
  Ingress: 'Ingress',
  IngressClass: 'IngressClass',
  ConfigMap: 'ConfigMap',
  IPPool: 'IPPool (Calico)',
  Cluster: 'Cluster (packetwalk)',
  List: 'List',
};

/**
 * One kind's definition. Its `title` is what yaml-language-server shows as the heading of every hover inside
 * the document; `apiVersion` is restricted to the versions that kind is served at, so `apiVersion: v1` on a
 * Deployment is flagged.
 */
export function kindDefinition(
  b: Builders,
  kind: SchemaKind,
  properties: Record<string, JSONSchema>,
  meta: JSONSchema = metadata(b),
): JSONSchema {
  return {
    title: TITLES[kind],
    type: 'object',
    properties: {
      apiVersion: { type: 'string', enum: [...SCHEMA_KINDS[kind]], ...b.doc('schema.common.apiVersion') },
      metadata: meta,
      ...properties,
    },
  };
}
