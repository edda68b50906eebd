/**
 * Scheduling a person can predict. A pod with `spec.nodeName` (or a known `status.hostIP`) stays where it
 * is. Every other pod is dealt to the nodes round-robin in name order, like cards, skipping nodes that fail
 * the filters kube-scheduler applies first: taints with NoSchedule/NoExecute effect must be tolerated,
 * `nodeSelector` and required node affinity must match, a cordoned node takes nothing new. Pods are dealt in
 * the canonical pod order (system pods, then by namespace, workload name and replica index), so the replicas
 * of one workload land on consecutive nodes and single-replica workloads take turns.
 *
 * One exception mirrors kubeadm: CoreDNS (added by packetwalk) is scheduled during `kubeadm init`, before
 * any worker joins, so both replicas run on the control plane whenever a control-plane node admits them.
 */
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import type { IToleration } from 'kubernetes-models/v1/Toleration';
import type { INodeSelector } from 'kubernetes-models/v1/NodeSelector';
import { matchesNodeSelector, toLabels } from './labels.ts';
import type { NodeSpec } from './nodes.ts';
import type { Reporter } from './report.ts';
import type { NodeName, Taint } from './types.ts';
import type { PodDraft } from './workloads.ts';

/** Why a node does not take a pod. */
export type Rejection =
  | { readonly kind: 'taint'; readonly taint: Taint }
  | { readonly kind: 'node-selector'; readonly key: string; readonly value: string }
  | { readonly kind: 'node-affinity' }
  | { readonly kind: 'unschedulable' };

/** Tolerations the DaemonSet controller adds to every pod it creates. */
const DAEMONSET_TOLERATIONS: readonly IToleration[] = [
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
];

/** `v1.Toleration.ToleratesTaint`: an empty key with Exists tolerates everything; empty effect, any effect. */
export function tolerates(t: IToleration, taint: Taint): boolean {
  if (t.effect !== undefined && t.effect !== taint.effect) return false;
  if (t.key !== undefined && t.key !== '' && t.key !== taint.key) return false;
  if (t.operator === 'Exists') return true;
  return (t.operator === undefined || t.operator === 'Equal') && (t.value ?? '') === (taint.value ?? '');
}

function formatTaint(taint: Taint): string {
  return `${taint.key}${taint.value === undefined ? '' : `=${taint.value}`}:${taint.effect}`;
}

export function describeRejection(r: Rejection): string {
  switch (r.kind) {
    case 'taint':
      return `taint ${formatTaint(r.taint)}`;
    case 'node-selector':
      return `nodeSelector ${r.key}=${r.value}`;
    case 'node-affinity':
      return 'required node affinity';
    case 'unschedulable':
      return 'cordoned (spec.unschedulable)';
    default:
      return exhaustive(r);
  }
}

function exhaustive(value: never): never {
  throw new Error(`unhandled rejection ${JSON.stringify(value)}`);
}

/** What a pod spec asks of a node, read once per spec. */
interface Requirements {
  readonly tolerations: readonly IToleration[];
  readonly selector: readonly (readonly [string, string])[];
  readonly affinity?: INodeSelector;
}

function requirements(spec: IPodSpec, daemonSet: boolean): Requirements {
  const affinity = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  return {
    tolerations: [...(spec.tolerations ?? []), ...(daemonSet ? DAEMONSET_TOLERATIONS : [])],
    selector: Object.entries(toLabels(spec.nodeSelector)),
    ...(affinity === undefined ? {} : { affinity }),
  };
}

function admits(node: NodeSpec, req: Requirements, daemonSet: boolean): Rejection | undefined {
  if (node.unschedulable && !daemonSet) return { kind: 'unschedulable' };
  for (const taint of node.taints) {
    if (taint.effect === 'PreferNoSchedule') continue;
    if (!req.tolerations.some((t) => tolerates(t, taint))) return { kind: 'taint', taint };
  }
  for (const [key, value] of req.selector)
    if (node.labels[key] !== value) return { kind: 'node-selector', key, value };
  if (req.affinity !== undefined && !matchesNodeSelector(node.name, node.labels, req.affinity))
    return { kind: 'node-affinity' };
  return undefined;
}

/**
 * Whether `node` takes a pod with this spec; the first reason it does not. DaemonSet pods carry the
 * controller's extra tolerations and ignore cordoning.
 */
export function admission(node: NodeSpec, spec: IPodSpec, daemonSet: boolean): Rejection | undefined {
  return admits(node, requirements(spec, daemonSet), daemonSet);
}

/** Assign a node to every pod (in the canonical pod order); undefined where none fits or the pin is broken. */
export function schedulePods(
  pods: readonly PodDraft[],
  nodes: readonly NodeSpec[],
  report: Reporter,
): (NodeName | undefined)[] {
  const byName = new Map(nodes.map((n) => [n.name as string, n]));
  const byIP = new Map(nodes.map((n) => [n.internalIP as string, n]));
  const ring = [...nodes].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const result: (NodeName | undefined)[] = pods.map(() => undefined);

  // Eligibility depends only on what the spec asks of nodes: computed once per distinct ask.
  interface Eligibility {
    readonly eligible: ReadonlySet<string>;
    readonly detail: () => string;
  }
  const bySpec = new Map<IPodSpec, Eligibility>();
  const byAsk = new Map<string, Eligibility>();
  const eligibility = (pod: PodDraft): Eligibility => {
    const known = bySpec.get(pod.spec);
    if (known !== undefined) return known;
    const spec = pod.spec;
    const ask = JSON.stringify([
      pod.kubeadmAddon,
      spec.nodeSelector ?? null,
      spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? null,
      spec.tolerations ?? null,
    ]);
    let out = byAsk.get(ask);
    if (out === undefined) {
      const req = requirements(spec, false);
      const verdicts = ring.map((n) => ({ node: n, rejection: admits(n, req, false) }));
      let eligible = verdicts.filter((v) => v.rejection === undefined).map((v) => v.node);
      if (pod.kubeadmAddon) {
        const planes = eligible.filter((n) => n.role === 'control-plane');
        if (planes.length > 0) eligible = planes;
      }
      const detail = (): string =>
        verdicts
          .map((v) => `${v.node.name}: ${v.rejection === undefined ? 'ok' : describeRejection(v.rejection)}`)
          .join('; ') || 'no nodes';
      out = { eligible: new Set<string>(eligible.map((n) => n.name)), detail };
      byAsk.set(ask, out);
    }
    bySpec.set(spec, out);
    return out;
  };

  let cursor = 0;
  pods.forEach((pod, i) => {
    const pin =
      pod.pinnedNode ?? (pod.status?.hostIP === undefined ? undefined : byIP.get(pod.status.hostIP)?.name);
    if (pin !== undefined) {
      const node = byName.get(pin);
      if (node === undefined)
        report.report(
          'PW110',
          'error',
          { ...pod.where, pointer: `${pod.specPointer}/nodeName` },
          { pod: pod.label, node: pin },
        );
      else result[i] = node.name;
      return;
    }
    const { eligible, detail } = eligibility(pod);
    for (let k = 0; k < ring.length && eligible.size > 0; k++) {
      const at = (cursor + k) % ring.length;
      const node = ring[at];
      if (node !== undefined && eligible.has(node.name)) {
        result[i] = node.name;
        cursor = at + 1;
        return;
      }
    }
    report.report(
      'PW111',
      'warning',
      { ...pod.where, pointer: pod.specPointer },
      { pod: pod.workloadLabel, detail: detail() },
    );
  });
  return result;
}
