/**
 * Which pods a Service selects, and the diagnostics that teach why traffic would not arrive: a selector
 * that matches nothing (with the pod whose labels come closest, or the namespace where such pods do live —
 * a Service only selects pods in its own namespace), a `targetPort` name no container declares, a
 * protocol that does not match the declared port, a number no container declares.
 */
import { distance as editDistance } from 'fastest-levenshtein';
import { formatLabels } from './labels.ts';
import { pointer, type Reporter, type Where } from './report.ts';
import type { ServiceDraft } from './services.ts';
import type { EndpointPortModel, Labels, PodModel } from './types.ts';

/** Pods by namespace and by `namespace + key=value`, so selection never scans every pod. */
export interface PodIndex {
  readonly byNamespace: ReadonlyMap<string, readonly PodModel[]>;
  readonly byLabel: ReadonlyMap<string, readonly PodModel[]>;
}

const labelKey = (namespace: string, key: string, value: string): string =>
  `${namespace}\u0000${key}=${value}`;

export function indexPods(pods: readonly PodModel[]): PodIndex {
  const byNamespace = new Map<string, PodModel[]>();
  const byLabel = new Map<string, PodModel[]>();
  for (const pod of pods) {
    const inNamespace = byNamespace.get(pod.namespace);
    if (inNamespace === undefined) byNamespace.set(pod.namespace, [pod]);
    else inNamespace.push(pod);
    for (const [k, v] of Object.entries(pod.labels)) {
      const key = labelKey(pod.namespace, k, v);
      const list = byLabel.get(key);
      if (list === undefined) byLabel.set(key, [pod]);
      else list.push(pod);
    }
  }
  return { byNamespace, byLabel };
}

/** Pods in `namespace` carrying every label of `selector` (a Service selector: a plain map). */
export function selectPods(index: PodIndex, namespace: string, selector: Labels): readonly PodModel[] {
  const pairs = Object.entries(selector);
  if (pairs.length === 0) return index.byNamespace.get(namespace) ?? [];
  let smallest: readonly PodModel[] | undefined;
  for (const [k, v] of pairs) {
    const list = index.byLabel.get(labelKey(namespace, k, v)) ?? [];
    if (smallest === undefined || list.length < smallest.length) smallest = list;
  }
  return (smallest ?? []).filter((pod) => pairs.every(([k, v]) => pod.labels[k] === v));
}

/** `podutil.FindPort`: a number is used as is; a name must match a container port's name and protocol. */
export function resolveTargetPort(
  pod: PodModel,
  target: ServiceDraft['ports'][number],
): EndpointPortModel | undefined {
  const make = (port: EndpointPortModel['port']): EndpointPortModel => ({
    ...(target.name === undefined ? {} : { name: target.name }),
    port,
    protocol: target.protocol,
    ...(target.appProtocol === undefined ? {} : { appProtocol: target.appProtocol }),
  });
  if (typeof target.targetPort === 'number') return make(target.targetPort);
  for (const c of pod.containers) {
    for (const p of c.ports)
      if (p.name === target.targetPort && p.protocol === target.protocol) return make(p.containerPort);
  }
  return undefined;
}

/** PW101 and its hints: the nearest pod in the namespace, else another namespace where the labels match. */
function explainNoMatch(
  svc: ServiceDraft,
  selector: Labels,
  index: PodIndex,
  where: Where,
  report: Reporter,
): void {
  report.report('PW101', 'warning', where, {
    name: svc.name,
    namespace: svc.namespace,
    selector: formatLabels(selector),
  });
  const pairs = Object.entries(selector);
  let best: { pod: PodModel; score: number; distance: number } | undefined;
  for (const pod of index.byNamespace.get(svc.namespace) ?? []) {
    // An equal pair counts double; the same key with another value (a typo, `app: wbe`) still makes a pod
    // a candidate, and among equals the pod whose values are closest in spelling is the one meant.
    let score = 0;
    let distance = 0;
    for (const [k, v] of pairs) {
      const has = pod.labels[k];
      if (has === v) score += 2;
      else if (has !== undefined) {
        score += 1;
        distance += editDistance(has, v);
      }
    }
    if (score === 0) continue;
    if (
      best === undefined ||
      score > best.score ||
      (score === best.score &&
        (distance < best.distance || (distance === best.distance && pod.name < best.pod.name)))
    )
      best = { pod, score, distance };
  }
  if (best !== undefined) {
    const pod = best.pod;
    const missing = pairs.filter(([k, v]) => pod.labels[k] !== v);
    report.report('PW120', 'info', where, {
      name: svc.name,
      pod: pod.ref,
      missing: missing.map(([k, v]) => `${k}=${v}`).join(','),
      has: missing
        .map(([k]) => (pod.labels[k] === undefined ? `${k} (absent)` : `${k}=${pod.labels[k]}`))
        .join(','),
    });
    return;
  }
  const elsewhere = [...index.byNamespace.keys()]
    .sort()
    .find((ns) => ns !== svc.namespace && selectPods(index, ns, selector).length > 0);
  if (elsewhere !== undefined)
    report.report('PW121', 'info', where, {
      name: svc.name,
      namespace: svc.namespace,
      otherNamespace: elsewhere,
    });
}

function checkPorts(svc: ServiceDraft, selected: readonly PodModel[], report: Reporter): void {
  if (selected.length === 0) return;
  const declared = selected.flatMap((pod) => pod.containers.flatMap((c) => c.ports));
  svc.ports.forEach((p, k) => {
    const where: Where = {
      provenance: svc.provenance,
      positions: svc.source.positions,
      pointer: pointer('spec', 'ports', svc.portIndices[k] ?? k, 'targetPort'),
    };
    const port = p.name ?? String(p.port);
    const base = { name: svc.name, port, targetPort: String(p.targetPort), protocol: p.protocol };
    if (typeof p.targetPort === 'string') {
      if (selected.some((pod) => resolveTargetPort(pod, p) !== undefined)) return;
      const other = declared.find((cp) => cp.name === p.targetPort);
      if (other !== undefined)
        report.report('PW114', 'warning', where, { ...base, containerProtocol: other.protocol });
      else report.report('PW113', 'warning', where, base);
      return;
    }
    if (
      declared.length === 0 ||
      declared.some((cp) => cp.containerPort === p.targetPort && cp.protocol === p.protocol)
    )
      return;
    const sameNumber = declared.find((cp) => cp.containerPort === p.targetPort);
    if (sameNumber !== undefined) {
      report.report('PW114', 'warning', where, { ...base, containerProtocol: sameNumber.protocol });
      return;
    }
    const list = [...new Set(declared.map((cp) => `${cp.containerPort}/${cp.protocol}`))].sort().join(', ');
    report.report('PW115', 'warning', where, { ...base, declared: list });
  });
}

/** The pods a selector Service selects, reporting what would keep its traffic from arriving. */
export function checkSelection(svc: ServiceDraft, index: PodIndex, report: Reporter): readonly PodModel[] {
  const selector = svc.selector ?? {};
  const selected = selectPods(index, svc.namespace, selector);
  const where: Where = {
    provenance: svc.provenance,
    positions: svc.source.positions,
    pointer: '/spec/selector',
  };
  if (selected.length === 0) explainNoMatch(svc, selector, index, where, report);
  else checkPorts(svc, selected, report);
  return selected;
}
