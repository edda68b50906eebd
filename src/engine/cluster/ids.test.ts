import { describe, expect, it } from 'vitest';
import { splitRef, toNodeName, toPodRef, toServiceRef } from './ids.ts';
import { originOf } from './provenance.ts';

describe('branded ids', () => {
  it.each([
    ['worker-1', 'worker-1'],
    ['ip-10-0-0-1.ec2.internal', 'ip-10-0-0-1.ec2.internal'],
    ['Worker', undefined],
    ['-worker', undefined],
    ['', undefined],
  ])('toNodeName(%j) is %j', (text, expected) => {
    expect(toNodeName(text)).toBe(expected);
  });

  it('refs are <namespace>/<name> and split back', () => {
    const ref = toPodRef('shop', 'web-0');
    expect(ref).toBe('shop/web-0');
    expect(ref === undefined ? undefined : splitRef(ref)).toEqual({ namespace: 'shop', name: 'web-0' });
    expect(toServiceRef('', 'web')).toBeUndefined();
    expect(toServiceRef('a/b', 'web')).toBeUndefined();
  });

  it('originOf points derived objects at the YAML that produced them', () => {
    const origin = { file: 'a.yaml', line: 3, column: 1, document: 0 };
    expect(
      originOf({
        from: 'controller',
        controller: 'replicaset-controller',
        objectId: 'Deployment/default/web',
        origin,
      }),
    ).toBe(origin);
    expect(originOf({ from: 'system', component: 'coredns' })).toBeUndefined();
  });
});
