/** Pod-to-pod reachability under NetworkPolicy, as the cluster's CNI enforces it. */
export {
  reachability,
  reachablePods,
  policyOptionsFor,
  type ReachMatrix,
  type ReachProtocol,
  type ReachQuery,
} from './reach.ts';
export { renderReachMatrix } from './render.ts';
