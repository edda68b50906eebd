import { describe, expect, it } from 'vitest';
import { displayPath, escapePointerToken, valueAt, withoutNulls } from './json.ts';

describe('JSON pointers and paths', () => {
  it.each([
    ['', '(top level)'],
    ['/spec/ports/0/targetPort', 'spec.ports[0].targetPort'],
    ['/metadata/labels/app.kubernetes.io~1name', 'metadata.labels["app.kubernetes.io/name"]'],
    ['/data/config.conf', 'data["config.conf"]'],
    ['/a~0b', '["a~b"]'],
  ])('shows %s as %s', (pointer, path) => {
    expect(displayPath(pointer)).toBe(path);
  });

  it('escapes ~ and / in keys, and finds values by pointer', () => {
    const key = escapePointerToken('a/b~c');
    expect(key).toBe('a~1b~0c');
    expect(valueAt({ x: [{ 'a/b~c': 7 }] }, `/x/0/${key}`)).toBe(7);
    expect(valueAt({ x: [] }, '/x/3')).toBeUndefined();
    expect(valueAt({ x: 'scalar' }, '/x/y')).toBeUndefined();
  });

  it('drops null entries from mappings but keeps null list items', () => {
    expect(withoutNulls({ a: null, b: { c: null, d: 1 }, e: [null, { f: null }] })).toEqual({
      b: { d: 1 },
      e: [null, {}],
    });
    const clean = { a: 1, b: [1, 2] };
    expect(withoutNulls(clean)).toBe(clean);
  });
});
