/**
 * Which iptables chains evaluate NetworkPolicy, by the names the policy agents give them: Calico's (and
 * Canal's) per-workload, per-policy and per-profile chains, and weave-npc's. Not every `cali-*` chain is
 * policy: cali-FORWARD and the dispatch chains are on every packet's way.
 */
import {
  POLICY_INBOUND_PREFIX,
  POLICY_OUTBOUND_PREFIX,
  PROFILE_INBOUND_PREFIX,
  PROFILE_OUTBOUND_PREFIX,
  WORKLOAD_FROM_ENDPOINT_PREFIX,
  WORKLOAD_TO_ENDPOINT_PREFIX,
} from './calico/endpointChains.ts';
import { WEAVE_NPC } from '../cni/weave/npc.ts';

const POLICY_CHAIN_PREFIXES: readonly string[] = [
  WORKLOAD_TO_ENDPOINT_PREFIX,
  WORKLOAD_FROM_ENDPOINT_PREFIX,
  POLICY_INBOUND_PREFIX,
  POLICY_OUTBOUND_PREFIX,
  PROFILE_INBOUND_PREFIX,
  PROFILE_OUTBOUND_PREFIX,
  WEAVE_NPC,
];

export function isNetworkPolicyChain(chain: string): boolean {
  return POLICY_CHAIN_PREFIXES.some((prefix) => chain.startsWith(prefix));
}
