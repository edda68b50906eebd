import { describe, expect, it } from 'vitest';
import { diagnosticMessageKey, type Diagnostic } from '../diagnostics.ts';
import { translate } from '../../i18n/index.ts';
import { loadManifests } from './load.ts';

/** Lines joined with newlines, so each case shows exactly what line and column a diagnostic points at. */
function yaml(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

function load(text: string) {
  return loadManifests([{ name: 'm.yaml', text }]);
}

type Expected = Partial<Diagnostic> & Pick<Diagnostic, 'code' | 'severity' | 'line' | 'column'>;

const SERVICE_HEAD = ['apiVersion: v1', 'kind: Service', 'metadata: {name: web}'];

const cases: { name: string; text: string; expected: Expected; loaded: number }[] = [
  {
    name: 'a port written as a string is the wrong type, marked on the value',
    text: yaml(...SERVICE_HEAD, 'spec:', '  ports:', '    - port: "80"'),
    expected: {
      code: 'PW006',
      severity: 'error',
      line: 6,
      column: 13,
      endColumn: 17,
      params: {
        kind: 'Service',
        name: 'web',
        path: 'spec.ports[0].port',
        expected: 'integer',
        found: 'string',
      },
    },
    loaded: 0,
  },
  {
    name: 'an int-or-string that is neither',
    text: yaml(...SERVICE_HEAD, 'spec:', '  ports: [{port: 80, targetPort: true}]'),
    expected: {
      code: 'PW006',
      severity: 'error',
      line: 5,
      column: 34,
      endColumn: 38,
      params: { path: 'spec.ports[0].targetPort', expected: 'integer | string', found: 'boolean' },
    },
    loaded: 0,
  },
  {
    name: 'a label value that is a number (the API server rejects it too)',
    text: yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: p',
      '  labels: {version: 2}',
      'spec: {containers: []}',
    ),
    expected: {
      code: 'PW006',
      severity: 'error',
      line: 5,
      column: 21,
      params: { path: 'metadata.labels.version' },
    },
    loaded: 0,
  },
  {
    name: 'the same object twice: a warning on the second, at its name',
    text: yaml(...SERVICE_HEAD, '---', 'apiVersion: v1', 'kind: Service', 'metadata:', '  name: web'),
    expected: {
      code: 'PW007',
      severity: 'warning',
      line: 8,
      column: 9,
      params: { kind: 'Service', name: 'web', namespace: 'default', firstFile: 'm.yaml', firstLine: 1 },
    },
    loaded: 1,
  },
  {
    name: 'an old apiVersion of a known kind: a warning, and the object is still loaded',
    text: yaml('apiVersion: extensions/v1beta1', 'kind: Ingress', 'metadata: {name: old}', 'spec: {}'),
    expected: {
      code: 'PW014',
      severity: 'warning',
      line: 1,
      column: 13,
      params: { kind: 'Ingress', apiVersion: 'extensions/v1beta1', expected: 'networking.k8s.io/v1' },
    },
    loaded: 1,
  },
  {
    name: 'apps/v1beta1 Deployment',
    text: yaml(
      'apiVersion: apps/v1beta1',
      'kind: Deployment',
      'metadata: {name: d}',
      'spec:',
      '  selector: {matchLabels: {a: b}}',
      '  template: {metadata: {labels: {a: b}}, spec: {containers: [{name: c, image: i}]}}',
    ),
    expected: { code: 'PW014', severity: 'warning', line: 1, column: 13, params: { expected: 'apps/v1' } },
    loaded: 1,
  },
  {
    name: "kube-proxy's config.conf that is not YAML: a warning at the data key, the ConfigMap kept",
    text: yaml(
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: kube-proxy, namespace: kube-system}',
      'data:',
      '  config.conf: |',
      '    mode: [ipvs',
    ),
    expected: {
      code: 'PW015',
      severity: 'warning',
      line: 5,
      column: 3,
      endColumn: 14,
      params: { key: 'config.conf' },
    },
    loaded: 1,
  },
  {
    name: "flannel's net-conf.json that is not JSON",
    text: yaml(
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: kube-flannel-cfg, namespace: kube-flannel}',
      'data:',
      '  cni-conf.json: "{}"',
      '  net-conf.json: \'{"Network": "10.244.0.0/16",}\'',
    ),
    expected: {
      code: 'PW015',
      severity: 'warning',
      line: 6,
      column: 3,
      params: { name: 'kube-flannel-cfg' },
    },
    loaded: 1,
  },
  {
    name: 'a value outside its enum',
    text: yaml(...SERVICE_HEAD, 'spec: {type: Nodeport, ports: [{port: 80}]}'),
    expected: {
      code: 'PW016',
      severity: 'error',
      line: 4,
      column: 14,
      params: {
        path: 'spec.type',
        value: '"Nodeport"',
        allowed: 'ClusterIP, ExternalName, LoadBalancer, NodePort',
      },
    },
    loaded: 0,
  },
  {
    name: 'a required field missing, at the key of the mapping that lacks it',
    text: yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: d}',
      'spec:',
      '  template: {metadata: {labels: {a: b}}, spec: {containers: [{name: c, image: i}]}}',
    ),
    expected: { code: 'PW017', severity: 'error', line: 4, column: 1, params: { path: 'spec.selector' } },
    loaded: 0,
  },
  {
    name: 'a port beyond int32',
    text: yaml(...SERVICE_HEAD, 'spec: {ports: [{port: 99999999999}]}'),
    expected: { code: 'PW018', severity: 'error', line: 4, column: 23, params: { format: 'int32' } },
    loaded: 0,
  },
];

describe('object diagnostics', () => {
  it.each(cases)('$name', ({ text, expected, loaded }) => {
    const result = load(text);
    const found = result.diagnostics.filter((d) => d.code === expected.code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'm.yaml', ...expected });
    expect(result.objects).toHaveLength(loaded);
  });

  it('fills every placeholder of every message', () => {
    for (const { text } of cases) {
      for (const d of load(text).diagnostics) {
        expect(translate('en', diagnosticMessageKey(d.code), d.params), d.code).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
