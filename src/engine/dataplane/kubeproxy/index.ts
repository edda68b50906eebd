/**
 * kube-proxy (iptables, IPVS and nftables modes) and kubelet's own chains, as generators of a node's dataplane,
 * and the renderers for what a person would list on the node: `nft list ruleset`, `ipvsadm -Ln`, `ipset list`.
 * (`iptables-save` / `iptables-restore` come from `../netfilter`.)
 */
export { applyKubeletChains } from './kubelet.ts';
export { applyKubeProxy, type KubeProxyOutput } from './apply.ts';
export type { KubeProxyHostOptions } from './config.ts';
export type { LinkedLine } from './lines.ts';
export { linkedLinesToText } from './lines.ts';
export * from './nftables/model.ts';
export { renderNftListRuleset, type NftLine } from './nftables/render.ts';
export {
  renderIpvsadm,
  ipvsVirtualServerId,
  ipvsRealServerId,
  type IpvsEntryId,
  type IpvsLine,
  type IpvsadmOptions,
} from './ipvs/renderIpvsadm.ts';
export {
  renderIpsetList,
  ipsetId,
  ipsetMemberId,
  type IpsetEntryId,
  type IpsetLine,
} from './ipvs/renderIpset.ts';
export { servicePortsForNode, type ServicePortInfo, type KubeProxyEndpoint } from './servicePorts.ts';
export { categorizeEndpoints, type CategorizedEndpoints } from './categorize.ts';
