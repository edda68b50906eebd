/**
 * Workloads to pods, as their controllers would create them: a Deployment makes a ReplicaSet
 * `<deploy>-<pod-template-hash>` whose pods are `<rs>-<5 chars>`; a StatefulSet's pods are `<sts>-0…` with
 * stable hostnames under its `serviceName`; a DaemonSet puts one pod on each node that admits it; a Job runs
 * `parallelism` pods. Names are deterministic (`hash.ts`). When the manifests already carry the pods a
 * controller made (a `kubectl get -o yaml` dump), those pods are the truth and nothing more is made.
 */
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import type { IPodStatus } from 'kubernetes-models/v1/PodStatus';
import { controllerOf, podObject, realised } from './podObjects.ts';
import type { IPodTemplateSpec } from 'kubernetes-models/v1/PodTemplateSpec';
import { nameSuffix, podTemplateHash } from './hash.ts';
import type { Inputs, Source } from './inputs.ts';
import { matchesSelector, toLabels, type LabelSelector } from './labels.ts';
import type { NodeSpec } from './nodes.ts';
import type { Reporter, Where } from './report.ts';
import { admission } from './scheduling.ts';
import type { Labels, OwnerRef, Provenance } from './types.ts';

/** A pod before scheduling and IPAM. */
export interface PodDraft {
  readonly name: string;
  readonly namespace: string;
  /** `<namespace>/<name>`. */
  readonly label: string;
  readonly labels: Labels;
  readonly spec: IPodSpec;
  /** Only for Pod objects from the manifests: what the cluster reported. */
  readonly status?: IPodStatus;
  readonly terminating: boolean;
  readonly owner?: OwnerRef;
  readonly workload?: OwnerRef;
  /** `spec.hostname`, as the StatefulSet controller sets it; undefined when the pod name is the hostname. */
  readonly hostname?: string;
  readonly subdomain?: string;
  /** `spec.nodeName`, or the node a DaemonSet made this pod for. */
  readonly pinnedNode?: string;
  /** Created by `kubeadm init` (CoreDNS): scheduled before any worker joined. */
  readonly kubeadmAddon: boolean;
  /** 0 for kubeadm's add-ons (they start first and take the first IPs), else 1. */
  readonly tier: 0 | 1;
  /** `<ns>/<kind>/<name>` of the top-level workload (the pod itself when bare): the spreading unit. */
  readonly workloadKey: string;
  /** `Deployment default/web` or `Pod default/x`, for diagnostics. */
  readonly workloadLabel: string;
  readonly workloadName: string;
  readonly ordinal: number;
  readonly provenance: Provenance;
  /** The producing object, for diagnostics. */
  readonly where: Where;
  /** Pointer to the pod spec within the producing object (`/spec` or `/spec/template/spec`). */
  readonly specPointer: string;
}

/** The canonical pod order: kubeadm's add-ons first, then by namespace, workload, ordinal, name. */
export function comparePodDrafts(a: PodDraft, b: PodDraft): number {
  const str = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return (
    a.tier - b.tier ||
    str(a.namespace, b.namespace) ||
    str(a.workloadName, b.workloadName) ||
    str(a.workloadKey, b.workloadKey) ||
    a.ordinal - b.ordinal ||
    str(a.name, b.name)
  );
}

type Workload =
  Source<'Deployment'> | Source<'ReplicaSet'> | Source<'StatefulSet'> | Source<'DaemonSet'> | Source<'Job'>;

/** `generateName`: the prefix is cut to 58 characters so the whole name fits a 63-character label. */
function generated(prefix: string, seed: string, taken: Set<string>): string {
  const base = `${prefix}-`.slice(0, 58);
  for (let attempt = 0; ; attempt++) {
    const name = base + nameSuffix(attempt === 0 ? seed : `${seed}#${attempt}`);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

function replicas(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? Math.min(value, 10_000) : 1;
}

function isKubeadmAddon(p: Provenance): boolean {
  return p.from === 'system' && p.component === 'coredns';
}

function derivedProvenance(w: Workload, controller: string): Provenance {
  const p = w.provenance;
  return p.from === 'manifest'
    ? { from: 'controller', controller, objectId: p.objectId, origin: p.origin }
    : p;
}

interface Template {
  readonly labels: Labels;
  readonly spec: IPodSpec;
}

/** The template, or undefined (with PW128) when the selector does not select it: the API server refuses such a workload. */
function template(w: Workload, checkSelector: boolean, report: Reporter): Template | undefined {
  const t: IPodTemplateSpec | undefined = w.data.spec?.template;
  if (t?.spec === undefined) return undefined;
  const labels = toLabels(t.metadata?.labels);
  const selector: LabelSelector | undefined = w.data.spec?.selector;
  if (checkSelector && (selector === undefined || !matchesSelector(labels, selector))) {
    report.report(
      'PW128',
      'error',
      { provenance: w.provenance, positions: w.positions, pointer: '/spec/selector' },
      {
        kind: w.kind,
        name: w.name,
        namespace: w.namespace,
      },
    );
    return undefined;
  }
  return { labels, spec: t.spec };
}

interface DraftParts {
  readonly name: string;
  readonly labels: Labels;
  readonly owner: OwnerRef;
  readonly workload: OwnerRef;
  readonly ordinal: number;
  readonly hostname?: string;
  readonly subdomain?: string;
  readonly pinnedNode?: string;
}

function draft(w: Workload, t: Template, controller: string, parts: DraftParts): PodDraft {
  const pin = parts.pinnedNode ?? t.spec.nodeName;
  const subdomain = parts.subdomain ?? t.spec.subdomain;
  const hostname = parts.hostname ?? t.spec.hostname;
  return {
    name: parts.name,
    namespace: w.namespace,
    label: `${w.namespace}/${parts.name}`,
    labels: parts.labels,
    spec: t.spec,
    terminating: false,
    owner: parts.owner,
    workload: parts.workload,
    ...(hostname === undefined || hostname === '' ? {} : { hostname }),
    ...(subdomain === undefined ? {} : { subdomain }),
    ...(pin === undefined ? {} : { pinnedNode: pin }),
    kubeadmAddon: isKubeadmAddon(w.provenance),
    tier: isKubeadmAddon(w.provenance) ? 0 : 1,
    workloadKey: `${w.namespace}/${parts.workload.kind}/${parts.workload.name}`,
    workloadLabel: `${parts.workload.kind} ${w.namespace}/${parts.workload.name}`,
    workloadName: parts.workload.name,
    ordinal: parts.ordinal,
    provenance: derivedProvenance(w, controller),
    where: { provenance: w.provenance, positions: w.positions },
    specPointer: '/spec/template/spec',
  };
}

function replicaSetPods(
  w: Workload,
  t: Template,
  rsName: string,
  hash: string | undefined,
  count: number,
  workload: OwnerRef,
): PodDraft[] {
  const taken = new Set<string>();
  const labels = hash === undefined ? t.labels : { ...t.labels, 'pod-template-hash': hash };
  return Array.from({ length: count }, (_, i) =>
    draft(w, t, 'replicaset-controller', {
      name: generated(rsName, `${w.namespace}/${rsName}/${i}`, taken),
      labels,
      owner: { kind: 'ReplicaSet', name: rsName },
      workload,
      ordinal: i,
    }),
  );
}

/** Pods of every workload the manifests (and packetwalk's system components) declare. */
export function expandWorkloads(inputs: Inputs, nodes: readonly NodeSpec[], report: Reporter): PodDraft[] {
  const done = realised(inputs);
  const isRealised = (ns: string, kind: string, name: string): boolean =>
    done.owners.has(`${ns}/${kind}/${name}`);
  const out: PodDraft[] = [];
  const b = inputs.byKind;

  for (const d of b.Deployment) {
    const t = template(d, true, report);
    if (t === undefined || isRealised(d.namespace, 'Deployment', d.name)) continue;
    const hash = podTemplateHash(d.namespace, d.name);
    out.push(
      ...replicaSetPods(d, t, `${d.name}-${hash}`, hash, replicas(d.data.spec?.replicas), {
        kind: 'Deployment',
        name: d.name,
      }),
    );
  }
  for (const rs of b.ReplicaSet) {
    const t = template(rs, true, report);
    if (t === undefined || isRealised(rs.namespace, 'ReplicaSet', rs.name)) continue;
    const owner = controllerOf(rs.data.metadata);
    const workload = owner?.kind === 'Deployment' ? owner : { kind: 'ReplicaSet', name: rs.name };
    out.push(...replicaSetPods(rs, t, rs.name, undefined, replicas(rs.data.spec?.replicas), workload));
  }
  for (const s of b.StatefulSet) {
    const t = template(s, true, report);
    if (t === undefined || isRealised(s.namespace, 'StatefulSet', s.name)) continue;
    const ref = { kind: 'StatefulSet', name: s.name };
    const serviceName = s.data.spec?.serviceName;
    for (let i = 0; i < replicas(s.data.spec?.replicas); i++) {
      const name = `${s.name}-${i}`;
      out.push(
        draft(s, t, 'statefulset-controller', {
          name,
          labels: {
            ...t.labels,
            'apps.kubernetes.io/pod-index': String(i),
            'statefulset.kubernetes.io/pod-name': name,
          },
          owner: ref,
          workload: ref,
          ordinal: i,
          hostname: name,
          ...(serviceName === undefined || serviceName === '' ? {} : { subdomain: serviceName }),
        }),
      );
    }
  }
  for (const ds of b.DaemonSet) {
    const t = template(ds, true, report);
    if (t === undefined || isRealised(ds.namespace, 'DaemonSet', ds.name)) continue;
    const ref = { kind: 'DaemonSet', name: ds.name };
    const taken = new Set<string>();
    nodes.forEach((node, i) => {
      if (admission(node, t.spec, true) !== undefined) return;
      out.push(
        draft(ds, t, 'daemonset-controller', {
          name: generated(ds.name, `${ds.namespace}/${ds.name}/${node.name}`, taken),
          labels: t.labels,
          owner: ref,
          workload: ref,
          ordinal: i,
          pinnedNode: node.name,
        }),
      );
    });
  }
  for (const job of b.Job) {
    const t = template(job, false, report);
    if (t === undefined || isRealised(job.namespace, 'Job', job.name)) continue;
    const ref = { kind: 'Job', name: job.name };
    const parallelism = replicas(job.data.spec?.parallelism);
    const completions = job.data.spec?.completions;
    const count = Math.min(parallelism, completions === undefined ? parallelism : replicas(completions));
    const taken = new Set<string>();
    for (let i = 0; i < count; i++) {
      out.push(
        draft(job, t, 'job-controller', {
          name: generated(job.name, `${job.namespace}/${job.name}/${i}`, taken),
          labels: { ...t.labels, 'batch.kubernetes.io/job-name': job.name, 'job-name': job.name },
          owner: ref,
          workload: ref,
          ordinal: i,
        }),
      );
    }
  }
  for (const p of b.Pod) out.push(podObject(p, inputs));
  return out.sort(comparePodDrafts);
}
