/** Test helpers: build a cluster from YAML and compile one node's Calico policy. */
import { buildCluster } from '../../../cluster/build.ts';
import type { Cluster, ClusterNode } from '../../../cluster/types.ts';
import { loadManifests } from '../../../manifest/load.ts';
import { createRulesetBuilder } from '../../netfilter/builder.ts';
import { ip } from '../../netfilter/ip.ts';
import type { Ruleset } from '../../netfilter/model.ts';
import type { MatchLookups, PacketView } from '../../netfilter/packet.ts';
import { calicoInterfaceName } from '../../naming/calico.ts';
import { ipsetMembership } from '../../../policy/ipsetLookup.ts';
import { walkAccepts, walkTable } from '../../../policy/walkChains.ts';
import { applyCalicoPolicy, type CalicoPolicyResult } from './apply.ts';

export function clusterFromYaml(text: string): Cluster {
  return buildCluster(loadManifests([{ name: 'test.yaml', text }]));
}

export interface CompiledNode extends CalicoPolicyResult {
  readonly node: ClusterNode;
  readonly ruleset: Ruleset;
}

/** Felix's rules for one node, in a ruleset of their own. */
export function compileCalicoNode(cluster: Cluster, node: ClusterNode): CompiledNode {
  const rules = createRulesetBuilder('ipv4');
  const result = applyCalicoPolicy({ cluster, node, rules });
  return { ...result, node, ruleset: rules.build() };
}

/** Where a packet enters or leaves a node that is not a local pod: the IPIP tunnel, as in the test clusters. */
const UPLINK = 'tunl0';

interface Hop {
  readonly node: CompiledNode;
  readonly hook: 'FORWARD' | 'OUTPUT';
  readonly inInterface?: string;
  readonly outInterface: string;
}

/** One end of a test connection, resolved to an address and, for a pod, its node and interface. */
export interface TestEnd {
  readonly ip: string;
  readonly node?: string;
  readonly iface?: string;
}

export function podEnd(cluster: Cluster, ref: string): TestEnd {
  const pod = cluster.pods.find((candidate) => candidate.ref === ref);
  if (!pod?.ip || !pod.node) throw new Error(`pod ${ref} has no address`);
  return { ip: pod.ip, node: pod.node, iface: calicoInterfaceName(pod.namespace, pod.name) };
}

/**
 * The filter hooks a packet crosses: FORWARD on the source pod's node (in by its veth), OUTPUT when a node
 * itself sends to a local pod, FORWARD on the destination pod's node (out by its veth).
 */
function hops(
  nodes: ReadonlyMap<string, CompiledNode>,
  src: TestEnd,
  dst: TestEnd,
  srcIsNode: string | undefined,
): Hop[] {
  const out: Hop[] = [];
  const at = (name: string): CompiledNode => {
    const node = nodes.get(name);
    if (!node) throw new Error(`no node ${name}`);
    return node;
  };
  if (src.node && src.iface) {
    const sameNode = dst.node === src.node && dst.iface !== undefined;
    out.push({
      node: at(src.node),
      hook: 'FORWARD',
      inInterface: src.iface,
      outInterface: sameNode ? (dst.iface ?? UPLINK) : UPLINK,
    });
    if (sameNode) return out;
  }
  if (dst.node && dst.iface) {
    if (srcIsNode === dst.node) out.push({ node: at(dst.node), hook: 'OUTPUT', outInterface: dst.iface });
    else out.push({ node: at(dst.node), hook: 'FORWARD', inInterface: UPLINK, outInterface: dst.iface });
  }
  return out;
}

/** Whether every filter hook on the way accepts a NEW (or ESTABLISHED) packet of the connection. */
export function calicoAccepts(
  nodes: ReadonlyMap<string, CompiledNode>,
  src: TestEnd,
  dst: TestEnd,
  probe: { readonly protocol: 'TCP' | 'UDP' | 'SCTP' | 'ICMP'; readonly port?: number },
  options: { readonly state?: 'NEW' | 'ESTABLISHED'; readonly srcIsNode?: string } = {},
): boolean {
  const protocol = probe.protocol.toLowerCase() as 'tcp' | 'udp' | 'sctp' | 'icmp';
  return hops(nodes, src, dst, options.srcIsNode).every((hop) => {
    const table = hop.node.ruleset.tables.find((candidate) => candidate.name === 'filter');
    if (!table) return true;
    const packet: PacketView = {
      src: ip(src.ip),
      dst: ip(dst.ip),
      protocol,
      ...(protocol === 'icmp' ? {} : { sport: 40000, dport: probe.port ?? 0 }),
      ...(hop.inInterface === undefined ? {} : { inInterface: hop.inInterface }),
      outInterface: hop.outInterface,
      mark: 0,
      conntrack: { state: options.state ?? 'NEW', snat: false, dnat: false },
    };
    const lookups: MatchLookups = {
      addressType: () => 'UNICAST',
      ipsetContains: ipsetMembership(hop.node.ipsets),
      recentLastSeen: () => undefined,
    };
    return walkAccepts(walkTable(table, hop.hook, packet, lookups));
  });
}

export function compileCalicoCluster(cluster: Cluster): ReadonlyMap<string, CompiledNode> {
  return new Map(cluster.nodes.map((node) => [node.name, compileCalicoNode(cluster, node)]));
}
