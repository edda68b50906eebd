/**
 * kube-proxy in nftables mode on one node: one full sync of v1.32's proxier (REFERENCE.md §3) into an
 * `ip kube-proxy` table. kube-proxy writes nothing into iptables in this mode.
 */
import type { KubeProxyNodeConfig } from '../config.ts';
import type { ServicePortInfo } from '../servicePorts.ts';
import { NftTableBuilder } from './builder.ts';
import type { NftRuleset } from './model.ts';
import { writeNftServicePort } from './servicePort.ts';
import { KUBE_PROXY_TABLE, setupNFTables } from './setup.ts';

export function buildKubeProxyNftables(
  cfg: KubeProxyNodeConfig,
  servicePorts: readonly ServicePortInfo[],
): NftRuleset {
  const nft = new NftTableBuilder(KUBE_PROXY_TABLE, 'rules for kube-proxy');
  setupNFTables(nft, cfg);
  for (const svc of servicePorts) writeNftServicePort(nft, cfg, svc);
  return { tables: [nft.build()] };
}
