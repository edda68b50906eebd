import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildEditorSchema } from './index.ts';
import { createYamlLanguageService, type YamlLanguageService } from './languageService.harness.ts';

/**
 * Each case is one manifest with a `⟪bad|good⟫` slot. The bad variant must be flagged at `path` (by ajv) and on
 * the slot's line (by the editor); the good variant must pass both, so the failure is the bad value's doing.
 */
interface Case {
  readonly name: string;
  readonly manifest: string;
  readonly path: string;
}

const SERVICE = (spec: string) => `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
${spec}`;

const CASES: readonly Case[] = [
  {
    name: 'Service type in the wrong case (ClusterIp)',
    manifest: SERVICE('  type: ⟪ClusterIp|ClusterIP⟫\n  ports:\n  - port: 80'),
    path: '/spec/type',
  },
  {
    name: 'Service port written as a word',
    manifest: SERVICE('  ports:\n  - port: ⟪"eighty"|80⟫\n    targetPort: http'),
    path: '/spec/ports/0/port',
  },
  {
    name: 'externalTrafficPolicy misspelt (Locall)',
    manifest: SERVICE('  type: NodePort\n  externalTrafficPolicy: ⟪Locall|Local⟫\n  ports:\n  - port: 80'),
    path: '/spec/externalTrafficPolicy',
  },
  {
    name: 'Service protocol in lower case',
    manifest: SERVICE('  ports:\n  - port: 53\n    protocol: ⟪udp|UDP⟫'),
    path: '/spec/ports/0/protocol',
  },
  {
    name: 'Deployment replicas quoted as a string',
    manifest: `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: ⟪"3"|3⟫
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: nginx}]`,
    path: '/spec/replicas',
  },
  {
    name: 'Deployment under apiVersion v1',
    manifest: `apiVersion: ⟪v1|apps/v1⟫
kind: Deployment
metadata: {name: web}`,
    path: '/apiVersion',
  },
  {
    name: 'a label value that is a number',
    manifest: `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    version: ⟪2|"2"⟫
spec:
  containers: [{name: web, image: nginx}]`,
    path: '/metadata/labels/version',
  },
  {
    name: 'hostNetwork quoted as a string',
    manifest: `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  hostNetwork: ⟪"true"|true⟫
  containers: [{name: web, image: nginx}]`,
    path: '/spec/hostNetwork',
  },
  {
    name: 'dnsPolicy that does not exist',
    manifest: `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  dnsPolicy: ⟪ClusterFirstWithHostNetwork|ClusterFirstWithHostNet⟫
  containers: [{name: web, image: nginx}]`,
    path: '/spec/dnsPolicy',
  },
  {
    name: 'Ingress pathType in lower case (prefix)',
    manifest: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: shop}
spec:
  rules:
  - host: shop.example.com
    http:
      paths:
      - path: /
        pathType: ⟪prefix|Prefix⟫
        backend: {service: {name: web, port: {number: 80}}}`,
    path: '/spec/rules/0/http/paths/0/pathType',
  },
  {
    name: 'NetworkPolicy ipBlock without a prefix length',
    manifest: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-office}
spec:
  podSelector: {}
  ingress:
  - from:
    - ipBlock:
        cidr: ⟪203.0.113.0|203.0.113.0/24⟫`,
    path: '/spec/ingress/0/from/0/ipBlock/cidr',
  },
  {
    name: 'NetworkPolicy policyTypes in lower case',
    manifest: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny}
spec:
  podSelector: {}
  policyTypes:
  - ⟪egress|Egress⟫`,
    path: '/spec/policyTypes/0',
  },
  {
    name: 'packetwalk Cluster with cni.plugin misspelt (flanel)',
    manifest: `apiVersion: packetwalk.dev/v1alpha1
kind: Cluster
metadata: {name: workshop}
spec:
  cni:
    plugin: ⟪flanel|flannel⟫
    mode: vxlan`,
    path: '/spec/cni/plugin',
  },
  {
    name: 'packetwalk Cluster node IP with a prefix length',
    manifest: `apiVersion: packetwalk.dev/v1alpha1
kind: Cluster
metadata: {name: workshop}
spec:
  nodes:
  - name: worker-1
    ip: ⟪192.168.1.11/24|192.168.1.11⟫`,
    path: '/spec/nodes/0/ip',
  },
  {
    name: 'Calico IPPool with an unknown ipipMode',
    manifest: `apiVersion: crd.projectcalico.org/v1
kind: IPPool
metadata: {name: pool}
spec:
  cidr: 10.244.0.0/16
  ipipMode: ⟪Sometimes|CrossSubnet⟫`,
    path: '/spec/ipipMode',
  },
  {
    name: 'a bad value inside a kind: List item',
    manifest: `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Service
  metadata: {name: web}
  spec:
    type: ⟪Nodeport|NodePort⟫`,
    path: '/items/0/spec/type',
  },
];

function variant(manifest: string, which: 'bad' | 'good'): string {
  return manifest.replace(/⟪([^|]*)\|([^⟫]*)⟫/, (_all, bad: string, good: string) =>
    which === 'bad' ? bad : good,
  );
}

function slotLine(manifest: string): number {
  return manifest.split('\n').findIndex((line) => line.includes('⟪'));
}

const validate = (() => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  for (const keyword of ['markdownDescription', 'patternErrorMessage', 'doNotSuggest'])
    ajv.addKeyword(keyword);
  return ajv.compile(buildEditorSchema('en'));
})();

let editor: YamlLanguageService;
beforeAll(async () => {
  editor = await createYamlLanguageService(buildEditorSchema('en'));
});

describe('bad values are caught', () => {
  it.each(CASES)('$name', async ({ manifest, path }) => {
    expect(validate(parse(variant(manifest, 'good'))), JSON.stringify(validate.errors)).toBe(true);
    expect(await editor.validate(variant(manifest, 'good'))).toEqual([]);

    expect(validate(parse(variant(manifest, 'bad')))).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain(path);
    const markers = await editor.validate(variant(manifest, 'bad'));
    expect(markers.map((m) => m.range.start.line)).toContain(slotLine(manifest));
  });

  it('a CIDR or IP typo gets a readable message, not a regular expression', async () => {
    const ipBlock = CASES.find((c) => c.path.endsWith('/ipBlock/cidr'));
    const [marker] = await editor.validate(variant(ipBlock?.manifest ?? '', 'bad'));
    expect(marker?.message).toBe(
      'Expected a CIDR such as 10.244.0.0/16 (an address, a slash and a prefix length).',
    );
  });

  it('a document without apiVersion and kind is flagged', async () => {
    expect(validate({ metadata: { name: 'x' } })).toBe(false);
    const markers = await editor.validate('metadata:\n  name: x\n');
    expect(markers.map((m) => m.message)).toEqual([
      'Missing property "apiVersion".',
      'Missing property "kind".',
    ]);
  });
});

describe('what must not be flagged', () => {
  it.each([
    [
      'a Service of another API group (Knative), even with fields a core Service would reject',
      'apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata: {name: hello}\nspec:\n  type: whatever\n  ports: 80\n',
    ],
    [
      'a Cluster of another project (Cluster API)',
      'apiVersion: cluster.x-k8s.io/v1beta1\nkind: Cluster\nmetadata: {name: c}\nspec:\n  nodes: 3\n  cni: calico\n',
    ],
    [
      'a kind packetwalk does not know, with any fields',
      'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w, labels: {a: b}}\nspec: {replicas: "many"}\n',
    ],
    [
      'fields the schema does not describe, inside kinds it does',
      'apiVersion: v1\nkind: Service\nmetadata: {name: web, finalizers: [x]}\nspec:\n  ports: [{port: 80, extra: 1}]\n  futureField: {a: 1}\nstatus: {conditions: []}\n',
    ],
    [
      'a named targetPort and a named NetworkPolicy port',
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec:\n  podSelector: {}\n  ingress: [{ports: [{port: http}]}]\n',
    ],
  ])('%s', async (_name, text) => {
    expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
    expect(await editor.validate(text)).toEqual([]);
  });
});
