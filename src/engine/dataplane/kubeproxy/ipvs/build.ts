/**
 * kube-proxy in IPVS mode on one node (REFERENCE.md §2): the iptables chains and jumps, the IPVS virtual
 * servers, the ipsets, and kube-ipvs0 with every bound virtual IP.
 */
import type { RulesetBuilder } from '../../netfilter/builder.ts';
import type { Address, Device, IpSet, IpvsState } from '../../types.ts';
import type { KubeProxyNodeConfig } from '../config.ts';
import type { ServicePortInfo } from '../servicePorts.ts';
import { ensureIpvsChainsAndJumps, writeIpvsIptablesRules } from './iptables.ts';
import { toIpSets } from './ipsets.ts';
import { kubeIpvs0Addresses, kubeIpvs0Device } from './kubeIpvs0.ts';
import { planIpvs } from './virtualServers.ts';

export interface KubeProxyIpvsResult {
  readonly ipvs: IpvsState;
  readonly ipsets: readonly IpSet[];
  readonly device: Device;
  readonly addresses: readonly Address[];
}

/** Placeholder interface index for kube-ipvs0 (the orchestrator renumbers host devices). */
export const KUBE_IPVS0_INDEX_PLACEHOLDER = 0;

export function buildKubeProxyIpvs(
  rules: RulesetBuilder,
  cfg: KubeProxyNodeConfig,
  servicePorts: readonly ServicePortInfo[],
): KubeProxyIpvsResult {
  const plan = planIpvs(cfg, servicePorts);
  ensureIpvsChainsAndJumps(rules);
  writeIpvsIptablesRules(rules, cfg, plan);
  return {
    ipvs: { virtualServers: plan.virtualServers },
    ipsets: toIpSets(plan.members),
    device: kubeIpvs0Device(KUBE_IPVS0_INDEX_PLACEHOLDER),
    addresses: kubeIpvs0Addresses(plan.boundAddresses),
  };
}
