import { describe, expect, it } from 'vitest';
import { diagnosticMessageKey, type Diagnostic } from '../diagnostics.ts';
import { isMessageKey, translate } from '../../i18n/index.ts';
import { MANIFEST_CODES, MANIFEST_SEVERITIES } from './codes.ts';
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
    name: 'a YAML syntax error is reported where the parser stopped, and that document is skipped',
    text: yaml('apiVersion: v1', 'kind: Service', 'metadata: {name: web', 'spec: {}'),
    expected: { code: 'PW001', severity: 'error', line: 4, column: 1, params: { yamlCode: 'BAD_INDENT' } },
    loaded: 0,
  },
  {
    name: 'a document that is a list, not a mapping',
    text: yaml('---', '- apiVersion: v1', '  kind: Service'),
    expected: { code: 'PW002', severity: 'error', line: 2, column: 1, params: { found: 'list' } },
    loaded: 0,
  },
  {
    name: 'a document that is a bare string',
    text: yaml('just some text'),
    expected: { code: 'PW002', severity: 'error', line: 1, column: 1, params: { found: 'string' } },
    loaded: 0,
  },
  {
    name: 'missing apiVersion, at the object start',
    text: yaml('# a comment', 'kind: Service', 'metadata: {name: web}'),
    expected: { code: 'PW003', severity: 'error', line: 2, column: 1, endLine: 2, endColumn: 5 },
    loaded: 0,
  },
  {
    name: 'missing kind, at the object start',
    text: yaml('apiVersion: v1', 'metadata: {name: web}'),
    expected: { code: 'PW004', severity: 'error', line: 1, column: 1, endColumn: 11 },
    loaded: 0,
  },
  {
    name: 'missing metadata.name, at the metadata key',
    text: yaml('apiVersion: v1', 'kind: Service', 'metadata:', '  labels: {app: web}'),
    expected: {
      code: 'PW005',
      severity: 'error',
      line: 3,
      column: 1,
      endColumn: 9,
      params: { kind: 'Service' },
    },
    loaded: 0,
  },
  {
    name: 'no metadata at all: missing name at the object start',
    text: yaml('apiVersion: v1', 'kind: ConfigMap'),
    expected: { code: 'PW005', severity: 'error', line: 1, column: 1 },
    loaded: 0,
  },
  {
    name: 'a kind packetwalk does not simulate is kept, with an info at its kind',
    text: yaml('apiVersion: v1', 'kind: Secret', 'metadata: {name: token}'),
    expected: {
      code: 'PW008',
      severity: 'info',
      line: 2,
      column: 7,
      params: { kind: 'Secret', name: 'token' },
    },
    loaded: 1,
  },
  {
    name: "a Cluster of another API group (Cluster API's) is someone else's kind",
    text: yaml('apiVersion: cluster.x-k8s.io/v1beta1', 'kind: Cluster', 'metadata: {name: prod}'),
    expected: { code: 'PW008', severity: 'info', line: 2, column: 7, params: { kind: 'Cluster' } },
    loaded: 1,
  },
  {
    name: 'a YAML warning (an unknown tag) keeps the document',
    text: yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: c}', 'data: {a: !vault secret}'),
    expected: {
      code: 'PW012',
      severity: 'warning',
      line: 4,
      column: 11,
      params: { yamlCode: 'TAG_RESOLVE_FAILED' },
    },
    loaded: 1,
  },
  {
    name: 'a List item that is not an object',
    text: yaml('apiVersion: v1', 'kind: List', 'items:', '  - 42'),
    expected: {
      code: 'PW013',
      severity: 'error',
      line: 4,
      column: 5,
      params: { index: 0, found: 'integer' },
    },
    loaded: 0,
  },
  {
    name: 'an alias with no anchor before it',
    text: yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: c}', 'data: *missing'),
    expected: {
      code: 'PW020',
      severity: 'error',
      line: 4,
      column: 7,
      endColumn: 15,
      params: { alias: 'missing' },
    },
    loaded: 0,
  },
  {
    name: 'a merge key pointing at a scalar',
    text: yaml('base: &base 1', 'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  <<: *base', '  name: c'),
    expected: { code: 'PW021', severity: 'error', line: 5, column: 7, params: { found: 'integer' } },
    loaded: 0,
  },
  {
    name: 'a key written twice in one mapping, at the second',
    text: yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: c}', 'data:', '  a: "1"', '  a: "2"'),
    expected: { code: 'PW022', severity: 'error', line: 6, column: 3, endColumn: 4, params: { key: 'a' } },
    loaded: 0,
  },
];

describe('loader diagnostics', () => {
  it.each(cases)('$name', ({ text, expected, loaded }) => {
    const result = load(text);
    const found = result.diagnostics.filter((d) => d.code === expected.code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'm.yaml', ...expected });
    expect(result.objects).toHaveLength(loaded);
  });

  it('puts every diagnostic on a 1-based range that ends after it starts', () => {
    for (const { text } of cases) {
      for (const d of load(text).diagnostics) {
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.column).toBeGreaterThanOrEqual(1);
        expect(d.endLine > d.line || (d.endLine === d.line && d.endColumn > d.column)).toBe(true);
      }
    }
  });

  it('fills every placeholder of every message', () => {
    for (const { text } of cases) {
      for (const d of load(text).diagnostics) {
        expect(translate('en', diagnosticMessageKey(d.code), d.params), d.code).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it.each(Object.keys(MANIFEST_CODES))('has a message and a severity for %s', (code) => {
    expect(isMessageKey(`diag.${code}`)).toBe(true);
    expect(MANIFEST_SEVERITIES[code as keyof typeof MANIFEST_CODES]).toMatch(/^(error|warning|info)$/);
  });

  it('reads a List without items as empty, and a *List kind without items as an object of that kind', () => {
    const result = load(
      yaml(
        'apiVersion: v1',
        'kind: List',
        'metadata: {}',
        '---',
        'apiVersion: example.com/v1',
        'kind: AllowList',
        'metadata: {name: a}',
      ),
    );
    expect(result.diagnostics.map((d) => `${d.line} ${d.code}`)).toEqual(['6 PW008']);
    expect(result.objects.map((o) => o.id)).toEqual(['AllowList/default/a']);
  });

  it('reports nothing for empty documents and documents that are only comments', () => {
    const result = load(
      yaml('---', '# nothing here', '---', '---', '~', '---', ...SERVICE_HEAD, 'spec: {ports: [{port: 80}]}'),
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.objects.map((o) => o.origin.document)).toEqual([3]);
  });

  it('sorts diagnostics by file, line and column across documents and files', () => {
    const result = loadManifests([
      { name: 'b.yaml', text: yaml('apiVersion: v1', 'kind: Secret', 'metadata: {name: s}') },
      { name: 'a.yaml', text: yaml('kind: Service', '---', 'apiVersion: v1') },
    ]);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([
      'a.yaml:1 PW003',
      'a.yaml:3 PW004',
      'b.yaml:2 PW008',
    ]);
  });

  it('keeps a later definition of an object over an earlier one, across files', () => {
    const result = loadManifests([
      { name: 'a.yaml', text: yaml(...SERVICE_HEAD, 'spec: {ports: [{port: 80}]}') },
      { name: 'b.yaml', text: yaml(...SERVICE_HEAD, 'spec: {ports: [{port: 8080}]}') },
    ]);
    expect(result.objects.map((o) => o.origin.file)).toEqual(['b.yaml']);
    expect(result.diagnostics).toMatchObject([
      { code: 'PW007', file: 'b.yaml', params: { firstFile: 'a.yaml' } },
    ]);
  });
});
