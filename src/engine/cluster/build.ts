/**
 * buildCluster: loaded manifests → the complete, deterministic cluster a real control plane would have
 * produced from them. The order of the steps is the order a cluster comes up in: nodes and settings,
 * kubeadm's add-ons, controllers creating pods, the scheduler placing them, the CNI addressing them,
 * Services getting IPs and EndpointSlices, then DNS.
 */
import { compareDiagnostics, type Diagnostic } from '../diagnostics.ts';
import type { LoadResult } from '../manifest/types.ts';
import { buildDnsRecords } from './dns.ts';
import { buildEndpointSlices } from './endpoints.ts';
import { buildIngressClasses, buildIngresses, ingressNginxService } from './ingress.ts';
import { collectInputs, withSources } from './inputs.ts';
import { assignAddresses, type IpamResult } from './ipam.ts';
import { buildLoadBalancers } from './loadbalancers.ts';
import { buildNamespaces } from './namespaces.ts';
import type { NodeSpec } from './nodes.ts';
import { readNodeSpecs } from './nodes.ts';
import { buildPod } from './pods.ts';
import { createReporter } from './report.ts';
import { schedulePods } from './scheduling.ts';
import { indexPods } from './selection.ts';
import { buildServices } from './services.ts';
import { resolveSettings } from './settings.ts';
import { systemSources } from './system.ts';
import type {
  Cluster,
  ClusterNode,
  EndpointSliceModel,
  NetworkPolicyModel,
  PodModel,
  ResolvConf,
  ServiceModel,
} from './types.ts';
import {
  validateNetworks,
  validatePolicies,
  validateStatefulSets,
  validateUniqueAddresses,
} from './validate.ts';
import { expandWorkloads } from './workloads.ts';

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function finalizeNodes(specs: readonly NodeSpec[], ipam: IpamResult): ClusterNode[] {
  return specs.map((n) => {
    const ranges = ipam.ranges.get(n.name) ?? [];
    const first = ranges[0];
    return {
      name: n.name,
      role: n.role,
      internalIP: n.internalIP,
      ...(n.externalIP === undefined ? {} : { externalIP: n.externalIP }),
      labels: n.labels,
      taints: n.taints,
      unschedulable: n.unschedulable,
      ready: n.ready,
      ...(first === undefined ? {} : { podCIDR: first }),
      podCIDRs: [...ranges],
      cniAddresses: ipam.cniAddresses.get(n.name) ?? {},
      provenance: n.provenance,
    };
  });
}

/** Diagnostics in file/line/column/code order, ties broken by content so the order never depends on input order. */
function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => compareDiagnostics(a, b) || byString(JSON.stringify(a), JSON.stringify(b)));
}

function compareSlices(a: EndpointSliceModel, b: EndpointSliceModel): number {
  return byString(a.namespace, b.namespace) || byString(a.service, b.service) || byString(a.name, b.name);
}

export function buildCluster(load: LoadResult): Cluster {
  const base = collectInputs(load);
  const report = createReporter(load.files);

  const nodeSpecs = readNodeSpecs(base, report);
  const settings = resolveSettings(base, nodeSpecs.nodes, nodeSpecs.source, report);
  const inputs = withSources(base, systemSources(base, settings, nodeSpecs.nodes));
  validateNetworks(inputs, settings, report);

  const drafts = expandWorkloads(inputs, nodeSpecs.nodes, report);
  const placement = schedulePods(drafts, nodeSpecs.nodes, report);
  const ipam = assignAddresses(drafts, placement, nodeSpecs.nodes, settings, report);
  const nodes = finalizeNodes(nodeSpecs.nodes, ipam);

  const resolvCache = new Map<string, ResolvConf>();
  const built = drafts.flatMap((draft, i) => {
    const address = ipam.addresses[i] ?? { source: 'none' as const };
    const model = buildPod(draft, placement[i], address, settings, report, resolvCache);
    return model === undefined ? [] : [{ draft, model }];
  });
  const pods: PodModel[] = built.map((b) => b.model).sort((a, b) => byString(a.ref, b.ref));
  const index = indexPods(pods);

  const serviceDrafts = buildServices(inputs, settings, report);
  const endpoints = buildEndpointSlices(serviceDrafts, index, inputs, report);
  const services: ServiceModel[] = serviceDrafts.map((d) => {
    const { source: _source, portIndices: _portIndices, lbIPSource: _lbIPSource, ...model } = d;
    return { ...model, endpointSource: endpoints.sources.get(d.ref) ?? 'none' };
  });
  const endpointSlices = [...endpoints.slices].sort(compareSlices);
  const loadBalancers = buildLoadBalancers(serviceDrafts, endpointSlices, nodes);

  const ingressClasses = buildIngressClasses(inputs);
  const ingresses = buildIngresses(
    inputs,
    ingressClasses,
    services,
    ingressNginxService(services, index),
    report,
  );
  const networkPolicies: NetworkPolicyModel[] = inputs.byKind.NetworkPolicy.map((p) => ({
    ref: `${p.namespace}/${p.name}`,
    name: p.name,
    namespace: p.namespace,
    spec: p.data.spec ?? { podSelector: {} },
    provenance: p.provenance,
  }));

  validatePolicies(inputs, settings, report);
  validateStatefulSets(inputs, services, report);
  validateUniqueAddresses(
    nodeSpecs.nodes,
    built,
    serviceDrafts.map((d) => ({
      ...d,
      endpointSource: 'none' as const,
      where: { provenance: d.provenance, positions: d.source.positions },
    })),
    report,
  );
  const namespaces = buildNamespaces(inputs, [], report);
  const dnsRecords = buildDnsRecords(settings, services, endpointSlices, pods);

  return {
    settings,
    nodes,
    namespaces,
    pods,
    services,
    endpointSlices,
    loadBalancers,
    ingressClasses,
    ingresses,
    networkPolicies,
    dnsRecords,
    diagnostics: sortDiagnostics(report.diagnostics),
  };
}
