import { beforeAll, describe, expect, it } from 'vitest';
import { buildEditorSchema } from './index.ts';
import { SCHEMA_KIND_NAMES } from './kinds.ts';
import { createYamlLanguageService, type YamlLanguageService } from './languageService.harness.ts';

/** What a person sees in the editor: completion, hover and markers from the real yaml-language-server. */
let editor: YamlLanguageService;
beforeAll(async () => {
  editor = await createYamlLanguageService(buildEditorSchema('en'));
});

describe('completion', () => {
  it('starts an empty document with apiVersion, kind, metadata and one "Kubernetes object" skeleton', async () => {
    const labels = await editor.completionLabels('\n', 0, 0);
    expect([...labels].sort()).toEqual(['Kubernetes object', 'apiVersion', 'kind', 'metadata']);
  });

  it('offers every known kind for `kind:`', async () => {
    const labels = await editor.completionLabels('apiVersion: v1\nkind: \n', 1, 6);
    expect(labels).toEqual(expect.arrayContaining([...SCHEMA_KIND_NAMES]));
  });

  it("offers a Service's spec fields as soon as `kind: Service` is written, before apiVersion", async () => {
    const labels = await editor.completionLabels('kind: Service\nspec:\n  \n', 2, 2);
    expect(labels).toEqual(expect.arrayContaining(['type', 'ports', 'selector', 'externalTrafficPolicy']));
  });

  it('offers the enum values of a field', async () => {
    const labels = await editor.completionLabels('apiVersion: v1\nkind: Service\nspec:\n  type: \n', 3, 8);
    expect(labels).toEqual(expect.arrayContaining(['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']));
  });

  it('offers packetwalk Cluster fields, and nothing of it for a Cluster API Cluster', async () => {
    const ours = await editor.completionLabels(
      'apiVersion: packetwalk.dev/v1alpha1\nkind: Cluster\nspec:\n  \n',
      3,
      2,
    );
    expect(ours).toEqual(expect.arrayContaining(['podCIDR', 'cni', 'kubeProxy', 'nodes']));
    const theirs = await editor.completionLabels(
      'apiVersion: cluster.x-k8s.io/v1beta1\nkind: Cluster\nspec:\n  \n',
      3,
      2,
    );
    expect(theirs).not.toContain('podCIDR');
  });
});

describe('hover', () => {
  const hoverOnLabels = (kind: string, apiVersion: string) =>
    editor.hover(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: x\n  labels: {a: b}\n`, 4, 4);

  it('explains labels by what matches them: Services for pods, namespaceSelector for namespaces', async () => {
    expect(await hoverOnLabels('Pod', 'v1')).toContain("Service's `spec.selector`");
    expect(await hoverOnLabels('Namespace', 'v1')).toContain('`namespaceSelector`');
    expect(await hoverOnLabels('Node', 'v1')).toContain('`nodeSelector`');
    expect(await hoverOnLabels('EndpointSlice', 'discovery.k8s.io/v1')).toContain(
      '`kubernetes.io/service-name',
    );
    expect(await hoverOnLabels('Widget', 'example.com/v1')).toContain("Service's `spec.selector`");
  });

  it('explains a pod template field once, under the kind that holds it', async () => {
    const text = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'spec:',
      '  template:',
      '    spec:',
      '      hostNetwork: true',
    ].join('\n');
    const hover = await editor.hover(text, 5, 8);
    expect(hover).toContain('#### Deployment');
    expect(hover).toContain("Run the pod in the node's network namespace");
  });
});

describe('markers', () => {
  it('checks each document of a multi-document file on its own', async () => {
    const text = [
      'apiVersion: v1',
      'kind: Service',
      'spec: {type: Nodeport}',
      '---',
      'apiVersion: serving.knative.dev/v1',
      'kind: Service',
      'spec: {type: Nodeport}',
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'spec: {replicas: two}',
    ].join('\n');
    const markers = await editor.validate(text);
    expect(markers.map((m) => m.range.start.line)).toEqual([2, 10]);
  });

  it('checks every item of a kind: List against its own kind', async () => {
    const text = [
      'apiVersion: v1',
      'kind: List',
      'items:',
      '- apiVersion: v1',
      '  kind: Pod',
      '  spec: {dnsPolicy: ClusterFirst}',
      '- apiVersion: networking.k8s.io/v1',
      '  kind: NetworkPolicy',
      '  spec: {policyTypes: [ingress]}',
    ].join('\n');
    const markers = await editor.validate(text);
    expect(markers.map((m) => m.range.start.line)).toEqual([8]);
  });
});
