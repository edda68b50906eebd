/**
 * How one k8s rule becomes Felix rules: one Calico rule per protocol × peer, and match blocks where a single
 * iptables rule cannot express the OR (named beside numeric ports, more than 15 port slots, ipBlock except).
 * Rules are shown in Felix's own rendering, the text its `cali:` hashes are taken over.
 */
import { describe, expect, it } from 'vitest';
import type { NetworkPolicyModel } from '../../../cluster/types.ts';
import type { PolicyDirection } from '../../../policy/types.ts';
import { convertPolicy } from './convert.ts';
import { felixRuleText } from './felixRule.ts';
import { renderPolicyRule, splitPortList } from './policyChains.ts';

function policy(spec: NetworkPolicyModel['spec']): NetworkPolicyModel {
  return {
    ref: 'x/p',
    name: 'p',
    namespace: 'x',
    spec,
    provenance: { from: 'system', component: 'seed-topology' },
  };
}

function rendered(spec: NetworkPolicyModel['spec'], direction: PolicyDirection): string[] {
  return convertPolicy(policy(spec), direction).flatMap((rule) =>
    renderPolicyRule(rule, direction).rules.map(felixRuleText),
  );
}

const ACCEPT = '--jump MARK --set-mark 0x10000/0x10000';
const RETURN = '-m mark --mark 0x10000/0x10000 --jump RETURN';

describe('policy rules', () => {
  it('allows everything with one empty rule', () => {
    expect(rendered({ podSelector: {}, ingress: [{}] }, 'ingress')).toEqual([ACCEPT, RETURN]);
  });

  it('splits a rule per protocol, protocols sorted, ports coalesced', () => {
    const spec = {
      podSelector: {},
      ingress: [
        { ports: [{ port: 81 }, { port: 80 }, { protocol: 'UDP' as const, port: 53 }, { port: 82 }] },
      ],
    };
    expect(rendered(spec, 'ingress')).toEqual([
      `-p tcp -m multiport --destination-ports 80:82 ${ACCEPT}`,
      RETURN,
      `-p udp -m multiport --destination-ports 53 ${ACCEPT}`,
      RETURN,
    ]);
  });

  it('renders endPort as a multiport range', () => {
    expect(
      rendered({ podSelector: {}, ingress: [{ ports: [{ port: 8000, endPort: 8100 }] }] }, 'ingress'),
    ).toEqual([`-p tcp -m multiport --destination-ports 8000:8100 ${ACCEPT}`, RETURN]);
  });

  it('matches a named port with a (IP, port) ipset of every pod that declares it', () => {
    const [main] = rendered({ podSelector: {}, ingress: [{ ports: [{ port: 'http' }] }] }, 'ingress');
    expect(main).toMatch(
      /^-p tcp -m set --match-set cali40n:\S+ dst,dst --jump MARK --set-mark 0x10000\/0x10000$/,
    );
  });

  it('ORs a named port with numeric ports through a match block on scratch mark 0x40000', () => {
    const lines = rendered(
      { podSelector: {}, ingress: [{ ports: [{ port: 'http' }, { port: 8080 }] }] },
      'ingress',
    );
    expect(lines[0]).toBe('--jump MARK --set-mark 0x0/0xc0000');
    expect(lines[1]).toBe(
      '-p tcp -m multiport --destination-ports 8080 --jump MARK --set-mark 0x40000/0x40000',
    );
    expect(lines[2]).toMatch(
      /^-m set --match-set cali40n:\S+ dst,dst --jump MARK --set-mark 0x40000\/0x40000$/,
    );
    expect(lines.slice(3)).toEqual([`-p tcp -m mark --mark 0x40000/0x40000 ${ACCEPT}`, RETURN]);
  });

  it('implements ipBlock except as a negated block that clears the scratch bit', () => {
    const spec = {
      podSelector: {},
      ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16', '10.2.0.0/16'] } }] }],
    };
    expect(rendered(spec, 'ingress')).toEqual([
      '--jump MARK --set-mark 0x40000/0xc0000',
      '--source 10.1.0.0/16 --jump MARK --set-mark 0/0x40000',
      '--source 10.2.0.0/16 --jump MARK --set-mark 0/0x40000',
      `--source 10.0.0.0/8 -m mark --mark 0x40000/0x40000 ${ACCEPT}`,
      RETURN,
    ]);
  });

  it('filters an egress named port by the destination selector instead of a separate selector set', () => {
    const spec = {
      podSelector: {},
      policyTypes: ['Egress' as const],
      egress: [{ to: [{ podSelector: { matchLabels: { app: 'db' } } }], ports: [{ port: 'pg' }] }],
    };
    const [main] = rendered(spec, 'egress');
    expect(main).toMatch(/^-p tcp -m set --match-set cali40n:\S+ dst,dst --jump MARK/);
    expect(main).not.toContain('cali40s:');
  });

  it('drops a k8s rule whose ports would not convert (endPort with a named port), as Calico does', () => {
    expect(
      rendered({ podSelector: {}, ingress: [{ ports: [{ port: 'http', endPort: 90 }] }, {}] }, 'ingress'),
    ).toEqual([ACCEPT, RETURN]);
  });
});

describe('splitPortList', () => {
  it('puts at most 15 slots in a multiport match, a range taking two', () => {
    const ports = [
      ...Array.from({ length: 14 }, (_, i) => ({ first: 1000 + i, last: 1000 + i })),
      { first: 2000, last: 2010 },
    ];
    expect(splitPortList(ports).map((split) => split.length)).toEqual([14, 1]);
  });
});
