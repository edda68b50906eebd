/**
 * `setupNFTables` of kube-proxy v1.32 (`pkg/proxy/nftables/proxier.go`): the `kube-proxy` table, its base
 * chains, the top-level regular chains and the jumps into them, masquerading, the ClusterIP checks and the
 * sets and verdict maps the per-service rules fill.
 *
 * Base-chain names follow v1.31/v1.32: `filter-prerouting`, `filter-input`, `filter-forward`, `filter-output`
 * at priority dstnat-10, `filter-output-post-dnat` at dstnat+10, and the nat chains. (v1.33 renamed the
 * pre-DNAT ones to `filter-prerouting-pre-dnat`/`filter-output-pre-dnat` and moved the rest to priority 0;
 * REFERENCE.md §3 and §9 item 8.)
 */
import type { KubeProxyNodeConfig } from '../config.ts';
import type { NftTableBuilder } from './builder.ts';
import type { NftBaseChain, NftStatement } from './model.ts';

export const KUBE_PROXY_TABLE = 'kube-proxy';

/** knftables `DNATPriority` and `SNATPriority` (the ip family's dstnat and srcnat). */
const DNAT = -100;
const SNAT = 100;

export const NFT = {
  services: 'services',
  serviceIPs: 'service-ips',
  serviceNodePorts: 'service-nodeports',
  nodePortIPs: 'nodeport-ips',
  clusterIPs: 'cluster-ips',
  serviceEndpointsCheck: 'service-endpoints-check',
  nodePortEndpointsCheck: 'nodeport-endpoints-check',
  noEndpointServices: 'no-endpoint-services',
  noEndpointNodePorts: 'no-endpoint-nodeports',
  reject: 'reject-chain',
  clusterIPsCheck: 'cluster-ips-check',
  firewallIPs: 'firewall-ips',
  firewallCheck: 'firewall-check',
  markMasq: 'mark-for-masquerade',
  masquerading: 'masquerading',
} as const;

const base = (type: 'filter' | 'nat', hook: NftBaseChain['hook'], priority: number): NftBaseChain => ({
  type,
  hook,
  priority,
  policy: 'accept',
});

/** `nftablesBaseChains`, v1.32. */
export const NFT_BASE_CHAINS: readonly (readonly [string, NftBaseChain])[] = [
  ['filter-prerouting', base('filter', 'prerouting', DNAT - 10)],
  ['filter-input', base('filter', 'input', DNAT - 10)],
  ['filter-forward', base('filter', 'forward', DNAT - 10)],
  ['filter-output', base('filter', 'output', DNAT - 10)],
  ['filter-output-post-dnat', base('filter', 'output', DNAT + 10)],
  ['nat-prerouting', base('nat', 'prerouting', DNAT)],
  ['nat-output', base('nat', 'output', DNAT)],
  ['nat-postrouting', base('nat', 'postrouting', SNAT)],
];

/** `nftablesJumpChains`, v1.32: [regular chain, base chain, `ct state new` first]. */
const JUMP_CHAINS: readonly (readonly [string, string, boolean])[] = [
  [NFT.nodePortEndpointsCheck, 'filter-input', true],
  [NFT.serviceEndpointsCheck, 'filter-input', true],
  [NFT.serviceEndpointsCheck, 'filter-forward', true],
  [NFT.serviceEndpointsCheck, 'filter-output', true],
  [NFT.firewallCheck, 'filter-prerouting', true],
  [NFT.firewallCheck, 'filter-output', true],
  [NFT.services, 'nat-output', false],
  [NFT.services, 'nat-prerouting', false],
  [NFT.masquerading, 'nat-postrouting', false],
  [NFT.clusterIPsCheck, 'filter-forward', true],
  [NFT.clusterIPsCheck, 'filter-output-post-dnat', true],
];

const jump = (chain: string): NftStatement => ({ kind: 'verdict', verdict: { kind: 'jump', chain } });
const vmap = (key: readonly ('ip daddr' | 'meta l4proto' | 'th dport')[], map: string): NftStatement => ({
  kind: 'vmap',
  key,
  map,
});
/** `ip daddr != 127.0.0.0/8`: NodePorts are never served on loopback in nftables mode. */
const notLocalhost: NftStatement = { kind: 'ip', field: 'daddr', negated: true, value: '127.0.0.0/8' };

/** Adds everything `setupNFTables` adds on a full sync of a fresh node. */
export function setupNFTables(nft: NftTableBuilder, cfg: KubeProxyNodeConfig): void {
  for (const [name, spec] of NFT_BASE_CHAINS) nft.addChain(name, { base: spec });
  for (const [chain, from, newOnly] of JUMP_CHAINS) {
    nft.addChain(chain);
    const ctNew: NftStatement[] = newOnly ? [{ kind: 'ct-state', states: ['new'] }] : [];
    nft.addRule(from, [...ctNew, jump(chain)]);
  }
  for (const chain of [NFT.services, NFT.clusterIPsCheck, NFT.masquerading, NFT.markMasq])
    nft.addChain(chain);

  const mark = cfg.masqueradeMark;
  nft.addRule(NFT.markMasq, [{ kind: 'mark-set', op: 'or', value: mark }]);
  nft.addRule(NFT.masquerading, [
    { kind: 'mark-and-zero', mask: mark },
    { kind: 'verdict', verdict: { kind: 'return' } },
  ]);
  nft.addRule(NFT.masquerading, [{ kind: 'mark-set', op: 'xor', value: mark }]);
  nft.addRule(NFT.masquerading, [{ kind: 'masquerade', fullyRandom: true }]);

  nft.addSet(NFT.clusterIPs, ['ipv4_addr'], { comment: 'Active ClusterIPs' });
  nft.addRule(
    NFT.clusterIPsCheck,
    [
      { kind: 'ip-in-set', field: 'daddr', set: NFT.clusterIPs },
      { kind: 'verdict', verdict: { kind: 'reject' } },
    ],
    'Reject traffic to invalid ports of ClusterIPs',
  );
  // ASSUMPTION: the ServiceCIDR API is served (MultiCIDRServiceAllocator, default from v1.33), so kube-proxy
  // knows the Service range and drops traffic to unallocated ClusterIPs, as REFERENCE.md §3 describes.
  nft.addRule(
    NFT.clusterIPsCheck,
    [
      { kind: 'ip-in-list', field: 'daddr', negated: false, values: [cfg.serviceCIDR] },
      { kind: 'verdict', verdict: { kind: 'drop' } },
    ],
    'Drop traffic to unallocated ClusterIPs',
  );

  nft.addSet(NFT.nodePortIPs, ['ipv4_addr'], { comment: 'IPs that accept NodePort traffic' });
  const addresses = cfg.nodePortAddresses;
  if (addresses.matchAll) nft.deleteSet(NFT.nodePortIPs);
  else for (const ip of addresses.ips) if (!ip.startsWith('127.')) nft.addSetElement(NFT.nodePortIPs, [ip]);

  const serviceKey = ['ipv4_addr', 'inet_proto', 'inet_service'] as const;
  const nodePortKey = ['inet_proto', 'inet_service'] as const;
  nft.addMap(
    NFT.noEndpointServices,
    serviceKey,
    'vmap to drop or reject packets to services with no endpoints',
  );
  nft.addMap(
    NFT.noEndpointNodePorts,
    nodePortKey,
    'vmap to drop or reject packets to service nodeports with no endpoints',
  );
  nft.addChain(NFT.reject, { comment: 'helper for @no-endpoint-services / @no-endpoint-nodeports' });
  nft.addRule(NFT.reject, [{ kind: 'verdict', verdict: { kind: 'reject' } }]);
  nft.addRule(NFT.serviceEndpointsCheck, [
    vmap(['ip daddr', 'meta l4proto', 'th dport'], NFT.noEndpointServices),
  ]);
  const nodePortDestination: NftStatement = addresses.matchAll
    ? notLocalhost
    : { kind: 'ip-in-set', field: 'daddr', set: NFT.nodePortIPs };
  nft.addRule(NFT.nodePortEndpointsCheck, [
    nodePortDestination,
    vmap(['meta l4proto', 'th dport'], NFT.noEndpointNodePorts),
  ]);

  nft.addMap(NFT.firewallIPs, serviceKey, 'destinations that are subject to LoadBalancerSourceRanges');
  nft.addRule(NFT.firewallCheck, [vmap(['ip daddr', 'meta l4proto', 'th dport'], NFT.firewallIPs)]);

  nft.addMap(NFT.serviceIPs, serviceKey, 'ClusterIP, ExternalIP and LoadBalancer IP traffic');
  nft.addMap(NFT.serviceNodePorts, nodePortKey, 'NodePort traffic');
  nft.addRule(NFT.services, [vmap(['ip daddr', 'meta l4proto', 'th dport'], NFT.serviceIPs)]);
  nft.addRule(
    NFT.services,
    addresses.matchAll
      ? [
          { kind: 'fib-local', field: 'daddr' },
          notLocalhost,
          vmap(['meta l4proto', 'th dport'], NFT.serviceNodePorts),
        ]
      : [
          { kind: 'ip-in-set', field: 'daddr', set: NFT.nodePortIPs },
          vmap(['meta l4proto', 'th dport'], NFT.serviceNodePorts),
        ],
  );
}
