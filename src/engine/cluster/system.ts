/**
 * What every kubeadm cluster has without anyone writing YAML for it, added unless the manifests already
 * carry it: the `kubernetes` Service and its API server endpoints, CoreDNS (`coredns` Deployment and the
 * `kube-dns` Service, as kubeadm's add-on manifests declare them), and — when an Ingress exists and no
 * controller is there to serve it — ingress-nginx behind a LoadBalancer Service with IngressClass `nginx`.
 */
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IEndpointSlice } from 'kubernetes-models/discovery.k8s.io/v1/EndpointSlice';
import type { IIngressClass } from 'kubernetes-models/networking.k8s.io/v1/IngressClass';
import type { INamespace } from 'kubernetes-models/v1/Namespace';
import type { IService } from 'kubernetes-models/v1/Service';
import type { SimulatedKind, SimulatedKinds } from '../manifest/types.ts';
import type { Inputs, Source } from './inputs.ts';
import { matchesMap, toLabels } from './labels.ts';
import type { NodeSpec } from './nodes.ts';
import type { ClusterSettings, Labels, SystemComponent } from './types.ts';

export const COREDNS_LABELS: Labels = { 'k8s-app': 'kube-dns' };
export const INGRESS_NGINX_LABELS: Labels = {
  'app.kubernetes.io/component': 'controller',
  'app.kubernetes.io/instance': 'ingress-nginx',
  'app.kubernetes.io/name': 'ingress-nginx',
};
export const INGRESS_NGINX_CONTROLLER = 'k8s.io/ingress-nginx';

function source<K extends SimulatedKind>(
  kind: K,
  namespace: string,
  name: string,
  component: SystemComponent,
  data: SimulatedKinds[K],
): Source<K> {
  return {
    kind,
    id: namespace === '' ? `${kind}/${name}` : `${kind}/${namespace}/${name}`,
    name,
    namespace,
    data,
    provenance: { from: 'system', component },
    positions: {},
  };
}

/** Pod template labels of every workload (and the labels of every Pod) in a namespace. */
function podLabelsIn(inputs: Inputs, namespace: string): Labels[] {
  const b = inputs.byKind;
  const templates = [...b.Deployment, ...b.ReplicaSet, ...b.StatefulSet, ...b.DaemonSet, ...b.Job]
    .filter((s) => s.namespace === namespace || namespace === '*')
    .map((s) => toLabels(s.data.spec?.template?.metadata?.labels));
  const pods = b.Pod.filter((s) => s.namespace === namespace || namespace === '*').map((s) =>
    toLabels(s.data.metadata?.labels),
  );
  return [...templates, ...pods];
}

function hasService(inputs: Inputs, namespace: string, name: string): boolean {
  return inputs.byKind.Service.some((s) => s.namespace === namespace && s.name === name);
}

function kubernetesService(settings: ClusterSettings): IService {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: 'kubernetes',
      namespace: 'default',
      labels: { component: 'apiserver', provider: 'kubernetes' },
    },
    spec: {
      type: 'ClusterIP',
      clusterIP: settings.kubernetesServiceIP,
      ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
      sessionAffinity: 'None',
    },
  };
}

/**
 * The API server's own endpoints: one per control-plane node, on 6443. The reconciler inside kube-apiserver
 * writes them without `nodeName` or `targetRef`, so they are not "local" to any node.
 */
function kubernetesEndpointSlice(nodes: readonly NodeSpec[]): IEndpointSlice {
  const planes = nodes.filter((n) => n.role === 'control-plane');
  const servers = planes.length > 0 ? planes : nodes.slice(0, 1);
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: {
      name: 'kubernetes',
      namespace: 'default',
      labels: { 'kubernetes.io/service-name': 'kubernetes' },
    },
    addressType: 'IPv4',
    endpoints: servers.map((n) => ({ addresses: [n.internalIP], conditions: { ready: true } })),
    ports: [{ name: 'https', port: 6443, protocol: 'TCP' }],
  };
}

function kubeDnsService(settings: ClusterSettings): IService {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: 'kube-dns',
      namespace: 'kube-system',
      labels: {
        'k8s-app': 'kube-dns',
        'kubernetes.io/cluster-service': 'true',
        'kubernetes.io/name': 'CoreDNS',
      },
    },
    spec: {
      type: 'ClusterIP',
      clusterIP: settings.dnsServiceIP,
      selector: { ...COREDNS_LABELS },
      ports: [
        { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
        { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
        { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
      ],
    },
  };
}

/** kubeadm's CoreDNS Deployment: 2 replicas, tolerating the control-plane taint, `dnsPolicy: Default`. */
function corednsDeployment(): IDeployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'coredns', namespace: 'kube-system', labels: { ...COREDNS_LABELS } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { ...COREDNS_LABELS } },
      template: {
        metadata: { labels: { ...COREDNS_LABELS } },
        spec: {
          priorityClassName: 'system-cluster-critical',
          serviceAccountName: 'coredns',
          tolerations: [
            { key: 'CriticalAddonsOnly', operator: 'Exists' },
            { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' },
          ],
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          dnsPolicy: 'Default',
          containers: [
            {
              name: 'coredns',
              image: 'registry.k8s.io/coredns/coredns:v1.11.3',
              ports: [
                { name: 'dns', containerPort: 53, protocol: 'UDP' },
                { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
                { name: 'metrics', containerPort: 9153, protocol: 'TCP' },
              ],
            },
          ],
        },
      },
    },
  };
}

function ingressNginx(): Source<SimulatedKind>[] {
  const ns = 'ingress-nginx';
  const namespace: INamespace = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } };
  const deployment: IDeployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'ingress-nginx-controller', namespace: ns, labels: { ...INGRESS_NGINX_LABELS } },
    spec: {
      replicas: 1,
      selector: { matchLabels: { ...INGRESS_NGINX_LABELS } },
      template: {
        metadata: { labels: { ...INGRESS_NGINX_LABELS } },
        spec: {
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          dnsPolicy: 'ClusterFirst',
          containers: [
            {
              name: 'controller',
              image: 'registry.k8s.io/ingress-nginx/controller:v1.11.3',
              ports: [
                { name: 'http', containerPort: 80, protocol: 'TCP' },
                { name: 'https', containerPort: 443, protocol: 'TCP' },
                { name: 'webhook', containerPort: 8443, protocol: 'TCP' },
              ],
            },
          ],
        },
      },
    },
  };
  // The cloud flavour of the upstream deploy.yaml: a LoadBalancer with externalTrafficPolicy Local.
  const service: IService = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'ingress-nginx-controller', namespace: ns, labels: { ...INGRESS_NGINX_LABELS } },
    spec: {
      type: 'LoadBalancer',
      externalTrafficPolicy: 'Local',
      selector: { ...INGRESS_NGINX_LABELS },
      ports: [
        { name: 'http', port: 80, protocol: 'TCP', targetPort: 'http', appProtocol: 'http' },
        { name: 'https', port: 443, protocol: 'TCP', targetPort: 'https', appProtocol: 'https' },
      ],
    },
  };
  const admission: IService = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: 'ingress-nginx-controller-admission',
      namespace: ns,
      labels: { ...INGRESS_NGINX_LABELS },
    },
    spec: {
      type: 'ClusterIP',
      selector: { ...INGRESS_NGINX_LABELS },
      ports: [
        { name: 'https-webhook', port: 443, protocol: 'TCP', targetPort: 'webhook', appProtocol: 'https' },
      ],
    },
  };
  return [
    source('Namespace', '', ns, 'ingress-nginx', namespace),
    source('Deployment', ns, 'ingress-nginx-controller', 'ingress-nginx', deployment),
    source('Service', ns, 'ingress-nginx-controller', 'ingress-nginx', service),
    source('Service', ns, 'ingress-nginx-controller-admission', 'ingress-nginx', admission),
  ];
}

/** IngressClass `nginx`, marked default (as minikube's ingress add-on does) so class-less Ingresses work. */
function nginxClass(): Source<'IngressClass'> {
  const data: IIngressClass = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'IngressClass',
    metadata: {
      name: 'nginx',
      labels: { ...INGRESS_NGINX_LABELS },
      annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' },
    },
    spec: { controller: INGRESS_NGINX_CONTROLLER },
  };
  return source('IngressClass', '', 'nginx', 'ingress-nginx', data);
}

/** Whether the manifests run an ingress-nginx controller of their own (any namespace). */
export function hasIngressNginx(inputs: Inputs): boolean {
  return podLabelsIn(inputs, '*').some(
    (l) =>
      l['app.kubernetes.io/name'] === 'ingress-nginx' &&
      l['app.kubernetes.io/component'] !== 'admission-webhook',
  );
}

/** The system objects to add to these inputs. */
export function systemSources(
  inputs: Inputs,
  settings: ClusterSettings,
  nodes: readonly NodeSpec[],
): Source<SimulatedKind>[] {
  const out: Source<SimulatedKind>[] = [];
  if (!hasService(inputs, 'default', 'kubernetes')) {
    out.push(source('Service', 'default', 'kubernetes', 'kube-apiserver', kubernetesService(settings)));
  }
  const givenKubernetesEndpoints =
    inputs.byKind.EndpointSlice.some(
      (s) =>
        s.namespace === 'default' &&
        toLabels(s.data.metadata?.labels)['kubernetes.io/service-name'] === 'kubernetes',
    ) || inputs.byKind.Endpoints.some((s) => s.namespace === 'default' && s.name === 'kubernetes');
  if (!givenKubernetesEndpoints && nodes.length > 0) {
    out.push(
      source('EndpointSlice', 'default', 'kubernetes', 'kube-apiserver', kubernetesEndpointSlice(nodes)),
    );
  }
  if (!hasService(inputs, 'kube-system', 'kube-dns')) {
    out.push(source('Service', 'kube-system', 'kube-dns', 'coredns', kubeDnsService(settings)));
  }
  const hasCoredns =
    inputs.byKind.Deployment.some((s) => s.namespace === 'kube-system' && s.name === 'coredns') ||
    podLabelsIn(inputs, 'kube-system').some((l) => matchesMap(l, COREDNS_LABELS));
  if (!hasCoredns) out.push(source('Deployment', 'kube-system', 'coredns', 'coredns', corednsDeployment()));
  if (inputs.byKind.Ingress.length > 0 && !hasIngressNginx(inputs)) {
    out.push(
      ...ingressNginx().filter(
        (s) => !(s.kind === 'Namespace' && inputs.byKind.Namespace.some((n) => n.name === s.name)),
      ),
    );
    if (!inputs.byKind.IngressClass.some((s) => s.name === 'nginx')) out.push(nginxClass());
  }
  return out;
}
