/** The cluster model: `buildCluster` and the types the dataplane, the walker and the UI read. */
export { buildCluster } from './build.ts';
export { renderClusterText, summarizeCluster, formatDnsRecord, type ClusterSummary } from './render.ts';
export { renderResolvConf } from './dns.ts';
export { toNodeName, toPodRef, toServiceRef, splitRef } from './ids.ts';
export { originOf } from './provenance.ts';
export { CLUSTER_CODES, type ClusterCode } from './codes.ts';
export type * from './types.ts';
