/** The node topology stage: what the canvas draws of each node's network, read off the dataplane. */
export { nodeTopology, type NodeNetworks } from './nodeTopology.ts';
export { clusterTopology } from './clusterTopology.ts';
export type * from './types.ts';
