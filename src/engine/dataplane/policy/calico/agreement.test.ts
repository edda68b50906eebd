/**
 * The compiled Calico chains agree with the reference evaluator: for every scenario, every ordered pair of
 * pods (same node and across nodes, CoreDNS included) and every probe, walking the filter FORWARD (or OUTPUT)
 * hooks of the nodes on the way gives the verdict `policyAllows` gives. Also nodes and external clients as
 * sources, external addresses as destinations, and stateful replies.
 */
import { describe, expect, it } from 'vitest';
import type { CniPlugin, IPv4, PodRef } from '../../../cluster/types.ts';
import { netpolCluster, PROBES, SCENARIOS } from '../../../policy/__fixtures__/netpolScenarios.ts';
import { policyAllows } from '../../../policy/evaluate.ts';
import type { PolicyEndpointRef } from '../../../policy/types.ts';
import { calicoAccepts, clusterFromYaml, compileCalicoCluster, podEnd, type TestEnd } from './testkit.ts';

const EXTERNAL_CLIENT = '203.0.113.7';
const EXTERNAL_SERVER = '8.8.8.8';

interface End {
  readonly label: string;
  readonly ref: PolicyEndpointRef;
  readonly end: TestEnd;
  /** Set for a node's own address: packets it sends leave by OUTPUT. */
  readonly node?: string;
}

function agreementFailures(plugin: CniPlugin, policies: string): string[] {
  const cluster = clusterFromYaml(netpolCluster(plugin, policies));
  const nodes = compileCalicoCluster(cluster);
  const pods: End[] = cluster.pods
    .filter((pod) => !pod.hostNetwork && pod.ip)
    .map((pod) => ({ label: pod.ref, ref: { pod: pod.ref as PodRef }, end: podEnd(cluster, pod.ref) }));
  const outside = (label: string, address: string, node?: string): End => ({
    label,
    ref: { ip: address as IPv4 },
    end: { ip: address },
    ...(node === undefined ? {} : { node }),
  });
  const sources = [
    ...pods,
    outside(EXTERNAL_CLIENT, EXTERNAL_CLIENT),
    ...cluster.nodes.map((node) => outside(`node/${node.name}`, node.internalIP, node.name)),
  ];
  const destinations = [
    ...pods,
    outside(EXTERNAL_SERVER, EXTERNAL_SERVER),
    outside(EXTERNAL_CLIENT, EXTERNAL_CLIENT),
  ];
  const failures: string[] = [];
  for (const src of sources) {
    for (const dst of destinations) {
      if (src.label === dst.label || (src.end.iface === undefined && dst.end.iface === undefined)) continue;
      for (const probe of PROBES) {
        const query = {
          src: src.ref,
          dst: dst.ref,
          protocol: probe.protocol,
          ...(probe.port === undefined ? {} : { port: probe.port }),
        };
        const oracle = policyAllows(cluster, query);
        const compiled = calicoAccepts(
          nodes,
          src.end,
          dst.end,
          probe,
          src.node === undefined ? {} : { srcIsNode: src.node },
        );
        if (oracle.allowed !== compiled) {
          failures.push(
            `${src.label} → ${dst.label} ${probe.protocol}/${probe.port ?? '-'}: oracle ${oracle.allowed} (${oracle.egress.kind}, ${oracle.ingress.kind}), chains ${compiled}`,
          );
        }
      }
    }
  }
  return failures;
}

describe.each<CniPlugin>(['calico', 'canal'])('%s chains agree with the NetworkPolicy oracle', (plugin) => {
  it.each(Object.keys(SCENARIOS))('%s', (scenario) => {
    expect(agreementFailures(plugin, SCENARIOS[scenario] ?? '')).toEqual([]);
  });
});

describe('stateful replies', () => {
  it('accepts the reply of an allowed connection even when the reverse direction would be denied', () => {
    const cluster = clusterFromYaml(
      netpolCluster('calico', SCENARIOS["should support a 'default-deny-all' policy"] ?? ''),
    );
    const nodes = compileCalicoCluster(cluster);
    const client = podEnd(cluster, 'y/a');
    const server = podEnd(cluster, 'z/b');
    const isolated = podEnd(cluster, 'x/a');
    const tcp80 = { protocol: 'TCP' as const, port: 80 };
    // y/a → x/a is denied (x is default-deny-all), so a reply x/a → y/a only passes as ESTABLISHED …
    expect(calicoAccepts(nodes, isolated, client, tcp80)).toBe(false);
    expect(calicoAccepts(nodes, isolated, client, tcp80, { state: 'ESTABLISHED' })).toBe(true);
    // … and an allowed y/a → z/b connection's reply passes the same way.
    expect(calicoAccepts(nodes, client, server, tcp80)).toBe(true);
    expect(calicoAccepts(nodes, server, client, tcp80, { state: 'ESTABLISHED' })).toBe(true);
  });
});
