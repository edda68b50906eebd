/**
 * The objects the build works on, grouped by kind in a canonical order. The manifests' own order never
 * decides anything (documents can be shuffled, files reordered: the cluster stays byte-for-byte the same);
 * objects packetwalk adds itself (CoreDNS, the `kubernetes` Service) join the same lists.
 */
import type { FieldPositions, LoadResult, SimulatedKind, SimulatedKinds } from '../manifest/types.ts';
import type { Provenance } from './types.ts';

/** One object of a simulated kind, from the manifests or added by packetwalk. */
export interface Source<K extends SimulatedKind> {
  readonly kind: K;
  /** `<kind>/<namespace>/<name>` (namespaced) or `<kind>/<name>`. */
  readonly id: string;
  readonly name: string;
  /** The namespace; empty for cluster-scoped kinds. */
  readonly namespace: string;
  readonly data: SimulatedKinds[K];
  readonly provenance: Provenance;
  readonly positions: FieldPositions;
}

export type SourcesByKind = { readonly [K in SimulatedKind]: readonly Source<K>[] };

export interface Inputs {
  readonly files: readonly string[];
  readonly byKind: SourcesByKind;
}

const KINDS: readonly SimulatedKind[] = [
  'Namespace',
  'Node',
  'Pod',
  'Deployment',
  'ReplicaSet',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'Service',
  'Endpoints',
  'EndpointSlice',
  'NetworkPolicy',
  'Ingress',
  'IngressClass',
  'ConfigMap',
  'IPPool',
  'Cluster',
];

function byId<K extends SimulatedKind>(a: Source<K>, b: Source<K>): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function emptyKinds(): { [K in SimulatedKind]: Source<K>[] } {
  const out = {} as { [K in SimulatedKind]: Source<K>[] };
  for (const kind of KINDS) (out as Record<SimulatedKind, unknown[]>)[kind] = [];
  return out;
}

/**
 * Group the loaded objects by kind. When one id appears twice, the later definition wins, as the loader's
 * duplicate diagnostic (PW007) says. Each kind is then sorted by id.
 */
export function collectInputs(load: LoadResult): Inputs {
  const latest = new Map<string, Source<SimulatedKind>>();
  for (const o of load.objects) {
    if (!o.simulated) continue;
    const source = {
      kind: o.kind,
      id: o.id,
      name: o.name,
      namespace: o.namespace ?? '',
      data: o.data,
      provenance: { from: 'manifest', objectId: o.id, origin: o.origin },
      positions: o.positions,
    } as Source<SimulatedKind>;
    latest.set(o.id, source);
  }
  const out = emptyKinds();
  for (const s of latest.values()) (out[s.kind] as Source<SimulatedKind>[]).push(s);
  for (const kind of KINDS) (out[kind] as Source<SimulatedKind>[]).sort(byId);
  return { files: load.files, byKind: out };
}

/** The same inputs with extra objects (packetwalk's system components) merged in canonical order. */
export function withSources(inputs: Inputs, extra: readonly Source<SimulatedKind>[]): Inputs {
  if (extra.length === 0) return inputs;
  const out = emptyKinds();
  for (const kind of KINDS) (out[kind] as Source<SimulatedKind>[]).push(...inputs.byKind[kind]);
  for (const s of extra) (out[s.kind] as Source<SimulatedKind>[]).push(s);
  for (const kind of KINDS) (out[kind] as Source<SimulatedKind>[]).sort(byId);
  return { files: inputs.files, byKind: out };
}
