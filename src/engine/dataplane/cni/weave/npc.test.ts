/**
 * weave-npc's chains against the NetworkPolicy oracle: for the e2e netpol scenarios, every ordered pair of
 * pods (same node and across nodes) and every probe, walking the filter FORWARD chain of the nodes on the way
 * must give `policyAllows`' verdict — except where weave-npc itself departs from the API, which is asserted as
 * weave behaves (see `npcPolicy.ts`).
 */
import { describe, expect, it } from 'vitest';
import type { Cluster, PodRef } from '../../../cluster/types.ts';
import { netpolCluster, policy, PROBES, SCENARIOS } from '../../../policy/__fixtures__/netpolScenarios.ts';
import { ipsetMembership, policyAllows, walkAccepts, walkTable } from '../../../policy/index.ts';
import { ip } from '../../netfilter/ip.ts';
import type { MatchLookups, PacketView } from '../../netfilter/packet.ts';
import { clusterFrom, ruleLines, runCni, type CniRun } from '../testkit.ts';
import { WEAVE_BRIDGE, WEAVE_BRIDGE_PORT } from './devices.ts';

interface Compiled {
  readonly cluster: Cluster;
  readonly runs: ReadonlyMap<string, CniRun>;
}

function compile(policies: string): Compiled {
  const cluster = clusterFrom(netpolCluster('weave', policies));
  return { cluster, runs: new Map(cluster.nodes.map((node) => [node.name, runCni(cluster, node.name)])) };
}

/** A pod's port on the weave bridge (its veth; the name does not matter to the rules, only that it is not
 * weave's own uplink port). */
const podPort = (ref: string): string => `vethwepl-${ref.replace('/', '-')}`;

/** Whether the FORWARD hooks on the way accept a packet from pod `src` to pod `dst`. */
function weaveAccepts(
  compiled: Compiled,
  src: string,
  dst: string,
  probe: { readonly protocol: 'TCP' | 'UDP' | 'ICMP'; readonly port?: number },
  state: 'NEW' | 'ESTABLISHED' = 'NEW',
): boolean {
  const pod = (ref: string) => compiled.cluster.pods.find((candidate) => candidate.ref === ref);
  const from = pod(src);
  const to = pod(dst);
  if (!from?.ip || !to?.ip || !from.node || !to.node) throw new Error(`${src} or ${dst} not placed`);
  const hops: { node: string; physIn: string; physOut: string }[] =
    from.node === to.node
      ? [{ node: from.node, physIn: podPort(src), physOut: podPort(dst) }]
      : [
          { node: from.node, physIn: podPort(src), physOut: WEAVE_BRIDGE_PORT },
          { node: to.node, physIn: WEAVE_BRIDGE_PORT, physOut: podPort(dst) },
        ];
  const protocol = probe.protocol.toLowerCase() as 'tcp' | 'udp' | 'icmp';
  return hops.every((hop) => {
    const run = compiled.runs.get(hop.node);
    const filter = run?.ruleset.tables.find((table) => table.name === 'filter');
    if (!run || !filter) throw new Error(`no filter table on ${hop.node}`);
    const node = compiled.cluster.nodes.find((candidate) => candidate.name === hop.node);
    const local = new Set<string>(
      [node?.internalIP, node?.cniAddresses.bridge].filter(
        (a): a is NonNullable<typeof a> => a !== undefined,
      ),
    );
    const packet: PacketView = {
      src: ip(from.ip ?? ''),
      dst: ip(to.ip ?? ''),
      protocol,
      ...(protocol === 'icmp' ? {} : { sport: 40000, dport: probe.port ?? 0 }),
      inInterface: WEAVE_BRIDGE,
      outInterface: WEAVE_BRIDGE,
      mark: 0,
      conntrack: { state, snat: false, dnat: false },
      bridge: { physIn: hop.physIn, physOut: hop.physOut },
    };
    const lookups: MatchLookups = {
      addressType: (address) => (local.has(address.text) ? 'LOCAL' : 'UNICAST'),
      ipsetContains: ipsetMembership(run.result.ipsets ?? []),
      recentLastSeen: () => undefined,
    };
    return walkAccepts(walkTable(filter, 'FORWARD', packet, lookups));
  });
}

/** Every (src, dst, probe) where the chains and the oracle disagree, as readable lines. */
function disagreements(policies: string): string[] {
  const compiled = compile(policies);
  const pods = compiled.cluster.pods.filter((pod) => !pod.hostNetwork && pod.ip).map((pod) => pod.ref);
  const out: string[] = [];
  for (const src of pods) {
    for (const dst of pods) {
      if (src === dst) continue;
      for (const probe of PROBES) {
        const query = {
          src: { pod: src as PodRef },
          dst: { pod: dst as PodRef },
          protocol: probe.protocol,
          ...(probe.port === undefined ? {} : { port: probe.port }),
        };
        const oracle = policyAllows(compiled.cluster, query).allowed;
        const chains = weaveAccepts(compiled, src, dst, probe);
        if (oracle !== chains)
          out.push(
            `${src} → ${dst} ${probe.protocol}/${probe.port ?? '-'}: oracle ${oracle}, weave ${chains}`,
          );
      }
    }
  }
  return out;
}

/** Scenarios whose policies weave-npc handles as the API says. */
const AGREEING = [
  'no policies at all',
  "should support a 'default-deny-ingress' policy",
  "should support a 'default-deny-all' policy",
  'should deny ingress from pods on other namespaces',
  'should enforce policy to allow ingress traffic from pods in all namespaces',
  'should enforce policy based on NamespaceSelector with MatchExpressions',
  'should enforce policy based on PodSelector and NamespaceSelector',
  'should enforce policy based on PodSelector or NamespaceSelector',
  'should enforce policy based on PodSelector with MatchExpressions (Exists, DoesNotExist)',
  'should enforce policy based on Ports',
  'should enforce ingress policy allowing any port traffic to a server on a specific protocol',
  'should support denying of egress traffic on the client side (even if the server explicitly allows this traffic)',
  'should enforce egress-only policyTypes without touching ingress',
  'should allow egress access to server in CIDR block',
  'should enforce except clause while egress access to server in CIDR block',
  'should enforce multiple, stacked policies with overlapping podSelectors',
] as const;

describe('weave-npc chains agree with the NetworkPolicy oracle', () => {
  it.each(AGREEING)('%s', (scenario) => {
    expect(disagreements(SCENARIOS[scenario] ?? '')).toEqual([]);
  });
});

describe('where weave-npc departs from the API', () => {
  it('rejects a policy with a named port whole, so its pods stay default-allowed', () => {
    const compiled = compile(SCENARIOS['should allow ingress access on one named port'] ?? '');
    // The policy would isolate every z pod to serve-80-tcp; weave-npc ignores it: z/a takes UDP 53.
    expect(
      policyAllows(compiled.cluster, {
        src: { pod: 'x/a' as PodRef },
        dst: { pod: 'z/a' as PodRef },
        protocol: 'UDP',
        port: 53,
      }).allowed,
    ).toBe(false);
    expect(weaveAccepts(compiled, 'x/a', 'z/a', { protocol: 'UDP', port: 53 })).toBe(true);
  });

  it('ignores endPort: a range admits only its first port', () => {
    const compiled = compile(
      policy(
        'y',
        'range',
        '    podSelector: {}\n    ingress:\n    - ports: [{port: 80, endPort: 81, protocol: TCP}]',
      ),
    );
    expect(weaveAccepts(compiled, 'x/a', 'y/b', { protocol: 'TCP', port: 80 })).toBe(true);
    expect(weaveAccepts(compiled, 'x/a', 'y/b', { protocol: 'TCP', port: 81 })).toBe(false);
    expect(
      policyAllows(compiled.cluster, {
        src: { pod: 'x/a' as PodRef },
        dst: { pod: 'y/b' as PodRef },
        protocol: 'TCP',
        port: 81,
      }).allowed,
    ).toBe(true);
  });
});

describe('weave-npc rules and sets', () => {
  const compiled = compile(
    SCENARIOS['should enforce policy based on PodSelector and NamespaceSelector'] ?? '',
  );
  const run = compiled.runs.get('master');
  const lines = run ? ruleLines(run.ruleset) : [];

  it('writes the ingress rule with its namespaced-pod set and upstream comment', () => {
    const rule = lines.filter((line) => line.startsWith('-A WEAVE-NPC-INGRESS'));
    expect(rule).toHaveLength(1);
    expect(rule[0]).toMatch(
      /^-A WEAVE-NPC-INGRESS -m set --match-set weave-\S+ src -m set --match-set weave-\S+ dst -m comment --comment "namespaces: selector: kubernetes\.io\/metadata\.name notin \(x\)pod=b -> pods: namespace: x, selector: pod=a \(ingress\)" -j ACCEPT$/,
    );
  });

  it('logs and drops what WEAVE-NPC did not accept, in weaver’s FORWARD block', () => {
    expect(lines).toContain('-A FORWARD -o weave -m state --state NEW -j NFLOG --nflog-group 86');
  });

  it('adds the egress verdict only once a policy isolates egress', () => {
    expect(
      lines.filter((line) => line.includes('-j NFLOG') && line.startsWith('-A WEAVE-NPC-EGRESS')),
    ).toEqual([]);
    const egress = compile(SCENARIOS["should support a 'default-deny-all' policy"] ?? '').runs.get('master');
    expect(
      egress && ruleLines(egress.ruleset).filter((line) => line.startsWith('-A WEAVE-NPC-EGRESS ')),
    ).toEqual(
      expect.arrayContaining([
        '-A WEAVE-NPC-EGRESS -m state --state NEW -m mark ! --mark 0x40000/0x40000 -j NFLOG --nflog-group 86',
        '-A WEAVE-NPC-EGRESS -m mark ! --mark 0x40000/0x40000 -j DROP',
      ]),
    );
  });

  it('lets replies of an allowed connection through as ESTABLISHED', () => {
    const denyAll = compile(SCENARIOS["should support a 'default-deny-all' policy"] ?? '');
    expect(weaveAccepts(denyAll, 'x/a', 'y/a', { protocol: 'TCP', port: 80 })).toBe(false);
    expect(weaveAccepts(denyAll, 'x/a', 'y/a', { protocol: 'TCP', port: 80 }, 'ESTABLISHED')).toBe(true);
  });
});
