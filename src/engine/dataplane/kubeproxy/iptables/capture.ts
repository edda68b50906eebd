/**
 * The rules that catch a service port's traffic in kube-proxy's top-level chains (REFERENCE.md §1.4 steps
 * 1–5): nat KUBE-SERVICES for the ClusterIP, ExternalIPs and LoadBalancer IPs, nat KUBE-NODEPORTS for the
 * NodePort, and the filter-table REJECT/DROP rules (KUBE-SERVICES, KUBE-EXTERNAL-SERVICES,
 * KUBE-PROXY-FIREWALL, KUBE-NODEPORTS health checks). Arguments are in kube-proxy's own order.
 */
import type { RulesetBuilder } from '../../netfilter/builder.ts';
import { m, t } from '../../netfilter/construct.ts';
import type { Match } from '../../netfilter/matches.ts';
import type { Target } from '../../netfilter/targets.ts';
import { KUBE_PROXY_CHAINS as C } from '../../naming/index.ts';
import type { KubeProxyNodeConfig } from '../config.ts';
import type { FilterVerdict, ServicePortPlan } from '../plan.ts';
import { NFACCT } from './static.ts';

/** `-m comment --comment c -m <p> -p <p> -d <ip> --dport <port>`, the shape of every capture rule. */
function toAddress(comment: string, protocol: ServicePortPlan['svc']['protocol'], ip: string, port: number) {
  return [
    m.comment(comment),
    m.module(protocol),
    m.protocol(protocol),
    m.destination(ip),
    m.dport(protocol, port),
  ];
}

const filterTarget = (verdict: FilterVerdict): Target =>
  verdict.target === 'REJECT' ? t.reject() : t.drop();

/** Steps 1–5 for one service port. */
export function writeCaptureRules(
  rules: RulesetBuilder,
  cfg: KubeProxyNodeConfig,
  plan: ServicePortPlan,
): void {
  const { svc } = plan;
  const spn = svc.nameString;
  const protocol = svc.protocol;
  const nat = rules.table('nat');
  const filter = rules.table('filter');

  // 1. The ClusterIP.
  if (plan.internalFilter === undefined) {
    nat.chain(C.services).append({
      matches: toAddress(`${spn} cluster IP`, protocol, svc.clusterIP, svc.port),
      target: t.jump(plan.internalChain),
    });
  } else {
    filter.chain(C.services).append({
      matches: toAddress(plan.internalFilter.comment, protocol, svc.clusterIP, svc.port),
      target: filterTarget(plan.internalFilter),
    });
  }

  // 2. ExternalIPs.
  for (const ip of svc.externalIPs) {
    if (plan.hasEndpoints) {
      nat.chain(C.services).append({
        matches: toAddress(`${spn} external IP`, protocol, ip, svc.port),
        target: t.jump(plan.externalChain),
      });
    }
    if (plan.externalFilter !== undefined) {
      filter.chain(C.externalServices).append({
        matches: toAddress(plan.externalFilter.comment, protocol, ip, svc.port),
        target: filterTarget(plan.externalFilter),
      });
    }
  }

  // 3. LoadBalancer ingress IPs.
  for (const ip of svc.loadBalancerVIPs) {
    if (plan.hasEndpoints) {
      nat.chain(C.services).append({
        matches: toAddress(`${spn} loadbalancer IP`, protocol, ip, svc.port),
        target: t.jump(plan.loadBalancerChain),
      });
    }
    if (plan.usesFirewallChain) {
      filter.chain(C.proxyFirewall).append({
        matches: toAddress(`${spn} traffic not accepted by ${plan.firewallChain}`, protocol, ip, svc.port),
        target: t.drop(),
      });
    }
  }
  if (plan.externalFilter !== undefined) {
    for (const ip of svc.loadBalancerVIPs) {
      filter.chain(C.externalServices).append({
        matches: toAddress(plan.externalFilter.comment, protocol, ip, svc.port),
        target: filterTarget(plan.externalFilter),
      });
    }
  }

  // 4. The NodePort. NodePorts are not subject to loadBalancerSourceRanges (upstream: "and we can't change that").
  if (svc.nodePort !== 0) {
    if (plan.hasEndpoints) {
      const nodePorts = nat.chain(C.nodePorts);
      if (cfg.localhostNodePorts && cfg.nfacct) {
        nodePorts.append({
          matches: [
            m.comment(spn),
            m.module(protocol),
            m.protocol(protocol),
            m.destination('127.0.0.0/8'),
            m.dport(protocol, svc.nodePort),
            m.nfacct(NFACCT.localhostNodePorts),
          ],
          target: t.jump(plan.externalChain),
        });
      }
      nodePorts.append({
        matches: [m.comment(spn), m.module(protocol), m.protocol(protocol), m.dport(protocol, svc.nodePort)],
        target: t.jump(plan.externalChain),
      });
    }
    if (plan.externalFilter !== undefined) {
      const matches: Match[] = [
        m.comment(plan.externalFilter.comment),
        m.dstType(['LOCAL']),
        m.module(protocol),
        m.protocol(protocol),
        m.dport(protocol, svc.nodePort),
      ];
      filter.chain(C.externalServices).append({ matches, target: filterTarget(plan.externalFilter) });
    }
  }

  // 5. The health check node port is accepted whether or not this node has a local endpoint.
  if (svc.healthCheckNodePort !== 0) {
    filter.chain(C.nodePorts).append({
      matches: [
        m.comment(`${spn} health check node port`),
        m.module('tcp'),
        m.protocol('tcp'),
        m.dport('tcp', svc.healthCheckNodePort),
      ],
      target: t.accept(),
    });
  }
}
