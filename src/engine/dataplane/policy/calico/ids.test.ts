/** Felix's hashed names and rule ids, pinned to values that appear in public Felix dumps. */
import { describe, expect, it } from 'vitest';
import { felixRuleHashes, ipsetName, lengthLimitedId, makeUniqueId } from './ids.ts';

describe('lengthLimitedId (hashutils.GetLengthLimitedID)', () => {
  it.each([
    ['felix', '1234', 10, 'felix1234'],
    ['felix', '123456', 11, 'felix123456'],
    ['felix', '_2345', 10, 'felix_kMQI'],
    ['felix', '12345678910', 13, 'felix_Y2QCZIS'],
  ])('matches the upstream unit test: %s + %s within %i → %s', (prefix, suffix, max, expected) => {
    expect(lengthLimitedId(prefix, suffix, max)).toBe(expected);
  });

  it.each([
    ['default/knp.default.allow-db-access', 'cali-pi-_tTE-E7yY40ogArNVgKt'],
    ['alpha/knp.default.access-nginx', 'cali-pi-_e8MLrhOHDfNlfSa51Ak'],
    ['alpha/knp.default.alpha-deny', 'cali-pi-_kxgQy6VBWOo3Mj1GNsy'],
    ['alpha/knp.default.access-nginx-complex', 'cali-pi-_w6rJoXTmbxiadSPZU3_'],
  ])('names the policy chain of %s as the dumps show (%s)', (policyId, chain) => {
    expect(lengthLimitedId('cali-pi-', policyId, 28)).toBe(chain);
  });

  it('keeps short profile names readable', () => {
    expect(lengthLimitedId('cali-pri-', 'kns.default', 28)).toBe('cali-pri-kns.default');
  });
});

describe('selector ipset names (MakeUniqueID + NameForMainIPSet)', () => {
  it.each([
    [
      '(projectcalico.org/namespace == "default" && (projectcalico.org/orchestrator == "k8s" && networking/allow-db-access == "true"))',
      'cali40s:LrVD8vMIGQDyv8Y7sPFB1Ge',
    ],
    ['(pcns.ns == "a" && projectcalico.org/orchestrator == "k8s")', 'cali40s:USRWmGlMuNymjhMsAmbxKOD'],
    [
      '(pcns.ns == "b" && (projectcalico.org/orchestrator == "k8s" && run == "access"))',
      'cali40s:11jW-7YBzuTbDQfMRpGESlM',
    ],
  ])('%s → %s', (selector, name) => {
    expect(ipsetName(makeUniqueId('s', selector))).toBe(name);
  });
});

describe('felixRuleHashes (Chain.RuleHashes)', () => {
  it('reproduces the cali: ids of a real cali-tw- chain', () => {
    const rules = [
      '-m conntrack --ctstate RELATED,ESTABLISHED --jump ACCEPT',
      '-m conntrack --ctstate INVALID --jump DROP',
      '--jump MARK --set-mark 0/0x10000',
      '-m comment --comment "Start of policies" --jump MARK --set-mark 0/0x20000',
    ];
    expect(felixRuleHashes('cali-tw-cali95aa86cbb2a', rules)).toEqual([
      'eCrqwxNk3cKw9Eq6',
      '_krp5nzavhAu5avJ',
      'Cu-tVtfKKu413YTT',
      'leBL64hpAXM9y4nk',
    ]);
  });

  it.each([
    ['FORWARD', '--jump cali-FORWARD', 'wUHhoiAYhphO9Mso'],
    ['INPUT', '--jump cali-INPUT', 'Cz_u1IQiXIMmKD4c'],
    ['OUTPUT', '--jump cali-OUTPUT', 'tVnHkvAo15HuiPy0'],
  ])('gives the %s jump its well-known id', (chain, rule, hash) => {
    expect(felixRuleHashes(chain, [rule])).toEqual([hash]);
  });
});
