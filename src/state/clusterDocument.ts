/**
 * Edits to the packetwalk Cluster document made by the toolbar (kube-proxy mode, CNI). The YAML stays the one
 * source of truth: the switch rewrites the field's value in the user's text, keeping their comments and layout, and
 * the engine picks the change up like any other edit. Pure: text in, text out.
 */
import { isMap, isScalar, parseAllDocuments, parseDocument, type Document } from 'yaml';
import type { SourceFile } from '../engine/manifest/types.ts';

export type ClusterField =
  readonly ['kubeProxy', 'mode'] | readonly ['cni', 'plugin'] | readonly ['cni', 'mode'];

export interface ClusterEdit {
  readonly path: ClusterField;
  readonly value: string;
}

function isClusterDocument(doc: Document): boolean {
  const contents = doc.contents;
  return (
    isMap(contents) &&
    contents.get('kind') === 'Cluster' &&
    String(contents.get('apiVersion') ?? '').startsWith('packetwalk.dev/')
  );
}

/** Where the Cluster document is: the file and the document's character range in it. */
function findCluster(files: readonly SourceFile[]): { file: number; start: number; end: number } | undefined {
  for (const [file, source] of files.entries()) {
    for (const doc of parseAllDocuments(source.text)) {
      if (!('contents' in doc) || doc.errors.length > 0 || !isClusterDocument(doc)) continue;
      const [start, , end] = doc.range;
      return { file, start, end };
    }
  }
  return undefined;
}

const NEW_CLUSTER = `apiVersion: packetwalk.dev/v1alpha1
kind: Cluster
metadata:
  name: packetwalk
spec: {}
`;

/**
 * The files with the edits applied to the Cluster document. Without one, a Cluster document is added at the
 * top of the first file (with a `---` after it), holding just the edited fields; everything else keeps its
 * defaults. Returns the same array when nothing changes.
 */
export function editClusterDocument(
  files: readonly SourceFile[],
  edits: readonly ClusterEdit[],
): readonly SourceFile[] {
  if (edits.length === 0) return files;
  const found = findCluster(files);
  const fileIndex = found?.file ?? 0;
  const source = files[fileIndex];
  if (source === undefined) return [{ name: 'cluster.yaml', text: applyEdits(NEW_CLUSTER, edits) }];
  let text: string;
  if (found) {
    const docText = source.text.slice(found.start, found.end);
    const edited = applyEdits(docText, edits);
    if (edited === docText) return files;
    text = source.text.slice(0, found.start) + edited + source.text.slice(found.end);
  } else {
    text = `${applyEdits(NEW_CLUSTER, edits)}---\n${source.text}`;
  }
  return files.map((f, i) => (i === fileIndex ? { name: f.name, text } : f));
}

function applyEdits(docText: string, edits: readonly ClusterEdit[]): string {
  return edits.reduce(applyEdit, docText);
}

/**
 * One edit. When the field exists, only its value's characters are replaced, so nothing else in the user's
 * text moves. When it does not, the field is added through the YAML document model (which may re-indent
 * the Cluster document, never the other documents).
 */
function applyEdit(docText: string, { path, value }: ClusterEdit): string {
  const doc = parseDocument(docText);
  const full = ['spec', ...path];
  const node = doc.getIn(full, true);
  if (isScalar(node) && node.range) {
    if (node.value === value) return docText;
    const [start, end] = node.range;
    return docText.slice(0, start) + value + docText.slice(end);
  }
  // A flow map like `spec: {}` cannot take block entries: turn it into block style first.
  const spec = doc.get('spec', true);
  if (isMap(spec)) spec.flow = false;
  doc.setIn(full, value);
  const out = doc.toString({ lineWidth: 0 });
  return docText.endsWith('\n') ? out : out.replace(/\n$/, '');
}
