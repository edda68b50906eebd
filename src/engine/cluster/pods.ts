/**
 * Pods as the API server reports them once scheduled and networked: node, IP, containers and their ports,
 * phase and readiness, owner, DNS identity and resolv.conf. Readiness follows `status.conditions` where the
 * manifests give it; a pod packetwalk created (or one without status) is Running and Ready once it has a
 * node and an IP.
 */
import type { IContainer } from 'kubernetes-models/v1/Container';
import { parsePort, parseProtocol } from '../net/port.ts';
import { dnsPolicyOf, resolvConf } from './dns.ts';
import { toPodRef } from './ids.ts';
import type { PodAddress } from './ipam.ts';
import type { Reporter } from './report.ts';
import type { ClusterSettings, ContainerModel, NodeName, PodModel, PodPhase, ResolvConf } from './types.ts';
import type { PodDraft } from './workloads.ts';

function containers(list: readonly IContainer[] | undefined): ContainerModel[] {
  return (list ?? []).map((c) => ({
    name: String(c.name),
    ...(c.image === undefined ? {} : { image: c.image }),
    ports: (c.ports ?? []).flatMap((p) => {
      const containerPort = parsePort(p.containerPort);
      if (containerPort === undefined) return [];
      const hostPort = parsePort(p.hostPort);
      return [
        {
          ...(p.name === undefined || p.name === '' ? {} : { name: p.name }),
          containerPort,
          protocol: parseProtocol(p.protocol) ?? 'TCP',
          ...(hostPort === undefined ? {} : { hostPort }),
        },
      ];
    }),
  }));
}

function phaseOf(draft: PodDraft, node: NodeName | undefined, address: PodAddress): PodPhase {
  const given = draft.status?.phase;
  if (given !== undefined) return given;
  return node !== undefined && address.ip !== undefined ? 'Running' : 'Pending';
}

export function buildPod(
  draft: PodDraft,
  node: NodeName | undefined,
  address: PodAddress,
  settings: ClusterSettings,
  report: Reporter,
  resolvCache?: Map<string, ResolvConf>,
): PodModel | undefined {
  const ref = toPodRef(draft.namespace, draft.name);
  if (ref === undefined) return undefined;
  const phase = phaseOf(draft, node, address);
  const readyCondition = (draft.status?.conditions ?? []).find((c) => c.type === 'Ready');
  const ready =
    phase === 'Running' &&
    address.ip !== undefined &&
    (readyCondition === undefined || readyCondition.status === 'True');
  const hostNetwork = draft.spec.hostNetwork === true;
  const dnsPolicy = dnsPolicyOf(draft.spec.dnsPolicy);
  return {
    ref,
    name: draft.name,
    namespace: draft.namespace,
    labels: draft.labels,
    ...(node === undefined ? {} : { node }),
    ...(address.ip === undefined ? {} : { ip: address.ip }),
    ipSource: address.source,
    ...(address.hostIP === undefined ? {} : { hostIP: address.hostIP }),
    hostNetwork,
    containers: containers(draft.spec.containers),
    phase,
    ready,
    terminating: draft.terminating,
    ...(draft.owner === undefined ? {} : { owner: draft.owner }),
    ...(draft.workload === undefined ? {} : { workload: draft.workload }),
    ...(draft.hostname === undefined ? {} : { hostname: draft.hostname }),
    ...(draft.subdomain === undefined ? {} : { subdomain: draft.subdomain }),
    dnsPolicy,
    resolvConf: resolvConf(
      {
        namespace: draft.namespace,
        label: draft.workloadLabel,
        hostNetwork,
        dnsPolicy,
        ...(draft.spec.dnsConfig === undefined ? {} : { dnsConfig: draft.spec.dnsConfig }),
      },
      settings,
      { ...draft.where, pointer: `${draft.specPointer}/dnsPolicy` },
      report,
      resolvCache,
    ),
    provenance: draft.provenance,
  };
}
