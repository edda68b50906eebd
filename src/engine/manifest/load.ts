/**
 * loadManifests: YAML text -> typed objects + diagnostics with positions.
 */
import { LineCounter, parseAllDocuments } from 'yaml';
import type { Diagnostic } from '../diagnostics.ts';
import type { LoadResult, LoadedObject, SourceFile } from './types.ts';

const SIMULATED = new Set([
  'Namespace', 'Node', 'Pod', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'Service',
  'Endpoints', 'EndpointSlice', 'NetworkPolicy', 'Ingress', 'IngressClass', 'ConfigMap', 'IPPool', 'Cluster',
]);
const CLUSTER_SCOPED = new Set(['Namespace', 'Node', 'IngressClass', 'IPPool', 'Cluster']);

export function loadManifests(files: readonly SourceFile[]): LoadResult {
  const objects: LoadedObject[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const lc = new LineCounter();
    const docs = parseAllDocuments(file.text, { lineCounter: lc, merge: true });
    const list = Array.isArray(docs) ? docs : [docs];
    list.forEach((doc, index) => {
      for (const e of doc.errors) {
        const p = lc.linePos(e.pos[0]);
        diagnostics.push({ code: 'PW001', severity: 'error', file: file.name, line: p.line, column: p.col,
          endLine: p.line, endColumn: p.col + 1, params: { detail: e.message.split('\n')[0] ?? '' } });
      }
      if (doc.errors.length > 0) return;
      const data: unknown = doc.toJS({ maxAliasCount: 100 });
      if (data === null || typeof data !== 'object' || Array.isArray(data)) return;
      const rec = data as Record<string, unknown>;
      const kind = String(rec['kind'] ?? '');
      const meta = (rec['metadata'] ?? {}) as Record<string, unknown>;
      const name = String(meta['name'] ?? '');
      const namespace = CLUSTER_SCOPED.has(kind) ? undefined : String(meta['namespace'] ?? 'default');
      const start = lc.linePos(doc.contents?.range?.[0] ?? 0);
      const origin = { file: file.name, line: start.line, column: start.col, document: index };
      objects.push({
        id: namespace === undefined ? `${kind}/${name}` : `${kind}/${namespace}/${name}`,
        apiVersion: String(rec['apiVersion'] ?? ''), kind, name, namespace, origin, positions: {},
        simulated: SIMULATED.has(kind), data: rec,
      } as LoadedObject);
    });
  }
  return { files: files.map((f) => f.name), objects, diagnostics };
}
