import { describe, expect, it } from 'vitest';
import { createReporter, pointer } from './report.ts';
import type { Provenance } from './types.ts';

const origin = { file: 'a.yaml', line: 10, column: 1, document: 2 };
const manifest: Provenance = { from: 'manifest', objectId: 'Service/default/web', origin };

describe('diagnostic positions', () => {
  it('escapes label keys in JSON pointers', () => {
    expect(pointer('spec', 'selector', 'app.kubernetes.io/name')).toBe(
      '/spec/selector/app.kubernetes.io~1name',
    );
    expect(pointer('a~b', 0)).toBe('/a~0b/0');
  });

  it.each([
    ['the field itself', { '/spec/ports/0/targetPort': { file: 'a.yaml', line: 14, column: 19 } }, [14, 19]],
    ['the nearest enclosing field', { '/spec/ports/0': { file: 'a.yaml', line: 13, column: 5 } }, [13, 5]],
    ["the object's origin when positions are empty", {}, [10, 1]],
  ])('uses %s', (_name, positions, [line, column]) => {
    const r = createReporter(['a.yaml']);
    r.report(
      'PW113',
      'warning',
      { provenance: manifest, positions, pointer: '/spec/ports/0/targetPort' },
      {},
    );
    expect(r.diagnostics[0]).toMatchObject({ file: 'a.yaml', line, column });
  });

  it("puts findings on packetwalk's own objects at the first file's first line, once", () => {
    const r = createReporter(['x.yaml', 'y.yaml']);
    const where = { provenance: { from: 'system', component: 'coredns' } as const };
    r.report('PW111', 'warning', where, { pod: 'Deployment kube-system/coredns' });
    r.report('PW111', 'warning', where, { pod: 'Deployment kube-system/coredns' });
    expect(r.diagnostics).toEqual([
      {
        code: 'PW111',
        severity: 'warning',
        file: 'x.yaml',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 2,
        params: { pod: 'Deployment kube-system/coredns' },
      },
    ]);
  });
});
