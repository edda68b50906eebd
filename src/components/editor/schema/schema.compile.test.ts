import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../i18n/index.ts';
import { buildEditorSchema } from './index.ts';
import { SCHEMA_KINDS, SCHEMA_KIND_NAMES, schemaKindOf } from './kinds.ts';
import type { JSONSchema } from './types.ts';

function walk(
  node: unknown,
  visit: (schema: Record<string, unknown>, path: string) => void,
  path = '#',
): void {
  if (Array.isArray(node)) node.forEach((child, i) => walk(child, visit, `${path}/${i}`));
  else if (node !== null && typeof node === 'object') {
    visit(node as Record<string, unknown>, path);
    for (const [key, child] of Object.entries(node)) walk(child, visit, `${path}/${key}`);
  }
}

describe('the editor schema as JSON Schema', () => {
  it.each(LOCALES)('compiles with ajv as draft-07 (%s)', (locale) => {
    const schema = buildEditorSchema(locale);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const ajv = new Ajv({ strict: false });
    for (const keyword of ['markdownDescription', 'patternErrorMessage', 'doNotSuggest'])
      ajv.addKeyword(keyword);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('dispatches every kind of SCHEMA_KINDS to a definition offering exactly its apiVersions', () => {
    const schema = buildEditorSchema('en');
    const dispatched = (schema.allOf ?? []).map((entry) => entry.then?.$ref).filter(Boolean);
    expect(dispatched).toEqual(SCHEMA_KIND_NAMES.map((kind) => `#/definitions/${kind}`));
    for (const kind of SCHEMA_KIND_NAMES) {
      const definition = schema.definitions?.[kind];
      expect(definition?.properties?.['apiVersion']?.enum, kind).toEqual([...SCHEMA_KINDS[kind]]);
    }
  });

  it('never closes an object, so fields it does not describe are never flagged', () => {
    const closed: string[] = [];
    walk(buildEditorSchema('en'), (node, path) => {
      if (node['additionalProperties'] === false) closed.push(path);
    });
    expect(closed).toEqual([]);
  });

  it('documents every field it defines', () => {
    const undocumented: string[] = [];
    walk(buildEditorSchema('en'), (node, path) => {
      const properties = node['properties'] as Record<string, JSONSchema> | undefined;
      // The `if` conditions are matching logic, not fields a person edits.
      if (!properties || /\/if(\/|$)/.test(path)) return;
      for (const [name, field] of Object.entries(properties)) {
        if (typeof field.description !== 'string' || field.description === '')
          undocumented.push(`${path}/${name}`);
      }
    });
    expect(undocumented).toEqual([]);
  });
});

describe('schemaKindOf, the rule the schema dispatches by', () => {
  it.each([
    ['v1', 'Service', 'Service'],
    [undefined, 'Service', 'Service'],
    ['apps/v1', 'Deployment', 'Deployment'],
    ['v1', 'Deployment', 'Deployment'],
    ['networking.k8s.io/v1', 'NetworkPolicy', 'NetworkPolicy'],
    ['crd.projectcalico.org/v1', 'IPPool', 'IPPool'],
    ['projectcalico.org/v3', 'IPPool', 'IPPool'],
    ['packetwalk.dev/v1alpha1', 'Cluster', 'Cluster'],
    ['serving.knative.dev/v1', 'Service', undefined],
    ['cluster.x-k8s.io/v1beta1', 'Cluster', undefined],
    ['crd.antrea.io/v1beta1', 'IPPool', undefined],
    ['v1', 'ServiceAccount', undefined],
  ])('%s %s -> %s', (apiVersion, kind, expected) => {
    expect(schemaKindOf(apiVersion, kind)).toBe(expected);
  });
});
