/**
 * EndpointSlices, as a real cluster gets them. For a Service with a selector, the EndpointSlice controller
 * derives them: every pod in the namespace that matches, has an IP and is not finished becomes an endpoint
 * (ready = pod Ready and not terminating, serving = pod Ready, terminating = deletionTimestamp set;
 * `publishNotReadyAddresses` makes all of them ready), with `nodeName`, `targetRef`, and each Service port's
 * `targetPort` resolved against the pod's container ports (by name and protocol). Pods whose resolved ports
 * differ land in different slices, at most 100 endpoints each. A Service without a selector gets only what
 * the manifests carry: EndpointSlices labelled `kubernetes.io/service-name`, or legacy Endpoints, mirrored
 * into slices as the EndpointSliceMirroring controller does. Slices from a `kubectl get -o yaml` dump are
 * taken as they are.
 */
import { toServiceRef } from './ids.ts';
import type { Inputs } from './inputs.ts';
import { toLabels } from './labels.ts';
import { pointer, type Reporter } from './report.ts';
import { byAddress, givenSlice, MIRRORING_CONTROLLER, mirrored, sliceName } from './givenSlices.ts';
import { checkSelection, resolveTargetPort, type PodIndex } from './selection.ts';
import type { ServiceDraft } from './services.ts';
import type {
  EndpointModel,
  EndpointPortModel,
  EndpointSliceModel,
  EndpointSource,
  PodModel,
  Provenance,
  ServiceRef,
} from './types.ts';

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
export const CONTROLLER = 'endpointslice-controller.k8s.io';
const MAX_ENDPOINTS_PER_SLICE = 100;

export interface EndpointsResult {
  readonly slices: readonly EndpointSliceModel[];
  readonly sources: ReadonlyMap<ServiceRef, EndpointSource>;
}

function derivedProvenance(svc: ServiceDraft): Provenance {
  const p = svc.provenance;
  return p.from === 'manifest'
    ? { from: 'controller', controller: CONTROLLER, objectId: p.objectId, origin: p.origin }
    : p;
}

/** The controller's slices for one selector Service. */
function derive(svc: ServiceDraft, selected: readonly PodModel[]): EndpointSliceModel[] {
  const groups = new Map<string, { ports: EndpointPortModel[]; endpoints: EndpointModel[] }>();
  for (const pod of selected) {
    if (pod.ip === undefined || pod.node === undefined || pod.phase === 'Succeeded' || pod.phase === 'Failed')
      continue;
    const ports = svc.ports.flatMap((p) => resolveTargetPort(pod, p) ?? []);
    const key = JSON.stringify(ports);
    const ready = svc.publishNotReadyAddresses || (pod.ready && !pod.terminating);
    const endpoint: EndpointModel = {
      addresses: [pod.ip],
      conditions: { ready, serving: svc.publishNotReadyAddresses || pod.ready, terminating: pod.terminating },
      nodeName: pod.node,
      ...(pod.hostname !== undefined && pod.subdomain === svc.name ? { hostname: pod.hostname } : {}),
      targetRef: pod.ref,
    };
    const group = groups.get(key) ?? { ports, endpoints: [] };
    group.endpoints.push(endpoint);
    groups.set(key, group);
  }
  const provenance = derivedProvenance(svc);
  if (groups.size === 0) {
    return [
      {
        name: sliceName(svc.name, `${svc.ref}/placeholder`),
        namespace: svc.namespace,
        service: svc.ref,
        addressType: 'IPv4',
        ports: [],
        endpoints: [],
        managedBy: CONTROLLER,
        provenance,
      },
    ];
  }
  const out: EndpointSliceModel[] = [];
  for (const [key, group] of groups) {
    const endpoints = group.endpoints.sort(byAddress);
    for (let chunk = 0; chunk * MAX_ENDPOINTS_PER_SLICE < endpoints.length; chunk++) {
      out.push({
        name: sliceName(svc.name, `${svc.ref}/${key}/${chunk}`),
        namespace: svc.namespace,
        service: svc.ref,
        addressType: 'IPv4',
        ports: group.ports,
        endpoints: endpoints.slice(chunk * MAX_ENDPOINTS_PER_SLICE, (chunk + 1) * MAX_ENDPOINTS_PER_SLICE),
        managedBy: CONTROLLER,
        provenance,
      });
    }
  }
  return out;
}

export function buildEndpointSlices(
  services: readonly ServiceDraft[],
  index: PodIndex,
  inputs: Inputs,
  report: Reporter,
): EndpointsResult {
  const known = new Set<string>(services.map((s) => s.ref));
  const given = new Map<string, EndpointSliceModel[]>();
  for (const s of inputs.byKind.EndpointSlice) {
    const name = toLabels(s.data.metadata?.labels)[SERVICE_NAME_LABEL];
    const ref = name === undefined ? undefined : toServiceRef(s.namespace, name);
    if (ref === undefined || !known.has(ref)) {
      report.report(
        'PW129',
        'warning',
        {
          provenance: s.provenance,
          positions: s.positions,
          pointer: pointer('metadata', 'labels', SERVICE_NAME_LABEL),
        },
        {
          name: `${s.namespace}/${s.name}`,
          service: name ?? '',
        },
      );
      continue;
    }
    const slice = givenSlice(s, ref, report);
    if (slice !== undefined) given.set(ref, [...(given.get(ref) ?? []), slice]);
  }
  const legacy = new Map(inputs.byKind.Endpoints.map((e) => [`${e.namespace}/${e.name}`, e]));

  const slices: EndpointSliceModel[] = [];
  const sources = new Map<ServiceRef, EndpointSource>();
  for (const svc of services) {
    const mine = given.get(svc.ref) ?? [];
    if (svc.type === 'ExternalName') {
      sources.set(svc.ref, 'none');
      continue;
    }
    if (svc.selector !== undefined) {
      const selected = checkSelection(svc, index, report);
      if (mine.some((s) => s.managedBy === CONTROLLER)) {
        slices.push(...mine);
        sources.set(svc.ref, 'manifest');
      } else {
        slices.push(...derive(svc, selected), ...mine);
        sources.set(svc.ref, 'selector');
      }
      continue;
    }
    const endpoints = legacy.get(svc.ref);
    const mirror =
      endpoints !== undefined && !mine.some((s) => s.managedBy === MIRRORING_CONTROLLER)
        ? mirrored(endpoints, svc.ref)
        : [];
    const all = [...mine, ...mirror];
    slices.push(...all);
    sources.set(svc.ref, all.length > 0 ? 'manifest' : 'none');
    if (all.length === 0) {
      report.report(
        'PW130',
        'info',
        { provenance: svc.provenance, positions: svc.source.positions, pointer: '/spec' },
        { name: svc.ref },
      );
    }
  }
  return { slices, sources };
}
