/** kube-proxy nftables mode (REFERENCE.md §3, v1.32 base chains) and the `nft list ruleset` renderer. */
import { describe, expect, it } from 'vitest';
import { clusterFromYaml, kubeProxyConfigMap, pods, runNode, service, twoNodeCluster } from '../testkit.ts';
import { findNftChain, findNftSet, type NftRuleset, type NftTable } from './model.ts';
import { priorityText, renderNftListRuleset, timeText } from './render.ts';
import { foldIntervals } from './statements.ts';

const NFT = twoNodeCluster('nftables');

function table(docs: readonly string[], node = 'master'): NftTable {
  const { output } = runNode(clusterFromYaml(NFT, ...docs), node);
  const found = output.nftables?.tables[0];
  if (!found) throw new Error('no kube-proxy table');
  return found;
}

const rendered = (t: NftTable): string[] => renderNftListRuleset({ tables: [t] }).map((l) => l.text);
/** The rendered block of the first chain whose name starts with `prefix` and contains `contains`. */
const chainText = (t: NftTable, prefix: string, contains = ''): string[] => {
  const lines = rendered(t);
  const start = lines.findIndex((line) => line.startsWith(`\tchain ${prefix}`) && line.includes(contains));
  return lines.slice(start, lines.indexOf('\t}', start) + 1);
};

describe('per-service objects', () => {
  it('nftables numgen vmap over endpoints', () => {
    const t = table([pods('web', 3), service('web', '10.96.70.1')]);
    const body = chainText(t, 'service-', 'default/web/tcp/');
    expect(body[1]).toBe(
      '\t\tip daddr 10.96.70.1 tcp dport 80 ip saddr != 10.244.0.0/16 jump mark-for-masquerade',
    );
    expect(body[2]).toMatch(
      /^\t\tnumgen random mod 3 vmap \{ 0 : goto endpoint-\w{8}-default\/web\/tcp\/__10\.244\.1\.2\/8080, 1 : goto endpoint-\w{8}-default\/web\/tcp\/__10\.244\.1\.3\/8080, 2 : goto endpoint-\w{8}-default\/web\/tcp\/__10\.244\.1\.4\/8080 \}$/,
    );
  });

  it('a Service without endpoints becomes a no-endpoint-services element that goes to reject-chain', () => {
    const t = table([service('ghost', '10.96.70.2')]);
    const map = findNftSet(t, 'no-endpoint-services');
    expect(map?.kind === 'map' && map.elements.map((e) => [e.key.join(' . '), e.comment, e.verdict])).toEqual(
      [['10.96.70.2 . tcp . 80', 'default/ghost', { kind: 'goto', chain: 'reject-chain' }]],
    );
    expect(rendered(t).filter((line) => line.includes('ghost'))).toEqual([
      '\t\telements = { 10.96.70.2 . tcp . 80 comment "default/ghost" : goto reject-chain }',
    ]);
  });

  it('externalTrafficPolicy Local without a local endpoint drops the NodePort', () => {
    const t = table([
      pods('api', 1),
      service(
        'api',
        '10.96.70.3',
        '  type: NodePort\n  externalTrafficPolicy: Local\n  ports: [{port: 80, targetPort: 8080, nodePort: 30200}]',
      ),
    ]);
    const map = findNftSet(t, 'no-endpoint-nodeports');
    expect(map?.kind === 'map' && map.elements.map((e) => [e.key.join(' . '), e.verdict.kind])).toEqual([
      ['tcp . 30200', 'drop'],
    ]);
  });

  it('ClientIP affinity adds an affinity set per endpoint, checked before numgen and updated on DNAT', () => {
    const t = table([
      pods('web', 1),
      service('web', '10.96.70.4', '  sessionAffinity: ClientIP\n  ports: [{port: 80, targetPort: 8080}]'),
    ]);
    const affinity = t.sets.filter((s) => s.name.startsWith('affinity-'));
    expect(affinity.map((s) => s.kind === 'set' && [s.flags, s.timeoutSeconds])).toEqual([
      [['dynamic', 'timeout'], 10800],
    ]);
    const text = rendered(t);
    expect(text).toContain('\t\tflags dynamic,timeout');
    expect(text).toContain('\t\ttimeout 3h');
    expect(
      text.some((line) =>
        /^\t\tupdate @affinity-\w{8}-default\/web\/tcp\/__10\.244\.1\.2\/8080 \{ ip saddr \}$/.test(line),
      ),
    ).toBe(true);
  });

  it('loadBalancerSourceRanges become a firewall chain that drops other sources', () => {
    const lb =
      service(
        'lb',
        '10.96.70.5',
        '  type: LoadBalancer\n  loadBalancerSourceRanges: [203.0.113.0/24, 198.51.100.0/25]\n  ports: [{port: 443, targetPort: 8080, nodePort: 30201}]',
      ) + '\nstatus: {loadBalancer: {ingress: [{ip: 198.51.100.200}]}}';
    const t = table([pods('lb', 1), lb]);
    expect(chainText(t, 'firewall-', 'default/lb')).toEqual([
      expect.stringMatching(/^\tchain firewall-\w{8}-default\/lb\/tcp\/ \{$/),
      '\t\tip saddr != { 198.51.100.0/25, 203.0.113.0/24 } drop',
      '\t}',
    ]);
  });

  it('masqueradeAll drops the ip saddr test', () => {
    const t = table([
      pods('web', 1),
      service('web', '10.96.70.6'),
      kubeProxyConfigMap('mode: nftables\niptables:\n  masqueradeAll: true'),
    ]);
    expect(rendered(t)).toContain('\t\tip daddr 10.96.70.6 tcp dport 80 jump mark-for-masquerade');
  });
});

describe('table skeleton (v1.32)', () => {
  const t = table([]);

  it('has the v1.32 base chains at their priorities', () => {
    expect(t.chains.filter((c) => c.base).map((c) => [c.name, c.base?.hook, c.base?.priority])).toEqual([
      ['filter-prerouting', 'prerouting', -110],
      ['filter-input', 'input', -110],
      ['filter-forward', 'forward', -110],
      ['filter-output', 'output', -110],
      ['filter-output-post-dnat', 'output', -90],
      ['nat-prerouting', 'prerouting', -100],
      ['nat-output', 'output', -100],
      ['nat-postrouting', 'postrouting', 100],
    ]);
  });

  it('rejects unknown ports of a ClusterIP and drops unallocated ClusterIPs', () => {
    expect(chainText(t, 'cluster-ips-check')).toEqual([
      '\tchain cluster-ips-check {',
      '\t\tip daddr @cluster-ips reject comment "Reject traffic to invalid ports of ClusterIPs"',
      '\t\tip daddr 10.96.0.0/12 drop comment "Drop traffic to unallocated ClusterIPs"',
      '\t}',
    ]);
  });

  it('without --nodeport-addresses there is no nodeport-ips set and NodePorts match fib daddr type local', () => {
    expect(findNftSet(t, 'nodeport-ips')).toBeUndefined();
    expect(findNftChain(t, 'services')?.rules.length).toBe(2);
    expect(chainText(t, 'services')[2]).toBe(
      '\t\tfib daddr type local ip daddr != 127.0.0.0/8 meta l4proto . th dport vmap @service-nodeports',
    );
  });

  it('with --nodeport-addresses the nodeport-ips set holds the matching node addresses', () => {
    const withAddresses = table([kubeProxyConfigMap('mode: nftables\nnodePortAddresses: [192.168.1.0/24]')]);
    const set = findNftSet(withAddresses, 'nodeport-ips');
    expect(set?.kind === 'set' && set.elements.map((e) => e.key)).toEqual([['192.168.1.10']]);
    expect(chainText(withAddresses, 'services')[2]).toBe(
      '\t\tip daddr @nodeport-ips meta l4proto . th dport vmap @service-nodeports',
    );
  });
});

describe('nft list ruleset rendering', () => {
  it.each([
    ['prerouting', -110, 'dstnat - 10'],
    ['prerouting', -100, 'dstnat'],
    ['input', -110, '-110'],
    ['output', -100, '-100'],
    ['output', -90, '-90'],
    ['postrouting', 100, 'srcnat'],
    ['forward', 0, 'filter'],
    ['forward', 5, 'filter + 5'],
  ] as const)('priority %s %i prints as %s', (hook, priority, expected) => {
    expect(priorityText(hook, priority)).toBe(expected);
  });

  it.each([
    [10800, '3h'],
    [90, '1m30s'],
    [86400, '1d'],
    [0, '0s'],
  ])('timeout %i s prints as %s', (seconds, expected) => {
    expect(timeText(seconds)).toBe(expected);
  });

  it('folds an anonymous interval set: sorted, entries inside another dropped', () => {
    expect(foldIntervals(['203.0.113.0/24', '192.168.0.0/16', '192.168.1.10', '198.51.100.20'])).toEqual([
      '192.168.0.0/16',
      '198.51.100.20',
      '203.0.113.0/24',
    ]);
  });

  it('wraps set elements two addresses per line, map elements one per line', () => {
    const t = table([pods('a', 1), service('a', '10.96.70.10'), pods('b', 1), service('b', '10.96.70.11')]);
    const text = rendered(t);
    const at = text.indexOf('\tset cluster-ips {');
    expect(text.slice(at, at + 7)).toEqual([
      '\tset cluster-ips {',
      '\t\ttype ipv4_addr',
      '\t\tcomment "Active ClusterIPs"',
      '\t\telements = { 10.96.0.1, 10.96.0.10,',
      '\t\t\t     10.96.70.10, 10.96.70.11 }',
      '\t}',
      '',
    ]);
  });

  it('links every rule line to its rule and every element line to its elements', () => {
    const t = table([pods('web', 2), service('web', '10.96.70.12')]);
    const ruleset: NftRuleset = { tables: [t] };
    const ids = new Set<string>([
      ...t.chains.flatMap((c) => [c.id, ...c.rules.map((r) => r.id)]),
      ...t.sets.flatMap((s) => [s.id, ...s.elements.map((e) => e.id)]),
      t.id,
    ]);
    const lines = renderNftListRuleset(ruleset);
    expect(lines.every((line) => line.refs.every((ref) => ids.has(ref)))).toBe(true);
    const ruleLines = lines.filter(
      (line) =>
        line.text.startsWith('\t\t') &&
        !/^\t\t(type|comment|elements|flags|timeout)/.test(line.text) &&
        !line.text.startsWith('\t\t\t'),
    );
    const ruleIds = t.chains.flatMap((c) => c.rules.map((r) => r.id));
    expect(ruleLines.flatMap((line) => line.refs)).toEqual(ruleIds);
  });
});
