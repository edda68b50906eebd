import { describe, expect, it } from 'vitest';
import { calicoInterfaceName } from './calico.ts';
import { ciliumLxcName } from './cilium.ts';

// REFERENCE.md §5, verified against a public minikube dump.
describe('calicoInterfaceName', () => {
  it.each([
    ['default', 'db-8d66ff5f7-bp6kf', 'cali95aa86cbb2a'],
    ['default', 'frontend-8b474f47-zdqdv', 'cali505cfbeac50'],
  ])('%s/%s -> %s', (ns, pod, expected) => {
    expect(calicoInterfaceName(ns, pod)).toBe(expected);
  });

  it('is 15 characters, the IFNAMSIZ limit', () => {
    expect(calicoInterfaceName('default', 'db-8d66ff5f7-bp6kf')).toHaveLength(15);
  });

  it('uses the first entry of FELIX_INTERFACEPREFIX', () => {
    expect(calicoInterfaceName('default', 'db-8d66ff5f7-bp6kf', 'tap,cali')).toBe('tap95aa86cbb2a');
  });
});

describe('ciliumLxcName', () => {
  it('is lxc + the first 12 hex characters of sha256(id)', () => {
    // sha256("12345") = 5994471abb01112afcc18159f6cc74b4f511b99806da59b3caf5a9c173cacfc5
    expect(ciliumLxcName('12345')).toBe('lxc5994471abb01');
  });
});
