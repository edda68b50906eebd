/**
 * A walk session: several connections walked in order through the same nodes, each starting from the state the
 * previous ones left in the kernels (`recent` lists, IPVS persistence templates and scheduler state, nftables
 * affinity sets; see `sessionState.ts`). It shows what one trace cannot: session affinity, where the same
 * client keeps its backend, and a scheduler spreading connections over backends.
 *
 * Each request is a new connection: its own seed draws its own source port and random choices. Conntrack is
 * not carried (a new source port is a new conntrack entry anyway). Time does not pass between connections:
 * all of them happen within the affinity timeout.
 */
import type { LazyDataplane } from '../dataplane/build.ts';
import type { Cluster } from '../cluster/types.ts';
import { emptySessionState, type WalkSessionState } from './sessionState.ts';
import { traceInSession } from './trace.ts';
import type { Trace, TraceRequest } from './types.ts';

/** The traces of `requests`, walked in order, each seeing the kernel state the ones before it left. */
export function traceSession(
  cluster: Cluster,
  dataplane: LazyDataplane,
  requests: readonly TraceRequest[],
  initial: WalkSessionState = emptySessionState,
): readonly Trace[] {
  const traces: Trace[] = [];
  let session = initial;
  for (const request of requests) {
    const walked = traceInSession(cluster, dataplane, request, session);
    traces.push(walked.trace);
    session = walked.session;
  }
  return traces;
}
