/**
 * Cilium's policy maps agree with the reference evaluator in Cilium's reading of ipBlock (never a pod or a
 * node): for every scenario, every ordered pair of pods, external clients and nodes as sources, external
 * servers as destinations, and every probe, the egress map of the source endpoint and the ingress map of the
 * destination endpoint admit exactly what `policyAllows` admits.
 */
import { describe, expect, it } from 'vitest';
import { buildCluster } from '../../../cluster/build.ts';
import type { Cluster, IPv4, PodRef } from '../../../cluster/types.ts';
import { loadManifests } from '../../../manifest/load.ts';
import { netpolCluster, PROBES, SCENARIOS } from '../../../policy/__fixtures__/netpolScenarios.ts';
import { policyAllows } from '../../../policy/evaluate.ts';
import type { PolicyEndpointRef } from '../../../policy/types.ts';
import { buildCiliumPolicy, ciliumIdentityOf, ciliumPolicyVerdict } from './state.ts';
import type { CiliumPolicyState } from './types.ts';

interface End {
  readonly label: string;
  readonly ref: PolicyEndpointRef;
  readonly ip: string;
  /** For a pod: the node whose maps police it. */
  readonly node?: string;
}

function ciliumAllows(
  states: ReadonlyMap<string, CiliumPolicyState>,
  src: End,
  dst: End,
  probe: (typeof PROBES)[number],
): boolean {
  const hook = (end: End, direction: 'ingress' | 'egress', peer: string): boolean => {
    if (end.node === undefined || !('pod' in end.ref)) return true;
    const state = states.get(end.node);
    if (!state) throw new Error(`no state for ${end.node}`);
    const peerIdentity = ciliumIdentityOf(state, peer as IPv4);
    return (
      ciliumPolicyVerdict(state, end.ref.pod, direction, peerIdentity, probe.port, probe.protocol).verdict ===
      'FORWARDED'
    );
  };
  return hook(src, 'egress', dst.ip) && hook(dst, 'ingress', src.ip);
}

function ends(cluster: Cluster): { sources: End[]; destinations: End[] } {
  const pods: End[] = cluster.pods
    .filter((pod) => !pod.hostNetwork && pod.ip && pod.node)
    .map((pod) => ({
      label: pod.ref,
      ref: { pod: pod.ref as PodRef },
      ip: pod.ip ?? '',
      node: pod.node ?? '',
    }));
  const outside = (label: string, ip: string): End => ({ label, ref: { ip: ip as IPv4 }, ip });
  return {
    sources: [
      ...pods,
      outside('laptop', '203.0.113.7'),
      ...cluster.nodes.map((node) => outside(`node/${node.name}`, node.internalIP)),
    ],
    destinations: [...pods, outside('dns.google', '8.8.8.8'), outside('laptop', '203.0.113.7')],
  };
}

describe('cilium policy maps agree with the NetworkPolicy oracle', () => {
  it.each(Object.keys(SCENARIOS))('%s', (scenario) => {
    const cluster = buildCluster(
      loadManifests([{ name: 'netpol.yaml', text: netpolCluster('cilium', SCENARIOS[scenario] ?? '') }]),
    );
    const states = new Map(
      cluster.nodes.map((node) => [node.name as string, buildCiliumPolicy(cluster, node)]),
    );
    const { sources, destinations } = ends(cluster);
    const failures: string[] = [];
    for (const src of sources) {
      for (const dst of destinations) {
        if (src.label === dst.label || (src.node === undefined && dst.node === undefined)) continue;
        for (const probe of PROBES) {
          const query = {
            src: src.ref,
            dst: dst.ref,
            protocol: probe.protocol,
            ...(probe.port === undefined ? {} : { port: probe.port }),
          };
          const oracle = policyAllows(cluster, query, { ipBlockMatchesClusterPeers: false }).allowed;
          const maps = ciliumAllows(states, src, dst, probe);
          if (oracle !== maps)
            failures.push(
              `${src.label} → ${dst.label} ${probe.protocol}/${probe.port ?? '-'}: oracle ${oracle}, maps ${maps}`,
            );
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
