/**
 * The topology of the nodes a picture shows, from a cluster and its lazy dataplane: nodes already built for a
 * walk or a view are read as they are, the others are built without their rules.
 */
import type { Cluster } from '../cluster/types.ts';
import type { CachingDataplane } from '../dataplane/build.ts';
import { nodeTopology } from './nodeTopology.ts';
import type { NodeTopology } from './types.ts';

/**
 * One topology per requested node the cluster has, in the order asked, each node once; names the cluster does
 * not have are left out (the UI may ask for a node an edit has just removed).
 */
export function clusterTopology(
  cluster: Cluster,
  dataplane: CachingDataplane,
  nodes: readonly string[],
): NodeTopology[] {
  const seen = new Set<string>();
  const result: NodeTopology[] = [];
  for (const name of nodes) {
    if (seen.has(name)) continue;
    seen.add(name);
    const node = cluster.nodes.find((n) => n.name === name);
    const devices = node === undefined ? undefined : dataplane.devices(name);
    if (node === undefined || devices === undefined) continue;
    result.push(nodeTopology(devices, node.internalIP));
  }
  return result;
}
