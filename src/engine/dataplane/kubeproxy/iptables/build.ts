/**
 * kube-proxy in iptables mode on one node: one full `syncProxyRules` (REFERENCE.md §1), written into the node's
 * ruleset in the order kube-proxy acts — the canary chains, the EnsureRule jumps, then the restore batch
 * (top-level chains, every service port, the NodePort tail call, KUBE-FORWARD).
 */
import type { RulesetBuilder } from '../../netfilter/builder.ts';
import {
  endpointChainName,
  serviceChainName,
  serviceExternalChainName,
  serviceFirewallChainName,
  serviceLocalChainName,
} from '../../naming/index.ts';
import type { KubeProxyNodeConfig } from '../config.ts';
import { planServicePort, type ChainNaming } from '../plan.ts';
import type { ServicePortInfo } from '../servicePorts.ts';
import { writeCaptureRules } from './capture.ts';
import { IPTABLES_JUMP_CHAINS, ensureJumpChains, ensureProxyCanary } from './jumps.ts';
import { declareServiceChains, writeServiceChains } from './serviceChains.ts';
import { writeForward, writeNodePortsTail, writeTopLevelChains } from './static.ts';

/** `largeClusterEndpointsThreshold`: above this many endpoints kube-proxy stops commenting per-endpoint rules. */
export const LARGE_CLUSTER_ENDPOINTS_THRESHOLD = 1000;

/** The KUBE-SVC/SVL/EXT/FW/SEP names of REFERENCE.md §1.1. */
export const IPTABLES_CHAIN_NAMING: ChainNaming = {
  cluster: (svc) => serviceChainName(svc.nameString, svc.protocol),
  local: (svc) => serviceLocalChainName(svc.nameString, svc.protocol),
  external: (svc) => serviceExternalChainName(svc.nameString, svc.protocol),
  firewall: (svc) => serviceFirewallChainName(svc.nameString, svc.protocol),
  endpoint: (svc, ep) => endpointChainName(svc.nameString, svc.protocol, ep.ip, ep.port),
};

/** Writes kube-proxy's iptables-mode state for one node into `rules`. */
export function buildKubeProxyIptables(
  rules: RulesetBuilder,
  cfg: KubeProxyNodeConfig,
  servicePorts: readonly ServicePortInfo[],
): void {
  ensureProxyCanary(rules);
  ensureJumpChains(rules, IPTABLES_JUMP_CHAINS);

  writeTopLevelChains(rules, cfg);
  const totalEndpoints = servicePorts.reduce((sum, svc) => sum + svc.endpoints.length, 0);
  const opts = { largeClusterMode: totalEndpoints > LARGE_CLUSTER_ENDPOINTS_THRESHOLD };
  for (const svc of servicePorts) {
    const plan = planServicePort(svc, IPTABLES_CHAIN_NAMING);
    declareServiceChains(rules, plan);
    writeCaptureRules(rules, cfg, plan);
    writeServiceChains(rules, cfg, plan, opts);
  }
  writeNodePortsTail(rules, cfg);
  writeForward(rules, cfg);
}
