/** Calico selectors as k8s NetworkPolicy peers become (libcalico-go conversion + syncer namespacing). */
import { describe, expect, it } from 'vitest';
import { peerSelector, podSelectorToCalico } from './convert.ts';
import { sel, selectorMatches, selectorString } from './selector.ts';

describe('peer selectors', () => {
  it.each([
    [{ podSelector: {} }, '(projectcalico.org/namespace == "x" && projectcalico.org/orchestrator == "k8s")'],
    [
      { podSelector: { matchLabels: { run: 'access', app: 'web' } } },
      '(projectcalico.org/namespace == "x" && (projectcalico.org/orchestrator == "k8s" && app == "web" && run == "access"))',
    ],
    [
      { namespaceSelector: {} },
      '(has(projectcalico.org/namespace) && projectcalico.org/orchestrator == "k8s")',
    ],
    [
      {
        namespaceSelector: { matchLabels: { ns: 'b', team: 'x' } },
        podSelector: { matchLabels: { run: 'access' } },
      },
      '((pcns.ns == "b" && pcns.team == "x") && (projectcalico.org/orchestrator == "k8s" && run == "access"))',
    ],
    [
      {
        namespaceSelector: {
          matchExpressions: [
            { key: 'kubernetes.io/metadata.name', operator: 'NotIn' as const, values: ['z', 'x', 'z'] },
          ],
        },
      },
      '(pcns.kubernetes.io/metadata.name not in {"x", "z"} && projectcalico.org/orchestrator == "k8s")',
    ],
    [
      {
        podSelector: {
          matchExpressions: [
            { key: 'role', operator: 'DoesNotExist' as const },
            { key: 'tier', operator: 'Exists' as const },
          ],
        },
      },
      '(projectcalico.org/namespace == "x" && (projectcalico.org/orchestrator == "k8s" && !has(role) && has(tier)))',
    ],
  ])('%j prints as %s', (peer, expected) => {
    expect(selectorString(peerSelector(peer, 'x'))).toBe(expected);
  });

  it('starts every pod selector with the orchestrator term', () => {
    expect(selectorString(podSelectorToCalico(undefined))).toBe('projectcalico.org/orchestrator == "k8s"');
  });
});

describe('selector evaluation', () => {
  const labels = { app: 'web', 'pcns.ns': 'a' };
  it.each([
    [sel.eq('app', 'web'), true],
    [sel.in('app', ['api', 'web']), true],
    [sel.notIn('app', ['web']), false],
    [sel.notIn('missing', ['web']), true],
    [sel.has('pcns.ns'), true],
    [sel.not(sel.has('app')), false],
    [sel.and([sel.eq('app', 'web'), sel.eq('pcns.ns', 'b')]), false],
    [sel.all(), true],
  ])('%j on app=web,pcns.ns=a → %s', (selector, expected) => {
    expect(selectorMatches(selector, labels)).toBe(expected);
  });

  it('prints a value containing a double quote in single quotes', () => {
    expect(selectorString(sel.eq('a', 'say "hi"'))).toBe(`a == 'say "hi"'`);
  });
});
