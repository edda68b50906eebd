/**
 * The model's traffic objects: Services, their EndpointSlices, the cloud load balancers in front of them,
 * Ingresses and their classes, NetworkPolicies, and the DNS records CoreDNS serves. Re-exported by
 * `types.ts`; import from there.
 */
import type { INetworkPolicySpec } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicySpec';
import type { Cidr } from '../net/cidr.ts';
import type { IPv4 } from '../net/ipv4.ts';
import type { Port, Protocol } from '../net/port.ts';
import type { Labels, NodeName, PodRef, Provenance, ServiceRef } from './types.ts';

// ---------------------------------------------------------------------------------------------------------
// Services, endpoints, load balancers, ingress

export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';

export interface ServicePortModel {
  readonly name?: string;
  readonly port: Port;
  readonly protocol: Protocol;
  /** A number, or a container port name resolved per pod by the EndpointSlice controller. */
  readonly targetPort: Port | string;
  readonly nodePort?: Port;
  readonly appProtocol?: string;
}

export type SessionAffinity =
  { readonly type: 'None' } | { readonly type: 'ClientIP'; readonly timeoutSeconds: number };

/** Where a Service's endpoints come from: its selector, EndpointSlices/Endpoints in the manifests, or nowhere. */
export type EndpointSource = 'selector' | 'manifest' | 'none';

export interface ServiceModel {
  readonly ref: ServiceRef;
  readonly name: string;
  readonly namespace: string;
  readonly type: ServiceType;
  /** `clusterIP: None`: DNS returns the endpoints, kube-proxy writes no rules. */
  readonly headless: boolean;
  readonly clusterIP?: IPv4;
  readonly externalName?: string;
  /** Undefined when the Service has no selector (endpoints come from the manifests, if at all). */
  readonly selector?: Labels;
  readonly ports: readonly ServicePortModel[];
  readonly externalIPs: readonly IPv4[];
  /** `status.loadBalancer.ingress` IPs (given or assigned by the modelled cloud load balancer). */
  readonly loadBalancerIPs: readonly IPv4[];
  readonly loadBalancerSourceRanges: readonly Cidr[];
  readonly externalTrafficPolicy: 'Cluster' | 'Local';
  readonly internalTrafficPolicy: 'Cluster' | 'Local';
  readonly healthCheckNodePort?: Port;
  readonly sessionAffinity: SessionAffinity;
  readonly publishNotReadyAddresses: boolean;
  readonly endpointSource: EndpointSource;
  readonly labels: Labels;
  readonly provenance: Provenance;
}

export interface EndpointConditions {
  readonly ready: boolean;
  readonly serving: boolean;
  readonly terminating: boolean;
}

export interface EndpointModel {
  readonly addresses: readonly IPv4[];
  readonly conditions: EndpointConditions;
  /** Absent: the endpoint is not local to any node (no externalTrafficPolicy: Local delivery). */
  readonly nodeName?: NodeName;
  readonly hostname?: string;
  readonly targetRef?: PodRef;
  readonly zone?: string;
}

export interface EndpointPortModel {
  readonly name?: string;
  readonly port: Port;
  readonly protocol: Protocol;
  readonly appProtocol?: string;
}

export interface EndpointSliceModel {
  readonly name: string;
  readonly namespace: string;
  readonly service: ServiceRef;
  readonly addressType: 'IPv4';
  readonly ports: readonly EndpointPortModel[];
  readonly endpoints: readonly EndpointModel[];
  /** `endpointslice.kubernetes.io/managed-by`, or `manifest` for slices written by hand. */
  readonly managedBy: string;
  readonly provenance: Provenance;
}

/** The cloud load balancer in front of the nodes for one `type: LoadBalancer` Service. */
export interface LoadBalancerModel {
  readonly service: ServiceRef;
  readonly ips: readonly IPv4[];
  /** `status` when the manifests gave `status.loadBalancer.ingress`, else `allocated` (198.51.100.0/24). */
  readonly ipSource: 'status' | 'allocated';
  readonly ports: readonly { readonly port: Port; readonly protocol: Protocol; readonly nodePort?: Port }[];
  /** Every node is a target; the health check decides which receive traffic. */
  readonly targetNodes: readonly NodeName[];
  /** Cluster policy: all nodes. Local: only nodes with a ready local endpoint (healthCheckNodePort says so). */
  readonly healthyNodes: readonly NodeName[];
  readonly healthCheckNodePort?: Port;
  readonly sourceRanges: readonly Cidr[];
}

export interface IngressClassModel {
  readonly name: string;
  readonly controller: string;
  readonly isDefault: boolean;
  readonly provenance: Provenance;
}

export interface IngressBackendModel {
  readonly service: ServiceRef;
  readonly port: Port | string;
}

export interface IngressPathModel {
  readonly path: string;
  readonly pathType: 'Exact' | 'Prefix' | 'ImplementationSpecific';
  readonly backend?: IngressBackendModel;
}

export interface IngressRuleModel {
  /** Undefined: any host. */
  readonly host?: string;
  readonly paths: readonly IngressPathModel[];
}

export interface IngressModel {
  readonly ref: string;
  readonly name: string;
  readonly namespace: string;
  /** The class that applies (explicit, or the default IngressClass). */
  readonly className?: string;
  readonly controller?: string;
  /** The Service of the controller that serves this Ingress; undefined when nothing does. */
  readonly servedBy?: ServiceRef;
  readonly rules: readonly IngressRuleModel[];
  readonly defaultBackend?: IngressBackendModel;
  readonly tls: readonly { readonly hosts: readonly string[]; readonly secretName?: string }[];
  /** `metadata.annotations`: ingress-nginx reads its per-Ingress settings (rewrite-target, use-regex) here. */
  readonly annotations: Labels;
  readonly provenance: Provenance;
}

export interface NetworkPolicyModel {
  readonly ref: string;
  readonly name: string;
  readonly namespace: string;
  readonly spec: INetworkPolicySpec;
  readonly provenance: Provenance;
}

// ---------------------------------------------------------------------------------------------------------
// DNS

interface DnsRecordBase {
  /** Fully qualified, with the trailing dot. */
  readonly name: string;
  readonly ttl: number;
}

/** The records CoreDNS's kubernetes plugin serves (kubernetes/dns specification). */
export type DnsRecord =
  | (DnsRecordBase & { readonly type: 'A'; readonly ip: IPv4 })
  | (DnsRecordBase & {
      readonly type: 'SRV';
      readonly priority: number;
      readonly weight: number;
      readonly port: Port;
      readonly target: string;
    })
  | (DnsRecordBase & { readonly type: 'CNAME'; readonly target: string })
  | (DnsRecordBase & { readonly type: 'PTR'; readonly target: string })
  | (DnsRecordBase & { readonly type: 'TXT'; readonly text: string });

export type DnsRecordType = DnsRecord['type'];
