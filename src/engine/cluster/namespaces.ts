/**
 * Namespaces: the four every cluster has (default, kube-system, kube-public, kube-node-lease), the ones the
 * manifests declare, and any other an object lives in — created with a PW119 note, since a real API server
 * would refuse the object until someone creates it. Each carries the immutable
 * `kubernetes.io/metadata.name` label that NetworkPolicy namespaceSelectors match on.
 */
import type { SimulatedKind } from '../manifest/types.ts';
import type { Inputs, Source } from './inputs.ts';
import { toLabels } from './labels.ts';
import type { Reporter } from './report.ts';
import type { NamespaceModel, Provenance } from './types.ts';

export const BUILT_IN_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];
const NAME_LABEL = 'kubernetes.io/metadata.name';

export function buildNamespaces(
  inputs: Inputs,
  extraNamespaces: readonly string[],
  report: Reporter,
): NamespaceModel[] {
  const out = new Map<string, NamespaceModel>();
  for (const name of BUILT_IN_NAMESPACES) {
    out.set(name, {
      name,
      labels: { [NAME_LABEL]: name },
      provenance: { from: 'system', component: 'kube-apiserver' },
    });
  }
  for (const ns of inputs.byKind.Namespace) {
    out.set(ns.name, {
      name: ns.name,
      labels: { ...toLabels(ns.data.metadata?.labels), [NAME_LABEL]: ns.name },
      provenance: ns.provenance,
    });
  }
  const namespaced = (Object.values(inputs.byKind) as readonly (readonly Source<SimulatedKind>[])[])
    .flat()
    .filter((s) => s.namespace !== '');
  for (const s of namespaced) {
    if (out.has(s.namespace)) continue;
    const provenance: Provenance =
      s.provenance.from === 'manifest' || s.provenance.from === 'controller'
        ? { from: 'implied', objectId: s.provenance.objectId, origin: s.provenance.origin }
        : s.provenance;
    out.set(s.namespace, { name: s.namespace, labels: { [NAME_LABEL]: s.namespace }, provenance });
    report.report(
      'PW119',
      'info',
      { provenance: s.provenance, positions: s.positions, pointer: '/metadata/namespace' },
      { namespace: s.namespace },
    );
  }
  for (const name of extraNamespaces) {
    if (!out.has(name))
      out.set(name, {
        name,
        labels: { [NAME_LABEL]: name },
        provenance: { from: 'system', component: 'kube-apiserver' },
      });
  }
  return [...out.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
