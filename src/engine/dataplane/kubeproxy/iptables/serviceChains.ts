/**
 * A service port's own nat chains (REFERENCE.md §1.4 steps 6–10): the masquerade rule at the top of the
 * internal chain, KUBE-EXT with its short circuits, KUBE-FW for loadBalancerSourceRanges, the probability
 * cascade (with `recent` session affinity) in KUBE-SVC/KUBE-SVL, and one KUBE-SEP chain per endpoint.
 */
import type { RulesetBuilder } from '../../netfilter/builder.ts';
import { m, t } from '../../netfilter/construct.ts';
import type { Match } from '../../netfilter/matches.ts';
import { kubeProxyProbability } from '../../netfilter/probability.ts';
import { KUBE_PROXY_CHAINS as C } from '../../naming/index.ts';
import { cidrContains } from '../../../net/cidr.ts';
import type { KubeProxyNodeConfig } from '../config.ts';
import type { PlannedEndpoint, ServicePortPlan } from '../plan.ts';
import { RESTORE } from './static.ts';

/** Options that change every service's rules. */
export interface ServiceChainOptions {
  /** More than 1000 endpoints: kube-proxy drops the per-endpoint comments to keep the ruleset small. */
  readonly largeClusterMode: boolean;
}

/** The chains kube-proxy declares for this port, in the order it writes their `:CHAIN` lines. */
export function declareServiceChains(rules: RulesetBuilder, plan: ServicePortPlan): void {
  const nat = rules.table('nat');
  if (plan.usesExternalChain) nat.declareChain(plan.externalChain, RESTORE);
  if (plan.usesFirewallChain) nat.declareChain(plan.firewallChain, RESTORE);
  if (plan.usesClusterPolicyChain) nat.declareChain(plan.clusterPolicyChain, RESTORE);
  if (plan.usesLocalPolicyChain) nat.declareChain(plan.localPolicyChain, RESTORE);
  for (const ep of plan.reachableEndpoints) nat.declareChain(ep.chain, RESTORE);
}

const comment = (opts: ServiceChainOptions, text: string): Match[] =>
  opts.largeClusterMode ? [] : [m.comment(text)];

/** Session-affinity checks, then the cascade: endpoint i of n matches with probability 1/(n-i). */
function writeServiceToEndpointRules(
  rules: RulesetBuilder,
  plan: ServicePortPlan,
  chain: string,
  endpoints: readonly PlannedEndpoint[],
  opts: ServiceChainOptions,
): void {
  const svc = plan.svc;
  const nat = rules.table('nat').chain(chain);
  if (svc.stickyMaxAgeSeconds !== undefined) {
    for (const ep of endpoints) {
      nat.append({
        matches: [
          ...comment(opts, `${svc.nameString} -> ${ep.key}`),
          m.recent(ep.chain, 'rcheck', { seconds: svc.stickyMaxAgeSeconds, reap: true }),
        ],
        target: t.jump(ep.chain),
      });
    }
  }
  endpoints.forEach((ep, i) => {
    const statistic =
      i < endpoints.length - 1 ? [m.probability(kubeProxyProbability(endpoints.length - i))] : [];
    nat.append({
      matches: [...comment(opts, `${svc.nameString} -> ${ep.key}`), ...statistic],
      target: t.jump(ep.chain),
    });
  });
}

/** Steps 6–10 for one service port; the chains must have been declared with `declareServiceChains`. */
export function writeServiceChains(
  rules: RulesetBuilder,
  cfg: KubeProxyNodeConfig,
  plan: ServicePortPlan,
  opts: ServiceChainOptions,
): void {
  const { svc } = plan;
  const spn = svc.nameString;
  const protocol = svc.protocol;
  const nat = rules.table('nat');
  const markMasq = t.jump(C.markMasq);

  // 6. Masquerade off-cluster traffic to the ClusterIP (a static route to the Service range may bounce it).
  if (plan.hasInternalEndpoints) {
    const matches: Match[] = [
      m.comment(`${spn} cluster IP`),
      m.module(protocol),
      m.protocol(protocol),
      m.destination(svc.clusterIP),
      m.dport(protocol, svc.port),
    ];
    if (!cfg.settings.masqueradeAll) matches.push(m.source(cfg.clusterCIDR, { negated: true }));
    nat.chain(plan.internalChain).append({ matches, target: markMasq });
  }

  // 7. KUBE-EXT: masquerade (Cluster policy) or keep the client IP, short-circuiting pod and host traffic.
  if (plan.usesExternalChain) {
    const ext = nat.chain(plan.externalChain);
    if (!svc.externalPolicyLocal) {
      ext.append({
        matches: [m.comment(`masquerade traffic for ${spn} external destinations`)],
        target: markMasq,
      });
    } else {
      ext
        .append({
          matches: [m.comment(`pod traffic for ${spn} external destinations`), m.source(cfg.clusterCIDR)],
          target: t.jump(plan.clusterPolicyChain),
        })
        .append({
          matches: [
            m.comment(`masquerade LOCAL traffic for ${spn} external destinations`),
            m.srcType(['LOCAL']),
          ],
          target: markMasq,
        })
        .append({
          matches: [m.comment(`route LOCAL traffic for ${spn} external destinations`), m.srcType(['LOCAL'])],
          target: t.jump(plan.clusterPolicyChain),
        });
    }
    if (plan.hasExternalEndpoints) ext.append({ matches: [], target: t.jump(plan.externalPolicyChain) });
  }

  // 8. KUBE-FW: allowed source ranges go on to KUBE-EXT; the rest fall through to KUBE-PROXY-FIREWALL's DROP.
  if (plan.usesFirewallChain) {
    const fw = nat.chain(plan.firewallChain);
    const lbComment = m.comment(`${spn} loadbalancer IP`);
    for (const range of svc.loadBalancerSourceRanges) {
      fw.append({ matches: [lbComment, m.source(range)], target: t.jump(plan.externalChain) });
    }
    // A node reaching a VIP it hosts loops back with the VIP as source.
    if (svc.loadBalancerSourceRanges.some((range) => cidrContains(range, cfg.nodeIP))) {
      for (const ip of svc.loadBalancerVIPs) {
        fw.append({ matches: [lbComment, m.source(ip)], target: t.jump(plan.externalChain) });
      }
    }
    fw.append({
      matches: [m.comment(`other traffic to ${spn} will be dropped by KUBE-PROXY-FIREWALL`)],
      target: t.none(),
    });
  }

  // 9. The cascades.
  if (plan.usesClusterPolicyChain) {
    writeServiceToEndpointRules(rules, plan, plan.clusterPolicyChain, plan.clusterEndpoints, opts);
  }
  if (plan.usesLocalPolicyChain) {
    writeServiceToEndpointRules(rules, plan, plan.localPolicyChain, plan.localEndpoints, opts);
  }

  // 10. KUBE-SEP: hairpin masquerade, then DNAT (recording the client for affinity).
  for (const ep of plan.reachableEndpoints) {
    const sep = nat.chain(ep.chain);
    sep.append({ matches: [...comment(opts, spn), m.source(ep.ip)], target: markMasq });
    const affinity = svc.stickyMaxAgeSeconds === undefined ? [] : [m.recent(ep.chain, 'set')];
    sep.append({
      matches: [...comment(opts, spn), ...affinity, m.module(protocol), m.protocol(protocol)],
      target: t.dnat(ep.ip, ep.port),
    });
  }
}
