/**
 * The kinds the editor schema knows, with the apiVersions each is written with, derived from the loader's own
 * table (`src/engine/manifest/kinds.ts`), so the editor never offers a kind or version the engine would not take.
 */
import type { SimulatedKind } from '../../../engine/manifest/types.ts';
import { SIMULATED_KINDS } from '../../../engine/manifest/kinds.ts';

/** kind -> the apiVersions accepted for it, preferred first. `List` wraps `kubectl get -o yaml` output. */
export const SCHEMA_KINDS: Readonly<Record<SimulatedKind | 'List', readonly string[]>> = {
  ...(Object.fromEntries(
    Object.values(SIMULATED_KINDS).map((info) => [info.kind, info.apiVersions]),
  ) as Record<SimulatedKind, readonly string[]>),
  List: ['v1'],
};

export type SchemaKind = keyof typeof SCHEMA_KINDS;

export const SCHEMA_KIND_NAMES = Object.keys(SCHEMA_KINDS) as SchemaKind[];

/**
 * A Kubernetes built-in API group has no dot (`apps`, `batch`) or ends in `.k8s.io`; a CRD's group always has a
 * dot. Kinds are only matched within their own family, so Knative's `serving.knative.dev/v1` Service or Cluster
 * API's `cluster.x-k8s.io` Cluster are left alone, while `apiVersion: v1` on a Deployment is still caught.
 */
const BUILTIN_GROUP = '^(v[0-9][a-z0-9]*|[a-z0-9-]+/v[0-9][a-z0-9]*|[a-z0-9.-]+\\.k8s\\.io/v[0-9][a-z0-9]*)$';

/** For each kind, the apiVersions (as a regular expression) whose documents get that kind's schema. */
export const KIND_API_VERSION_PATTERN: Readonly<Record<SchemaKind, string>> = {
  Namespace: BUILTIN_GROUP,
  Node: BUILTIN_GROUP,
  Pod: BUILTIN_GROUP,
  Deployment: BUILTIN_GROUP,
  ReplicaSet: BUILTIN_GROUP,
  StatefulSet: BUILTIN_GROUP,
  DaemonSet: BUILTIN_GROUP,
  Job: BUILTIN_GROUP,
  Service: BUILTIN_GROUP,
  Endpoints: BUILTIN_GROUP,
  EndpointSlice: BUILTIN_GROUP,
  NetworkPolicy: BUILTIN_GROUP,
  Ingress: BUILTIN_GROUP,
  IngressClass: BUILTIN_GROUP,
  ConfigMap: BUILTIN_GROUP,
  IPPool: '^(crd\\.)?projectcalico\\.org/',
  Cluster: '^packetwalk\\.dev/',
  List: BUILTIN_GROUP,
};

export function isSchemaKind(kind: unknown): kind is SchemaKind {
  return typeof kind === 'string' && Object.hasOwn(SCHEMA_KINDS, kind);
}

/**
 * The schema kind a document is checked against, by the same rule the editor schema applies: its `kind` is
 * known and its `apiVersion` (when present) belongs to that kind's family. Undefined for anything else.
 */
export function schemaKindOf(apiVersion: unknown, kind: unknown): SchemaKind | undefined {
  if (!isSchemaKind(kind)) return undefined;
  if (typeof apiVersion === 'string' && !new RegExp(KIND_API_VERSION_PATTERN[kind], 'u').test(apiVersion)) {
    return undefined;
  }
  return kind;
}
