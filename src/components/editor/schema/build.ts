/**
 * The editor schema: one draft-07 schema applied to every YAML document of every file (monaco-yaml checks each
 * document of a multi-document file on its own). It requires `apiVersion` and `kind`, offers the known kinds in
 * completion without rejecting others, and dispatches on `kind` with `if`/`then`, which yaml-language-server
 * evaluates: only a document of a known kind, in that kind's API family, gets the kind's schema.
 */
import { makeBuilders } from './builders.ts';
import { kindDefinition, metadata } from './common.ts';
import { configMapDefinition, namespaceDefinition, nodeDefinition } from './clusterObjects.ts';
import { endpointSliceDefinition, endpointsDefinition } from './endpoints.ts';
import { ingressClassDefinition, ingressDefinition } from './ingress.ts';
import { KIND_API_VERSION_PATTERN, SCHEMA_KINDS, SCHEMA_KIND_NAMES, type SchemaKind } from './kinds.ts';
import { networkPolicyDefinition } from './networkPolicy.ts';
import { podDefinition } from './pod.ts';
import { clusterDefinition, ipPoolDefinition } from './projectKinds.ts';
import { serviceDefinition } from './service.ts';
import type { Describe, JSONSchema } from './types.ts';
import {
  daemonSetDefinition,
  deploymentDefinition,
  jobDefinition,
  replicaSetDefinition,
  statefulSetDefinition,
} from './workloads.ts';

/**
 * True for a document of `kind` whose apiVersion, if written yet, is in the kind's family. Leaving apiVersion
 * optional here keeps completion working while someone types `kind:` first.
 */
function isKind(kind: SchemaKind): JSONSchema {
  return {
    type: 'object',
    required: ['kind'],
    // doNotSuggest: these are matching logic. Without it yaml-language-server offers, per condition, an extra
    // "insert required properties" completion for `kind`.
    properties: {
      kind: { const: kind, doNotSuggest: true },
      apiVersion: { pattern: KIND_API_VERSION_PATTERN[kind], doNotSuggest: true },
    },
  };
}

/** Build the schema with `describe` supplying every text (a locale's catalogue, or markers in tests). */
export function buildSchemaWith(describe: Describe): JSONSchema {
  const b = makeBuilders(describe);
  const definitions: Record<SchemaKind, JSONSchema> = {
    Namespace: namespaceDefinition(b),
    Node: nodeDefinition(b),
    Pod: podDefinition(b),
    Deployment: deploymentDefinition(b),
    ReplicaSet: replicaSetDefinition(b),
    StatefulSet: statefulSetDefinition(b),
    DaemonSet: daemonSetDefinition(b),
    Job: jobDefinition(b),
    Service: serviceDefinition(b),
    Endpoints: endpointsDefinition(b),
    EndpointSlice: endpointSliceDefinition(b),
    NetworkPolicy: networkPolicyDefinition(b),
    Ingress: ingressDefinition(b),
    IngressClass: ingressClassDefinition(b),
    ConfigMap: configMapDefinition(b),
    IPPool: ipPoolDefinition(b),
    Cluster: clusterDefinition(b),
    // `kubectl get … -o yaml` output: every item is checked like a document of its own.
    List: kindDefinition(b, 'List', { items: b.list('schema.List.items', { $ref: '#' }) }),
  };
  const apiVersions = [...new Set(Object.values(SCHEMA_KINDS).flat())];
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    // The title labels the "apiVersion + kind" skeleton in completion and heads hovers outside known kinds.
    title: b.text('schema.title'),
    ...b.doc('schema.root'),
    type: 'object',
    required: ['apiVersion', 'kind'],
    properties: {
      // anyOf(enum, string): the enum feeds completion, the plain string keeps every other value valid.
      apiVersion: {
        anyOf: [{ enum: apiVersions }, { type: 'string' }],
        ...b.doc('schema.common.apiVersion'),
      },
      kind: { anyOf: [{ enum: [...SCHEMA_KIND_NAMES] }, { type: 'string' }], ...b.doc('schema.common.kind') },
    },
    allOf: [
      ...SCHEMA_KIND_NAMES.map((kind) => ({ if: isKind(kind), then: { $ref: `#/definitions/${kind}` } })),
      // Known kinds bring their own metadata (with kind-specific label texts); every other kind gets this one.
      // It cannot sit in `properties` above: yaml-language-server shows the first description it meets.
      { if: { anyOf: SCHEMA_KIND_NAMES.map(isKind) }, else: { properties: { metadata: metadata(b) } } },
    ],
    definitions,
  };
}
