/**
 * EndpointSlices the manifests carry (hand-written for a selector-less Service, or dumped from a cluster),
 * taken as they are, and legacy Endpoints mirrored into slices the way the EndpointSliceMirroring
 * controller does. Conditions follow kube-proxy's reading: a missing `ready` or `serving` means true, a
 * missing `terminating` false.
 */
import type { IEndpointSlice } from 'kubernetes-models/discovery.k8s.io/v1/EndpointSlice';
import { compareIPv4, parseIPv4 } from '../net/ipv4.ts';
import { parsePort, parseProtocol } from '../net/port.ts';
import { nameSuffix } from './hash.ts';
import { toNodeName, toPodRef } from './ids.ts';
import type { Source } from './inputs.ts';
import { toLabels } from './labels.ts';
import { pointer, type Reporter } from './report.ts';
import type {
  EndpointModel,
  EndpointPortModel,
  EndpointSliceModel,
  Provenance,
  ServiceRef,
} from './types.ts';

export const MANAGED_BY_LABEL = 'endpointslice.kubernetes.io/managed-by';
export const MIRRORING_CONTROLLER = 'endpointslicemirroring-controller.k8s.io';

export function sliceName(service: string, seed: string): string {
  return `${service}-`.slice(0, 58) + nameSuffix(seed);
}

export function byAddress(a: EndpointModel, b: EndpointModel): number {
  const x = a.addresses[0];
  const y = b.addresses[0];
  return x === undefined || y === undefined ? 0 : compareIPv4(x, y);
}

export function givenSlice(
  s: Source<'EndpointSlice'>,
  service: ServiceRef,
  report: Reporter,
): EndpointSliceModel | undefined {
  const data: IEndpointSlice = s.data;
  if (data.addressType !== 'IPv4') return undefined;
  const endpoints = (data.endpoints ?? []).flatMap((e, i): EndpointModel[] => {
    const addresses = (e.addresses ?? []).flatMap((text, k) => {
      const ip = parseIPv4(String(text));
      if (ip === undefined) {
        report.report(
          'PW122',
          'error',
          {
            provenance: s.provenance,
            positions: s.positions,
            pointer: pointer('endpoints', i, 'addresses', k),
          },
          {
            object: `EndpointSlice ${s.namespace}/${s.name}`,
            field: 'endpoints[].addresses',
            value: String(text),
          },
        );
      }
      return ip === undefined ? [] : [ip];
    });
    if (addresses.length === 0) return [];
    const c = e.conditions ?? {};
    const node = e.nodeName === undefined ? undefined : toNodeName(e.nodeName);
    const ref =
      e.targetRef?.kind === 'Pod' && e.targetRef.name !== undefined
        ? toPodRef(e.targetRef.namespace ?? s.namespace, e.targetRef.name)
        : undefined;
    return [
      {
        addresses,
        conditions: {
          ready: c.ready !== false,
          serving: c.serving !== false,
          terminating: c.terminating === true,
        },
        ...(node === undefined ? {} : { nodeName: node }),
        ...(e.hostname === undefined ? {} : { hostname: e.hostname }),
        ...(ref === undefined ? {} : { targetRef: ref }),
        ...(e.zone === undefined ? {} : { zone: e.zone }),
      },
    ];
  });
  const ports = (data.ports ?? []).flatMap((p): EndpointPortModel[] => {
    const port = parsePort(p.port);
    if (port === undefined) return [];
    return [
      {
        ...(p.name === undefined || p.name === '' ? {} : { name: p.name }),
        port,
        protocol: parseProtocol(p.protocol) ?? 'TCP',
        ...(p.appProtocol === undefined ? {} : { appProtocol: p.appProtocol }),
      },
    ];
  });
  const label = toLabels(data.metadata?.labels)[MANAGED_BY_LABEL];
  return {
    name: s.name,
    namespace: s.namespace,
    service,
    addressType: 'IPv4',
    ports,
    endpoints,
    managedBy: label ?? (s.provenance.from === 'system' ? 'kube-apiserver' : 'manifest'),
    provenance: s.provenance,
  };
}

/** Legacy Endpoints, one slice per subset, as EndpointSliceMirroring writes them. */
export function mirrored(e: Source<'Endpoints'>, service: ServiceRef): EndpointSliceModel[] {
  const provenance: Provenance =
    e.provenance.from === 'manifest'
      ? {
          from: 'controller',
          controller: MIRRORING_CONTROLLER,
          objectId: e.provenance.objectId,
          origin: e.provenance.origin,
        }
      : e.provenance;
  return (e.data.subsets ?? []).map((subset, i) => {
    const toEndpoint =
      (ready: boolean) =>
      (a: {
        readonly ip: string;
        readonly nodeName?: string;
        readonly hostname?: string;
        readonly targetRef?: { readonly kind?: string; readonly name?: string; readonly namespace?: string };
      }): EndpointModel[] => {
        const ip = parseIPv4(String(a.ip));
        if (ip === undefined) return [];
        const node = a.nodeName === undefined ? undefined : toNodeName(a.nodeName);
        const ref =
          a.targetRef?.kind === 'Pod' && a.targetRef.name !== undefined
            ? toPodRef(a.targetRef.namespace ?? e.namespace, a.targetRef.name)
            : undefined;
        return [
          {
            addresses: [ip],
            conditions: { ready, serving: ready, terminating: false },
            ...(node === undefined ? {} : { nodeName: node }),
            ...(a.hostname === undefined ? {} : { hostname: a.hostname }),
            ...(ref === undefined ? {} : { targetRef: ref }),
          },
        ];
      };
    const ports = (subset.ports ?? []).flatMap((p): EndpointPortModel[] => {
      const port = parsePort(p.port);
      return port === undefined
        ? []
        : [
            {
              ...(p.name === undefined ? {} : { name: p.name }),
              port,
              protocol: parseProtocol(p.protocol) ?? 'TCP',
            },
          ];
    });
    return {
      name: sliceName(e.name, `${service}/mirror/${i}`),
      namespace: e.namespace,
      service,
      addressType: 'IPv4' as const,
      ports,
      endpoints: [
        ...(subset.addresses ?? []).flatMap(toEndpoint(true)),
        ...(subset.notReadyAddresses ?? []).flatMap(toEndpoint(false)),
      ].sort(byAddress),
      managedBy: MIRRORING_CONTROLLER,
      provenance,
    };
  });
}
