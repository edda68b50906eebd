/** Cilium's per-endpoint policy maps and identities, as `cilium-dbg bpf policy get` / `bpf ipcache list` show them. */
import { describe, expect, it } from 'vitest';
import { buildCluster } from '../../../cluster/build.ts';
import type { IPv4, PodRef } from '../../../cluster/types.ts';
import { loadManifests } from '../../../manifest/load.ts';
import { netpolCluster, SCENARIOS } from '../../../policy/__fixtures__/netpolScenarios.ts';
import { buildCiliumPolicy, ciliumIdentityOf, ciliumPolicyVerdict } from './state.ts';
import { LOCAL_IDENTITY_FLAG, RESERVED_IDENTITY } from './types.ts';

function state(scenario: string, node = 'master') {
  const cluster = buildCluster(
    loadManifests([{ name: 'n.yaml', text: netpolCluster('cilium', SCENARIOS[scenario] ?? '') }]),
  );
  const target = cluster.nodes.find((candidate) => candidate.name === node);
  if (!target) throw new Error(`no node ${node}`);
  return buildCiliumPolicy(cluster, target);
}

const endpoint = (s: ReturnType<typeof state>, pod: string) => s.endpoints.find((e) => e.pod === pod);

describe('policy maps', () => {
  it('allows everything with a wildcard entry while no policy selects the endpoint', () => {
    const x = endpoint(state('no policies at all'), 'x/a');
    expect(x?.ingressEnforced).toBe(false);
    expect(
      x?.entries.map(({ direction, identity, protocol, port, derivedFrom }) => [
        direction,
        identity,
        protocol,
        port,
        derivedFrom,
      ]),
    ).toEqual([
      ['egress', 0, 'ANY', 0, ['allow-all']],
      ['ingress', 0, 'ANY', 0, ['allow-all']],
    ]);
  });

  it('keeps only the local host once ingress is enforced with no rules (default deny)', () => {
    const x = endpoint(state("should support a 'default-deny-ingress' policy"), 'x/a');
    expect(x?.ingressEnforced).toBe(true);
    expect(
      x?.entries
        .filter((entry) => entry.direction === 'ingress')
        .map((entry) => [entry.identity, entry.derivedFrom]),
    ).toEqual([[RESERVED_IDENTITY.host, ['allow-localhost']]]);
  });

  it('turns a named port into the endpoint’s own port number', () => {
    const s = state('should allow ingress access on one named port');
    const ports = (pod: string) =>
      endpoint(s, pod)
        ?.entries.filter((e) => e.derivedFrom.includes('z/allow-named-port'))
        .map((e) => e.port);
    expect(ports('z/a')).toEqual([80]);
    expect(ports('z/c')).toEqual([8080]);
  });

  it('keeps endPort ranges as one entry', () => {
    const y = endpoint(state('should allow ingress to a port range with endPort'), 'y/b');
    expect(
      y?.entries
        .filter((e) => e.derivedFrom.includes('y/allow-range'))
        .map((e) => [e.protocol, e.port, e.endPort]),
    ).toEqual([
      ['TCP', 79, 81],
      ['TCP', 8000, 8100],
    ]);
  });
});

describe('identities and the ipcache', () => {
  const s = state('should allow ingress from an external CIDR block with except');

  it('gives ipBlock prefixes local identities and resolves by longest prefix', () => {
    const inside = ciliumIdentityOf(s, '203.0.113.7' as IPv4);
    const excepted = ciliumIdentityOf(s, '203.0.113.200' as IPv4);
    expect(inside & LOCAL_IDENTITY_FLAG).toBeTruthy();
    expect(excepted).not.toBe(inside);
    expect(ciliumIdentityOf(s, '8.8.8.8' as IPv4)).toBe(RESERVED_IDENTITY.world);
  });

  it('sees nodes as host or remote-node, never as CIDRs', () => {
    expect(ciliumIdentityOf(s, '192.168.1.10' as IPv4)).toBe(RESERVED_IDENTITY.host);
    expect(ciliumIdentityOf(s, '192.168.1.11' as IPv4)).toBe(RESERVED_IDENTITY['remote-node']);
  });

  it('reports the verdict with the entry that decided it', () => {
    const y = 'y/b' as PodRef;
    const allowed = ciliumPolicyVerdict(
      s,
      y,
      'ingress',
      ciliumIdentityOf(s, '203.0.113.7' as IPv4),
      80,
      'TCP',
    );
    expect(allowed.verdict).toBe('FORWARDED');
    const denied = ciliumPolicyVerdict(
      s,
      y,
      'ingress',
      ciliumIdentityOf(s, '203.0.113.200' as IPv4),
      80,
      'TCP',
    );
    expect(denied).toEqual({ verdict: 'DROPPED', reason: 'POLICY_DENIED' });
  });
});
