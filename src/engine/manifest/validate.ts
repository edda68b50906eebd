/**
 * Shape checks for the Kubernetes kinds, by kubernetes-models' validators (the OpenAPI schemas of the API
 * server, compiled with ajv). Their findings become {@link SchemaIssue}s, minus the ones that would flag
 * manifests a real cluster accepts.
 */
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Node } from 'kubernetes-models/v1/Node';
import { Pod } from 'kubernetes-models/v1/Pod';
import { Service } from 'kubernetes-models/v1/Service';
import { Endpoints } from 'kubernetes-models/v1/Endpoints';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { ReplicaSet } from 'kubernetes-models/apps/v1/ReplicaSet';
import { StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { DaemonSet } from 'kubernetes-models/apps/v1/DaemonSet';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { EndpointSlice } from 'kubernetes-models/discovery.k8s.io/v1/EndpointSlice';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { IngressClass } from 'kubernetes-models/networking.k8s.io/v1/IngressClass';
import type { SchemaIssue } from './issues.ts';
import type { JsonObject } from './json.ts';
import type { SimulatedKind } from './types.ts';

/** The simulated kinds that Kubernetes itself defines (the others are Calico's and ours). */
export type BuiltinKind = Exclude<SimulatedKind, 'IPPool' | 'Cluster'>;

type ModelClass = new (data: never) => { validate(): void };

const MODELS: { readonly [K in BuiltinKind]: ModelClass } = {
  Namespace,
  Node,
  Pod,
  Service,
  Endpoints,
  ConfigMap,
  Deployment,
  ReplicaSet,
  StatefulSet,
  DaemonSet,
  Job,
  EndpointSlice,
  NetworkPolicy,
  Ingress,
  IngressClass,
};

export function isBuiltinKind(kind: SimulatedKind): kind is BuiltinKind {
  return Object.hasOwn(MODELS, kind);
}

/** The part of an ajv error we read. */
interface AjvError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
}

function isAjvError(value: unknown): value is AjvError {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e['instancePath'] === 'string' &&
    typeof e['keyword'] === 'string' &&
    typeof e['params'] === 'object'
  );
}

/** The errors a kubernetes-models ValidationError carries (thrown values of any other shape carry none). */
function ajvErrors(thrown: unknown): readonly AjvError[] {
  if (typeof thrown !== 'object' || thrown === null || !('errors' in thrown)) return [];
  const errors: unknown = thrown.errors;
  return Array.isArray(errors) ? errors.filter(isAjvError) : [];
}

/** Schema type names in the words a YAML author uses. */
function yamlType(type: unknown): string {
  if (type === 'object') return 'mapping';
  if (type === 'array') return 'list';
  return String(type);
}

const FORMAT_NAMES: Readonly<Record<string, string>> = {
  'date-time': 'RFC 3339 date-time',
  byte: 'base64',
  double: 'number',
};

/**
 * Issues the API server would not raise for manifests as people write them:
 * - `apiVersion`/`kind`: the loader picked the validator by kind and reports versions itself (PW014);
 * - under `status`, anything but a wrong type: status is written by the cluster (copied from
 *   `kubectl get -o yaml` it may use enum values newer than these schemas, or be partial when written by
 *   hand to pin a pod IP), and it only matters to us where it has the wrong type.
 */
function spurious(error: AjvError): boolean {
  const path = error.instancePath;
  if (path === '/apiVersion' || path === '/kind') return true;
  return (path === '/status' || path.startsWith('/status/')) && error.keyword !== 'type';
}

function toIssues(errors: readonly AjvError[]): SchemaIssue[] {
  const byPath = new Map<string, AjvError[]>();
  for (const error of errors) {
    if (spurious(error)) continue;
    const group = byPath.get(error.instancePath) ?? [];
    group.push(error);
    byPath.set(error.instancePath, group);
  }
  const issues: SchemaIssue[] = [];
  for (const [pointer, group] of byPath) {
    // An int-or-string that is neither: ajv reports each branch of the oneOf and then the oneOf itself.
    if (group.some((e) => e.keyword === 'oneOf')) {
      const expected = new Set<string>();
      for (const e of group) {
        if (e.keyword === 'type') expected.add(yamlType(e.params['type']));
        if (e.keyword === 'format') expected.add('integer');
      }
      issues.push({ problem: 'type', pointer, expected: [...expected].sort() });
      continue;
    }
    for (const e of group) {
      if (e.keyword === 'type')
        issues.push({ problem: 'type', pointer, expected: [yamlType(e.params['type'])] });
      else if (e.keyword === 'enum') {
        const allowed = e.params['allowedValues'];
        issues.push({ problem: 'enum', pointer, allowed: Array.isArray(allowed) ? allowed : [] });
      } else if (e.keyword === 'required') {
        issues.push({ problem: 'required', pointer, field: String(e.params['missingProperty']) });
      } else {
        const format = String(e.params['format'] ?? e.keyword);
        issues.push({ problem: 'format', pointer, format: FORMAT_NAMES[format] ?? format });
      }
    }
  }
  return issues;
}

/** The issues with a Kubernetes object's shape (its data as loaded: nulls already dropped). */
export function validateBuiltin(kind: BuiltinKind, data: JsonObject): SchemaIssue[] {
  try {
    new MODELS[kind](data as never).validate();
    return [];
  } catch (thrown) {
    return toIssues(ajvErrors(thrown));
  }
}
