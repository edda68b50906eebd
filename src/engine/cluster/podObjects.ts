/**
 * Pod objects the manifests carry — written by hand, or dumped by `kubectl get -o yaml` with their owner
 * references and status — and which controllers they show have already done their work, so that a dump of
 * a Deployment, its ReplicaSet and its pods gives those pods and no more.
 */
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import type { Inputs, Source } from './inputs.ts';
import { toLabels } from './labels.ts';
import type { OwnerRef } from './types.ts';
import type { PodDraft } from './workloads.ts';

export function controllerOf(
  meta:
    | {
        readonly ownerReferences?: readonly {
          readonly kind: string;
          readonly name: string;
          readonly controller?: boolean;
        }[];
      }
    | undefined,
): OwnerRef | undefined {
  const refs = meta?.ownerReferences ?? [];
  const ref = refs.find((r) => r.controller === true) ?? refs[0];
  return ref === undefined ? undefined : { kind: ref.kind, name: ref.name };
}

interface Realised {
  /** `<ns>/<kind>/<name>` of every controller whose pods (or ReplicaSets) the manifests carry. */
  readonly owners: ReadonlySet<string>;
}

export function realised(inputs: Inputs): Realised {
  const owners = new Set<string>();
  for (const p of inputs.byKind.Pod) {
    const owner = controllerOf(p.data.metadata);
    if (owner === undefined) continue;
    owners.add(`${p.namespace}/${owner.kind}/${owner.name}`);
    const hash = toLabels(p.data.metadata?.labels)['pod-template-hash'];
    if (owner.kind === 'ReplicaSet' && hash !== undefined && owner.name.endsWith(`-${hash}`)) {
      owners.add(`${p.namespace}/Deployment/${owner.name.slice(0, -hash.length - 1)}`);
    }
  }
  for (const rs of inputs.byKind.ReplicaSet) {
    const owner = controllerOf(rs.data.metadata);
    if (owner?.kind === 'Deployment') owners.add(`${rs.namespace}/Deployment/${owner.name}`);
  }
  return { owners };
}

/** A Pod object as written (or dumped): its owner, the workload behind the owner, its status. */
export function podObject(p: Source<'Pod'>, inputs: Inputs): PodDraft {
  const meta = p.data.metadata;
  const labels = toLabels(meta?.labels);
  const spec: IPodSpec = p.data.spec ?? { containers: [] };
  const owner = controllerOf(meta);
  let workload = owner;
  const hash = labels['pod-template-hash'];
  if (owner?.kind === 'ReplicaSet') {
    const rs = inputs.byKind.ReplicaSet.find((r) => r.namespace === p.namespace && r.name === owner.name);
    const rsOwner = rs === undefined ? undefined : controllerOf(rs.data.metadata);
    if (rsOwner?.kind === 'Deployment') workload = rsOwner;
    else if (hash !== undefined && owner.name.endsWith(`-${hash}`))
      workload = { kind: 'Deployment', name: owner.name.slice(0, -hash.length - 1) };
  }
  const top = workload ?? { kind: 'Pod', name: p.name };
  const ordinalMatch = owner?.kind === 'StatefulSet' ? /-(\d+)$/.exec(p.name) : null;
  return {
    name: p.name,
    namespace: p.namespace,
    label: `${p.namespace}/${p.name}`,
    labels,
    spec,
    ...(p.data.status === undefined ? {} : { status: p.data.status }),
    terminating: meta?.deletionTimestamp !== undefined,
    ...(owner === undefined ? {} : { owner }),
    ...(workload === undefined ? {} : { workload }),
    ...(spec.hostname === undefined || spec.hostname === '' ? {} : { hostname: spec.hostname }),
    ...(spec.subdomain === undefined ? {} : { subdomain: spec.subdomain }),
    ...(spec.nodeName === undefined ? {} : { pinnedNode: spec.nodeName }),
    kubeadmAddon: false,
    tier: 1,
    workloadKey: `${p.namespace}/${top.kind}/${top.name}`,
    workloadLabel: `${top.kind} ${p.namespace}/${top.name}`,
    workloadName: top.name,
    ordinal: ordinalMatch?.[1] === undefined ? 0 : Number(ordinalMatch[1]),
    provenance: p.provenance,
    where: { provenance: p.provenance, positions: p.positions },
    specPointer: '/spec',
  };
}
