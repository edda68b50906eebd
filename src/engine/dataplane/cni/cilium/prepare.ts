/** What Cilium agents share cluster-wide, computed once: identities, the pod ipcache, slices by Service. */
import type { Cluster, EndpointSliceModel, ServiceRef } from '../../../cluster/types.ts';
import { allocateIdentities, podIpcache, type IdentityTable } from './identities.ts';
import { indexSlices } from './services.ts';
import type { CiliumIpcacheEntry } from './types.ts';

export interface CiliumClusterState {
  readonly identities: IdentityTable;
  readonly podIpcache: readonly CiliumIpcacheEntry[];
  readonly slicesByService: ReadonlyMap<ServiceRef, readonly EndpointSliceModel[]>;
}

export function prepareCilium(cluster: Cluster, tunnel: boolean): CiliumClusterState {
  const identities = allocateIdentities(cluster);
  return {
    identities,
    podIpcache: podIpcache(cluster, identities, tunnel),
    slicesByService: indexSlices(cluster),
  };
}
