/**
 * The kinds packetwalk simulates: which apiVersions it reads for each, which API groups the kind has lived in
 * (so `extensions/v1beta1 Ingress` is an old Ingress, PW014, while `cluster.x-k8s.io/v1beta1 Cluster` is
 * someone else's kind altogether, PW008), and which are cluster-scoped.
 */
import type { SimulatedKind } from './types.ts';

export interface KindInfo {
  readonly kind: SimulatedKind;
  /** The apiVersions read as they are; the first is the one to suggest. */
  readonly apiVersions: readonly string[];
  /** Groups where other (older or newer) versions of this kind live. `''` is the core group (`v1`). */
  readonly groups: readonly string[];
  readonly clusterScoped: boolean;
}

function info(
  kind: SimulatedKind,
  apiVersions: readonly string[],
  groups: readonly string[],
  clusterScoped = false,
) {
  return { kind, apiVersions, groups, clusterScoped };
}

const CORE = [''];
const APPS = ['apps', 'extensions'];
const NETWORKING = ['networking.k8s.io', 'extensions'];

export const SIMULATED_KINDS: { readonly [K in SimulatedKind]: KindInfo } = {
  Namespace: info('Namespace', ['v1'], CORE, true),
  Node: info('Node', ['v1'], CORE, true),
  Pod: info('Pod', ['v1'], CORE),
  Deployment: info('Deployment', ['apps/v1'], APPS),
  ReplicaSet: info('ReplicaSet', ['apps/v1'], APPS),
  StatefulSet: info('StatefulSet', ['apps/v1'], ['apps']),
  DaemonSet: info('DaemonSet', ['apps/v1'], APPS),
  Job: info('Job', ['batch/v1'], ['batch']),
  Service: info('Service', ['v1'], CORE),
  Endpoints: info('Endpoints', ['v1'], CORE),
  EndpointSlice: info('EndpointSlice', ['discovery.k8s.io/v1'], ['discovery.k8s.io']),
  NetworkPolicy: info('NetworkPolicy', ['networking.k8s.io/v1'], NETWORKING),
  Ingress: info('Ingress', ['networking.k8s.io/v1'], NETWORKING),
  IngressClass: info('IngressClass', ['networking.k8s.io/v1'], ['networking.k8s.io'], true),
  ConfigMap: info('ConfigMap', ['v1'], CORE),
  IPPool: info(
    'IPPool',
    ['crd.projectcalico.org/v1', 'projectcalico.org/v3'],
    ['crd.projectcalico.org', 'projectcalico.org'],
    true,
  ),
  Cluster: info('Cluster', ['packetwalk.dev/v1alpha1'], ['packetwalk.dev'], true),
};

/** Common cluster-scoped kinds packetwalk does not simulate, so their ids carry no namespace. */
const UNSIMULATED_CLUSTER_SCOPED = new Set([
  'APIService',
  'CertificateSigningRequest',
  'ClusterIssuer',
  'ClusterRole',
  'ClusterRoleBinding',
  'CSIDriver',
  'CSINode',
  'CustomResourceDefinition',
  'GatewayClass',
  'MutatingWebhookConfiguration',
  'PersistentVolume',
  'PriorityClass',
  'RuntimeClass',
  'StorageClass',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'VolumeAttachment',
]);

/** The API group of an apiVersion: `apps/v1` -> `apps`, `v1` -> `` (core). */
export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.lastIndexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

/** How packetwalk reads an object with this apiVersion and kind. */
export type Classification =
  | { readonly simulated: true; readonly info: KindInfo; readonly knownVersion: boolean }
  | { readonly simulated: false; readonly clusterScoped: boolean };

export function classify(apiVersion: string, kind: string): Classification {
  const known = Object.hasOwn(SIMULATED_KINDS, kind) ? SIMULATED_KINDS[kind as SimulatedKind] : undefined;
  if (known !== undefined) {
    if (known.apiVersions.includes(apiVersion)) return { simulated: true, info: known, knownVersion: true };
    if (known.groups.includes(apiGroup(apiVersion)))
      return { simulated: true, info: known, knownVersion: false };
  }
  return { simulated: false, clusterScoped: UNSIMULATED_CLUSTER_SCOPED.has(kind) };
}
