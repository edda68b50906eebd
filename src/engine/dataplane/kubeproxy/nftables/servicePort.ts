/**
 * One service port in kube-proxy's nftables mode (v1.32 `syncProxyRules`, REFERENCE.md §3): map elements
 * instead of per-service capture rules, `numgen` instead of a probability cascade, a `firewall-…` chain that
 * drops disallowed sources itself, `affinity-…` sets for ClientIP affinity.
 */
import {
  nftAffinitySetName,
  nftEndpointChainName,
  nftExternalChainName,
  nftFirewallChainName,
  nftLocalChainName,
  nftServiceChainName,
} from '../../naming/index.ts';
import { cidrContains } from '../../../net/cidr.ts';
import type { KubeProxyNodeConfig } from '../config.ts';
import { planServicePort, type ChainNaming, type FilterVerdict, type PlannedEndpoint } from '../plan.ts';
import type { ServicePortInfo } from '../servicePorts.ts';
import type { NftTableBuilder } from './builder.ts';
import type { NftStatement, NftVerdict } from './model.ts';
import { NFT } from './setup.ts';

/** The `service-<H>-ns/svc/proto/port` family of names (REFERENCE.md §3). */
export const NFT_CHAIN_NAMING: ChainNaming = {
  cluster: (svc) => nftServiceChainName(svc.namespace, svc.name, svc.protocol, svc.portName),
  local: (svc) => nftLocalChainName(svc.namespace, svc.name, svc.protocol, svc.portName),
  external: (svc) => nftExternalChainName(svc.namespace, svc.name, svc.protocol, svc.portName),
  firewall: (svc) => nftFirewallChainName(svc.namespace, svc.name, svc.protocol, svc.portName),
  endpoint: (svc, ep) =>
    nftEndpointChainName(svc.namespace, svc.name, svc.protocol, svc.portName, ep.ip, ep.port),
};

const affinitySet = (svc: ServicePortInfo, ep: PlannedEndpoint): string =>
  nftAffinitySetName(svc.namespace, svc.name, svc.protocol, svc.portName, ep.ip, ep.port);

const verdict = (v: NftVerdict): NftStatement => ({ kind: 'verdict', verdict: v });
const goto = (chain: string): NftVerdict => ({ kind: 'goto', chain });
const jumpMarkMasq = verdict({ kind: 'jump', chain: NFT.markMasq });

/** REJECT becomes `goto reject-chain` (a verdict map cannot hold `reject`), DROP stays `drop`. */
const filterVerdict = (v: FilterVerdict): NftVerdict =>
  v.target === 'REJECT' ? goto(NFT.reject) : { kind: 'drop' };

/** Session-affinity lookups, then one `numgen` vmap over the endpoints. */
function writeServiceToEndpointRules(
  nft: NftTableBuilder,
  svc: ServicePortInfo,
  chain: string,
  endpoints: readonly PlannedEndpoint[],
): void {
  if (svc.stickyMaxAgeSeconds !== undefined) {
    for (const ep of endpoints) {
      nft.addRule(chain, [
        { kind: 'ip-in-set', field: 'saddr', set: affinitySet(svc, ep) },
        verdict(goto(ep.chain)),
      ]);
    }
  }
  nft.addRule(chain, [{ kind: 'numgen-vmap', chains: endpoints.map((ep) => ep.chain) }]);
}

export function writeNftServicePort(
  nft: NftTableBuilder,
  cfg: KubeProxyNodeConfig,
  svc: ServicePortInfo,
): void {
  const plan = planServicePort(svc, NFT_CHAIN_NAMING);
  const key = (ip: string, port: number): string[] => [ip, svc.protocol, String(port)];
  const spn = svc.nameString;

  for (const ep of plan.reachableEndpoints) nft.addChain(ep.chain);
  if (plan.usesClusterPolicyChain) nft.addChain(plan.clusterPolicyChain);
  if (plan.usesLocalPolicyChain) nft.addChain(plan.localPolicyChain);
  if (plan.usesExternalChain) nft.addChain(plan.externalChain);

  nft.addSetElement(NFT.clusterIPs, [svc.clusterIP]);
  if (plan.internalFilter === undefined) {
    nft.addMapElement(NFT.serviceIPs, key(svc.clusterIP, svc.port), goto(plan.internalChain));
  } else {
    nft.addMapElement(
      NFT.noEndpointServices,
      key(svc.clusterIP, svc.port),
      filterVerdict(plan.internalFilter),
      spn,
    );
  }

  for (const ip of svc.externalIPs) {
    if (plan.hasEndpoints) nft.addMapElement(NFT.serviceIPs, key(ip, svc.port), goto(plan.externalChain));
    if (plan.externalFilter !== undefined) {
      nft.addMapElement(NFT.noEndpointServices, key(ip, svc.port), filterVerdict(plan.externalFilter), spn);
    }
  }

  // Unlike iptables mode, the firewall chain exists whenever there are source ranges, endpoints or not.
  const usesFirewall = svc.loadBalancerVIPs.length > 0 && svc.loadBalancerSourceRanges.length > 0;
  if (usesFirewall) nft.addChain(plan.firewallChain);
  for (const ip of svc.loadBalancerVIPs) {
    if (plan.hasEndpoints) nft.addMapElement(NFT.serviceIPs, key(ip, svc.port), goto(plan.externalChain));
    if (usesFirewall) nft.addMapElement(NFT.firewallIPs, key(ip, svc.port), goto(plan.firewallChain));
  }
  if (plan.externalFilter !== undefined) {
    for (const ip of svc.loadBalancerVIPs) {
      nft.addMapElement(NFT.noEndpointServices, key(ip, svc.port), filterVerdict(plan.externalFilter), spn);
    }
  }

  if (svc.nodePort !== 0) {
    const portKey = [svc.protocol, String(svc.nodePort)];
    if (plan.hasEndpoints) nft.addMapElement(NFT.serviceNodePorts, portKey, goto(plan.externalChain));
    if (plan.externalFilter !== undefined) {
      nft.addMapElement(NFT.noEndpointNodePorts, portKey, filterVerdict(plan.externalFilter), spn);
    }
  }

  if (plan.hasInternalEndpoints) {
    const statements: NftStatement[] = [
      { kind: 'ip', field: 'daddr', negated: false, value: svc.clusterIP },
      { kind: 'l4-dport', protocol: svc.protocol, port: svc.port },
    ];
    if (!cfg.settings.masqueradeAll) {
      statements.push({ kind: 'ip', field: 'saddr', negated: true, value: cfg.clusterCIDR });
    }
    nft.addRule(plan.internalChain, [...statements, jumpMarkMasq]);
  }

  if (plan.usesExternalChain) {
    const ext = plan.externalChain;
    if (!svc.externalPolicyLocal) {
      nft.addRule(ext, [jumpMarkMasq]);
    } else {
      const toCluster = verdict(goto(plan.clusterPolicyChain));
      const podSource: NftStatement = { kind: 'ip', field: 'saddr', negated: false, value: cfg.clusterCIDR };
      nft.addRule(ext, [podSource, toCluster], 'short-circuit pod traffic');
      nft.addRule(ext, [{ kind: 'fib-local', field: 'saddr' }, jumpMarkMasq], 'masquerade local traffic');
      nft.addRule(ext, [{ kind: 'fib-local', field: 'saddr' }, toCluster], 'short-circuit local traffic');
    }
    if (plan.hasExternalEndpoints) nft.addRule(ext, [verdict(goto(plan.externalPolicyChain))]);
  }

  if (usesFirewall) {
    const sources: string[] = [...svc.loadBalancerSourceRanges];
    if (svc.loadBalancerSourceRanges.some((range) => cidrContains(range, cfg.nodeIP)))
      sources.push(...svc.loadBalancerVIPs);
    nft.addRule(plan.firewallChain, [
      { kind: 'ip-in-list', field: 'saddr', negated: true, values: sources },
      verdict({ kind: 'drop' }),
    ]);
  }

  if (svc.stickyMaxAgeSeconds !== undefined) {
    for (const ep of plan.reachableEndpoints) {
      nft.addSet(affinitySet(svc, ep), ['ipv4_addr'], {
        flags: ['dynamic', 'timeout'],
        timeoutSeconds: svc.stickyMaxAgeSeconds,
      });
    }
  }
  if (plan.usesClusterPolicyChain) {
    writeServiceToEndpointRules(nft, svc, plan.clusterPolicyChain, plan.clusterEndpoints);
  }
  if (plan.usesLocalPolicyChain)
    writeServiceToEndpointRules(nft, svc, plan.localPolicyChain, plan.localEndpoints);

  for (const ep of plan.reachableEndpoints) {
    nft.addRule(ep.chain, [{ kind: 'ip', field: 'saddr', negated: false, value: ep.ip }, jumpMarkMasq]);
    if (svc.stickyMaxAgeSeconds !== undefined) {
      nft.addRule(ep.chain, [{ kind: 'set-update', set: affinitySet(svc, ep), field: 'saddr' }]);
    }
    nft.addRule(ep.chain, [
      { kind: 'l4proto', protocol: svc.protocol },
      { kind: 'dnat', address: ep.ip, port: ep.port },
    ]);
  }
}
