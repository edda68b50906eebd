import { describe, expect, it } from 'vitest';
import { loadManifests } from './load.ts';
import {
  MAX_DIAGNOSTICS_PER_FILE,
  MAX_DOCUMENTS_PER_FILE,
  MAX_FILE_CHARS,
  MAX_NESTING_DEPTH,
} from './limits.ts';

function load(text: string) {
  return loadManifests([{ name: 'm.yaml', text }]);
}

const BILLION_LAUGHS = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
].join('\n');

/** `count` one-line Namespaces, each document opened by `---`: document i starts on line 2i + 1. */
function namespaces(count: number, fields = 'apiVersion: v1, '): string {
  let text = '';
  for (let i = 0; i < count; i++) text += `---\n{${fields}kind: Namespace, metadata: {name: ns-${i}}}\n`;
  return text;
}

describe('bounded work on hostile input', () => {
  it('skips an alias bomb with PW011 and keeps the documents around it', () => {
    const ok = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: ok}\n';
    const result = load(`${ok}---\n${BILLION_LAUGHS}\n---\n${ok.replace('ok}', 'after}')}`);
    // The budget runs out at the first *e on the line of f (line 10, column 8).
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`)).toEqual([
      '10:8 error PW011',
    ]);
    expect(result.objects.map((o) => o.name)).toEqual(['ok', 'after']);
  });

  it('accepts aliases and merge keys used hundreds of times, as generated manifests do', () => {
    let text = 'apiVersion: v1\nkind: List\ndefaults: &defaults {apiVersion: v1, kind: Namespace}\nitems:\n';
    for (let i = 0; i < 500; i++) text += `  - {<<: *defaults, metadata: {name: ns-${i}}}\n`;
    const result = load(text);
    expect(result.diagnostics).toEqual([]);
    expect(result.objects).toHaveLength(500);
  });

  it('refuses a 20 MB paste whole with PW009, without parsing it', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n  blob: "${'x'.repeat(20 * 1024 * 1024)}"\n`;
    const result = load(text);
    expect(result.objects).toEqual([]);
    expect(result.diagnostics).toEqual([
      {
        code: 'PW009',
        severity: 'error',
        file: 'm.yaml',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 2,
        params: { size: '20.0', limit: MAX_FILE_CHARS / 1024 / 1024 },
      },
    ]);
  });

  it('reads a file just under the size limit', () => {
    const head = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n  blob: ""\n';
    const text = head.replace('""', `"${'x'.repeat(MAX_FILE_CHARS - head.length)}"`);
    expect(text.length).toBe(MAX_FILE_CHARS);
    const result = load(text);
    expect(result.diagnostics).toEqual([]);
    expect(result.objects).toHaveLength(1);
  });

  it(`loads ${MAX_DOCUMENTS_PER_FILE} documents`, { timeout: 60_000 }, () => {
    const result = load(namespaces(MAX_DOCUMENTS_PER_FILE));
    expect(result.diagnostics).toEqual([]);
    expect(result.objects).toHaveLength(MAX_DOCUMENTS_PER_FILE);
    expect(result.objects.at(-1)?.origin).toMatchObject({
      line: 2 * MAX_DOCUMENTS_PER_FILE,
      document: MAX_DOCUMENTS_PER_FILE - 1,
    });
  });

  it('stops at the document cap with PW010 on the first document skipped', { timeout: 60_000 }, () => {
    const result = load(namespaces(MAX_DOCUMENTS_PER_FILE + 5));
    expect(result.objects).toHaveLength(MAX_DOCUMENTS_PER_FILE);
    expect(result.diagnostics).toMatchObject([
      {
        code: 'PW010',
        severity: 'warning',
        line: 2 * MAX_DOCUMENTS_PER_FILE + 1,
        column: 1,
        params: { limit: MAX_DOCUMENTS_PER_FILE },
      },
    ]);
  });

  it(
    'keeps at most a thousand diagnostics per file, the cap itself among them, and says how many more',
    { timeout: 60_000 },
    () => {
      // Every document lacks its apiVersion: one PW003 each.
      const result = load(namespaces(MAX_DOCUMENTS_PER_FILE + 1, ''));
      expect(result.diagnostics).toHaveLength(MAX_DIAGNOSTICS_PER_FILE);
      const codes = result.diagnostics.map((d) => d.code);
      expect(codes.filter((c) => c === 'PW003')).toHaveLength(MAX_DIAGNOSTICS_PER_FILE - 2);
      expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'PW010' }));
      expect(result.diagnostics[0]).toMatchObject({
        code: 'PW023',
        line: 1,
        params: { count: MAX_DOCUMENTS_PER_FILE - (MAX_DIAGNOSTICS_PER_FILE - 2) },
      });
    },
  );

  it('skips nesting past the cap with PW019, at the first collection too deep', () => {
    const depth = MAX_NESTING_DEPTH + 10;
    const result = load(`a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`);
    // `a: ` then one [ per level: the collection at depth MAX_NESTING_DEPTH opens at column 3 + MAX_NESTING_DEPTH.
    expect(result.diagnostics).toMatchObject([
      { code: 'PW019', severity: 'error', line: 1, column: 3 + MAX_NESTING_DEPTH },
    ]);
    expect(result.objects).toEqual([]);
  });

  it('skips nesting deep enough to exhaust the YAML parser with PW019', () => {
    const depth = 20_000;
    const result = load(`a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`);
    expect(result.diagnostics.map((d) => d.code)).toContain('PW019');
    expect(result.objects).toEqual([]);
  });

  it.each([
    { name: 'binary garbage', text: '\u0000\u0001\u0002\uFFFF\uD800 kind: x' },
    { name: 'unbalanced flow collections', text: '{{{{[[[[' },
    { name: 'a lone colon storm', text: ':::: - - ? ? ! & * |' },
    { name: 'an unterminated string', text: 'kind: "Service' },
    { name: 'tabs as indentation', text: 'apiVersion: v1\nkind: Service\nmetadata:\n\tname: x\n' },
    { name: 'a complex key', text: '? [a, b]\n: c\napiVersion: v1\nkind: Secret\nmetadata: {name: s}\n' },
    { name: 'a self-referencing anchor', text: 'a: &a [*a]\n' },
    {
      name: '!!binary and !!set tags',
      text: 'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: {a: !!binary aGVsbG8=, b: !!set {x}}\n',
    },
    { name: 'a directive and nothing else', text: '%YAML 1.2\n' },
    {
      name: 'a byte order mark and CRLF line ends',
      text: '\uFEFFapiVersion: v1\r\nkind: Namespace\r\nmetadata: {name: n}\r\n',
    },
    {
      name: 'a __proto__ key',
      text: 'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n__proto__: {polluted: true}\n',
    },
    {
      name: 'a List of Lists',
      text: 'apiVersion: v1\nkind: List\nitems: [{apiVersion: v1, kind: List, items: [1]}]\n',
    },
    { name: 'items that are not a list', text: 'apiVersion: v1\nkind: List\nitems: {a: 1}\n' },
  ])('never throws on $name', ({ text }) => {
    expect(() => load(text)).not.toThrow();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reads CRLF files at the right lines and columns', () => {
    const result = load(
      'apiVersion: v1\r\nkind: Service\r\nmetadata: {name: s}\r\nspec: {ports: [{port: "80"}]}\r\n',
    );
    expect(result.diagnostics).toMatchObject([{ code: 'PW006', line: 4, column: 23 }]);
  });
});
