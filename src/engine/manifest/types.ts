/**
 * What loading manifests produces: the objects the user's YAML describes, typed for the kinds packetwalk
 * simulates, each remembering where it came from, plus every diagnostic found on the way.
 */
import type { IPod } from 'kubernetes-models/v1/Pod';
import type { INode } from 'kubernetes-models/v1/Node';
import type { INamespace } from 'kubernetes-models/v1/Namespace';
import type { IService } from 'kubernetes-models/v1/Service';
import type { IEndpoints } from 'kubernetes-models/v1/Endpoints';
import type { IConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IReplicaSet } from 'kubernetes-models/apps/v1/ReplicaSet';
import type { IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import type { IDaemonSet } from 'kubernetes-models/apps/v1/DaemonSet';
import type { IJob } from 'kubernetes-models/batch/v1/Job';
import type { IEndpointSlice } from 'kubernetes-models/discovery.k8s.io/v1/EndpointSlice';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import type { IIngress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import type { IIngressClass } from 'kubernetes-models/networking.k8s.io/v1/IngressClass';
import type { Diagnostic, SourcePosition } from '../diagnostics.ts';

/** One file the user gave us, by name (a path for the CLI, a tab name in the app). */
export interface SourceFile {
  readonly name: string;
  readonly text: string;
}

/** Calico's IPPool (crd.projectcalico.org/v1 or projectcalico.org/v3): only the fields that shape packets. */
export interface ICalicoIPPool {
  readonly apiVersion: 'crd.projectcalico.org/v1' | 'projectcalico.org/v3';
  readonly kind: 'IPPool';
  readonly metadata?: { readonly name?: string; readonly labels?: Readonly<Record<string, string>> };
  readonly spec?: {
    readonly cidr?: string;
    readonly ipipMode?: 'Always' | 'CrossSubnet' | 'Never';
    readonly vxlanMode?: 'Always' | 'CrossSubnet' | 'Never';
    readonly natOutgoing?: boolean;
    readonly blockSize?: number;
    readonly disabled?: boolean;
    readonly nodeSelector?: string;
  };
}

/** A node as the packetwalk Cluster document declares it. */
export interface ClusterNodeSpec {
  readonly name: string;
  readonly ip: string;
  readonly podCIDR?: string;
  readonly role?: 'control-plane' | 'worker';
}

/** packetwalk.dev/v1alpha1 Cluster: everything the manifests leave open (DESIGN.md, "Input"). */
export interface IPacketwalkCluster {
  readonly apiVersion: 'packetwalk.dev/v1alpha1';
  readonly kind: 'Cluster';
  readonly metadata?: { readonly name?: string };
  readonly spec?: {
    readonly podCIDR?: string;
    readonly serviceCIDR?: string;
    readonly clusterDomain?: string;
    readonly nodePortRange?: string;
    readonly cni?: {
      readonly plugin?: 'flannel' | 'calico' | 'cilium' | 'weave' | 'canal';
      readonly mode?: string;
    };
    readonly kubeProxy?: {
      readonly mode?: 'iptables' | 'ipvs' | 'nftables' | 'none';
      readonly scheduler?: string;
      readonly masqueradeAll?: boolean;
    };
    readonly nodes?: readonly ClusterNodeSpec[];
    readonly externalClients?: readonly { readonly name: string; readonly ip: string }[];
    readonly upstreamDNS?: string;
  };
}

/**
 * The kinds packetwalk simulates, keyed by `kind`. Objects of these kinds reach the cluster model typed; any
 * other kind is kept as {@link UnsimulatedObject} and reported once as "not simulated" (info).
 */
export interface SimulatedKinds {
  Namespace: INamespace;
  Node: INode;
  Pod: IPod;
  Deployment: IDeployment;
  ReplicaSet: IReplicaSet;
  StatefulSet: IStatefulSet;
  DaemonSet: IDaemonSet;
  Job: IJob;
  Service: IService;
  Endpoints: IEndpoints;
  EndpointSlice: IEndpointSlice;
  NetworkPolicy: INetworkPolicy;
  Ingress: IIngress;
  IngressClass: IIngressClass;
  ConfigMap: IConfigMap;
  IPPool: ICalicoIPPool;
  Cluster: IPacketwalkCluster;
}

export type SimulatedKind = keyof SimulatedKinds;

/** Where an object came from: its file, its document's index in that file, and its first line. */
export interface ObjectOrigin extends SourcePosition {
  /** 0-based index of the YAML document within the file. */
  readonly document: number;
  /** For an item unwrapped from `kind: List`, its index in `items`. */
  readonly listItem?: number;
}

/**
 * A JSON pointer (RFC 6901, e.g. `/spec/ports/0/targetPort`) into an object's data, mapped to the place in the
 * file where that value starts. Lets later stages put a diagnostic on the exact field.
 */
export type FieldPositions = Readonly<Record<string, SourcePosition>>;

interface LoadedBase {
  /** `<kind>/<namespace>/<name>` for namespaced kinds, `<kind>/<name>` otherwise: unique in one load. */
  readonly id: string;
  readonly apiVersion: string;
  readonly name: string;
  /** The namespace as written, or `default` for namespaced kinds that omit it; undefined for cluster-scoped. */
  readonly namespace: string | undefined;
  readonly origin: ObjectOrigin;
  readonly positions: FieldPositions;
}

/** An object of a simulated kind, its data typed as kubernetes-models (or our own types) describe it. */
export type SimulatedObject = {
  [K in SimulatedKind]: LoadedBase & {
    readonly kind: K;
    readonly simulated: true;
    readonly data: SimulatedKinds[K];
  };
}[SimulatedKind];

/** An object of a kind packetwalk does not simulate (ServiceAccount, Secret, ...): kept, not interpreted. */
export interface UnsimulatedObject extends LoadedBase {
  readonly kind: string;
  readonly simulated: false;
  readonly data: Readonly<Record<string, unknown>>;
}

export type LoadedObject = SimulatedObject | UnsimulatedObject;

/** The result of {@link loadManifests}: objects in file order, then document order; diagnostics sorted. */
export interface LoadResult {
  readonly files: readonly string[];
  readonly objects: readonly LoadedObject[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Narrow a loaded object to one simulated kind. */
export function isKind<K extends SimulatedKind>(
  o: LoadedObject,
  kind: K,
): o is Extract<SimulatedObject, { kind: K }> {
  return o.simulated && o.kind === kind;
}
