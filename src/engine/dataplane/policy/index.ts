/**
 * NetworkPolicy enforcement compiled into each CNI's dataplane: Calico's Felix chains and ipsets (also used by
 * Canal), and Cilium's per-endpoint policy maps. The walker evaluates these; `src/engine/policy` holds the
 * reference semantics they are tested against.
 */
export { applyCalicoPolicy, type CalicoPolicyResult } from './calico/apply.ts';
export type { CalicoIpSetInfo } from './calico/ipsets.ts';
export { calicoPolicyId } from './calico/convert.ts';
export { endpointChainName, policyChainName, profileChainName } from './calico/endpointChains.ts';
export { isNetworkPolicyChain } from './chains.ts';
export { buildCiliumPolicy, ciliumIdentityOf, ciliumPolicyVerdict } from './cilium/state.ts';
export * from './cilium/types.ts';
