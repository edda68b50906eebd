/**
 * The iptables rules kube-proxy still writes in IPVS mode (`createAndLinkKubeChain`, `writeIptablesRules`,
 * REFERENCE.md §2): ipset-driven masquerade and filter rules instead of per-service chains. Written in
 * upstream order; a set-driven rule exists only while its set has members, as upstream checks `isEmpty()`.
 */
import type { RulesetBuilder } from '../../netfilter/builder.ts';
import { m, t } from '../../netfilter/construct.ts';
import type { L4Protocol, Match, SetFlag } from '../../netfilter/matches.ts';
import type { Hook, TableName } from '../../netfilter/model.ts';
import type { Target } from '../../netfilter/targets.ts';
import type { KubeProxyNodeConfig } from '../config.ts';
import { RESTORE, writeForwardAccepts, writeMasqueradeRules } from '../iptables/static.ts';
import { KUBE_IPSETS as S, type KubeIpsetKey } from './ipsets.ts';
import type { IpvsPlan } from './virtualServers.ts';

export const IPVS_CHAINS = {
  services: 'KUBE-SERVICES',
  postrouting: 'KUBE-POSTROUTING',
  nodePort: 'KUBE-NODE-PORT',
  loadBalancer: 'KUBE-LOAD-BALANCER',
  markMasq: 'KUBE-MARK-MASQ',
  forward: 'KUBE-FORWARD',
  proxyFirewall: 'KUBE-PROXY-FIREWALL',
  sourceRangesFirewall: 'KUBE-SOURCE-RANGES-FIREWALL',
  ipvsFilter: 'KUBE-IPVS-FILTER',
  ipvsOutFilter: 'KUBE-IPVS-OUT-FILTER',
} as const;
const C = IPVS_CHAINS;

/** `iptablesChains`: EnsureChain'd, then declared again in the restore batch. */
const CHAINS: readonly (readonly [TableName, string])[] = [
  ['nat', C.services],
  ['nat', C.postrouting],
  ['nat', C.nodePort],
  ['nat', C.loadBalancer],
  ['nat', C.markMasq],
  ['filter', C.forward],
  ['filter', C.nodePort],
  ['filter', C.proxyFirewall],
  ['filter', C.sourceRangesFirewall],
  ['filter', C.ipvsFilter],
  ['filter', C.ipvsOutFilter],
];

/** `iptablesJumpChain` (IPVS): EnsureRule(Prepend) with a comment, no conntrack match. */
const JUMPS: readonly (readonly [TableName, Hook, string, string])[] = [
  ['nat', 'OUTPUT', C.services, 'kubernetes service portals'],
  ['nat', 'PREROUTING', C.services, 'kubernetes service portals'],
  ['nat', 'POSTROUTING', C.postrouting, 'kubernetes postrouting rules'],
  ['filter', 'FORWARD', C.forward, 'kubernetes forwarding rules'],
  ['filter', 'INPUT', C.nodePort, 'kubernetes health check rules'],
  ['filter', 'INPUT', C.proxyFirewall, 'kube-proxy firewall rules'],
  ['filter', 'FORWARD', C.proxyFirewall, 'kube-proxy firewall rules'],
  ['filter', 'INPUT', C.ipvsFilter, 'kubernetes ipvs access filter'],
  ['filter', 'OUTPUT', C.ipvsOutFilter, 'kubernetes ipvs access filter'],
];

/** `ipsetWithIptablesChain`: [set, table, from, to, match flags, `-p` protocol]. */
const SET_RULES: readonly (readonly [KubeIpsetKey, TableName, string, string, SetFlag[], L4Protocol?])[] = [
  ['loopBack', 'nat', C.postrouting, 'MASQUERADE', ['dst', 'dst', 'src']],
  ['loadBalancer', 'nat', C.services, C.loadBalancer, ['dst', 'dst']],
  ['loadBalancerLocal', 'nat', C.loadBalancer, 'RETURN', ['dst', 'dst']],
  ['nodePortLocalTCP', 'nat', C.nodePort, 'RETURN', ['dst'], 'tcp'],
  ['nodePortTCP', 'nat', C.nodePort, C.markMasq, ['dst'], 'tcp'],
  ['nodePortLocalUDP', 'nat', C.nodePort, 'RETURN', ['dst'], 'udp'],
  ['nodePortUDP', 'nat', C.nodePort, C.markMasq, ['dst'], 'udp'],
  ['nodePortLocalSCTP', 'nat', C.nodePort, 'RETURN', ['dst', 'dst'], 'sctp'],
  ['nodePortSCTP', 'nat', C.nodePort, C.markMasq, ['dst', 'dst'], 'sctp'],
  ['loadBalancerFW', 'filter', C.proxyFirewall, C.sourceRangesFirewall, ['dst', 'dst']],
  ['loadBalancerSourceCIDR', 'filter', C.sourceRangesFirewall, 'RETURN', ['dst', 'dst', 'src']],
  ['loadBalancerSourceIP', 'filter', C.sourceRangesFirewall, 'RETURN', ['dst', 'dst', 'src']],
];

const targetFor = (to: string): Target =>
  to === 'MASQUERADE' ? t.masquerade() : to === 'RETURN' ? t.return() : t.jump(to);

/** EnsureChain for every chain, then the prepended jumps (`createAndLinkKubeChain`). */
export function ensureIpvsChainsAndJumps(rules: RulesetBuilder): void {
  const command = { installedBy: 'kube-proxy', installedVia: 'command' } as const;
  for (const [table, chain] of CHAINS) rules.table(table).declareChain(chain, command);
  for (const [table, hook, chain, comment] of JUMPS) {
    rules
      .table(table)
      .chain(hook)
      .ensure({ matches: [m.comment(comment)], target: t.jump(chain), installedBy: 'kube-proxy' }, 'prepend');
  }
}

/** The restore batch: nat then filter in upstream's write order. */
export function writeIpvsIptablesRules(
  rules: RulesetBuilder,
  cfg: KubeProxyNodeConfig,
  plan: IpvsPlan,
): void {
  for (const [table, chain] of CHAINS) rules.table(table).declareChain(chain, RESTORE);
  const nat = rules.table('nat');
  const filter = rules.table('filter');
  const has = (key: KubeIpsetKey): boolean => (plan.members.get(key)?.size ?? 0) > 0;
  const setMatch = (key: KubeIpsetKey, flags: SetFlag[]): Match => m.set(S[key].name, flags);
  const commented = (key: KubeIpsetKey, flags: SetFlag[]): Match[] => [
    m.comment(S[key].comment),
    setMatch(key, flags),
  ];

  // Connections from localhost are never service traffic here.
  nat.chain(C.services).append({ matches: [m.source('127.0.0.0/8')], target: t.return() });

  for (const [key, table, from, to, flags, protocol] of SET_RULES) {
    if (!has(key)) continue;
    const proto: Match[] = protocol === undefined ? [] : [m.protocol(protocol)];
    rules
      .table(table)
      .chain(from)
      .append({ matches: [...proto, ...commented(key, flags)], target: targetFor(to) });
  }

  if (has('clusterIP')) {
    const matches = commented('clusterIP', ['dst', 'dst']);
    if (!cfg.settings.masqueradeAll) matches.push(m.source(cfg.clusterCIDR, { negated: true }));
    nat.chain(C.services).append({ matches, target: t.jump(C.markMasq) });
  }

  // ExternalIPs: masquerade (Cluster policy only), accept traffic from off the machine or to a local address.
  const externalIPRules = (key: 'externalIP' | 'externalIPLocal'): void => {
    const base = commented(key, ['dst', 'dst']);
    if (key === 'externalIP') nat.chain(C.services).append({ matches: base, target: t.jump(C.markMasq) });
    nat.chain(C.services).append({
      matches: [...base, m.physdev({ isIn: { negated: true } }), m.srcType(['LOCAL'], { negated: true })],
      target: t.accept(),
    });
    nat.chain(C.services).append({ matches: [...base, m.dstType(['LOCAL'])], target: t.accept() });
  };
  if (has('externalIP')) externalIPRules('externalIP');
  if (has('externalIPLocal')) externalIPRules('externalIPLocal');

  nat.chain(C.services).append({ matches: [m.dstType(['LOCAL'])], target: t.jump(C.nodePort) });
  nat.chain(C.loadBalancer).append({ matches: [], target: t.jump(C.markMasq) });
  filter.chain(C.sourceRangesFirewall).append({ matches: [], target: t.drop() });

  // The node's own connections to a LoadBalancer IP whose source ranges leave the node out: IPVS would serve
  // them locally (the VIP is on kube-ipvs0), so they are dropped in OUTPUT — source and virtual address are
  // both the LB IP, since the kernel picks the kube-ipvs0 address as source (kubernetes#119656).
  for (const entry of plan.lbNoNodeAccess) {
    filter.chain(C.ipvsOutFilter).append({
      matches: [m.source(entry.ip), m.ipvs({ vaddr: entry.ip, vproto: entry.protocol, vport: entry.port })],
      target: t.drop(),
    });
  }

  // Accept IPVS traffic in case other rules would block it; these must end KUBE-SERVICES.
  for (const key of ['clusterIP', 'loadBalancer'] as const) {
    if (has(key))
      nat.chain(C.services).append({ matches: [setMatch(key, ['dst', 'dst'])], target: t.accept() });
  }

  // Unlike iptables mode, upstream writes no INVALID drop here.
  writeForwardAccepts(filter.chain(C.forward), cfg);
  filter.chain(C.nodePort).append({ matches: commented('healthCheckNodePort', ['dst']), target: t.accept() });

  // Block access to other host ports through the VIPs bound on kube-ipvs0 (kubernetes#72236).
  const ipvsFilter = filter.chain(C.ipvsFilter);
  for (const key of ['loadBalancer', 'clusterIP', 'externalIP', 'externalIPLocal'] as const) {
    ipvsFilter.append({ matches: [setMatch(key, ['dst', 'dst'])], target: t.return() });
  }
  ipvsFilter
    .append({ matches: [setMatch('healthCheckNodePort', ['dst'])], target: t.return() })
    .append({ matches: [m.ctstate(['NEW']), setMatch('ipvsIPs', ['dst'])], target: t.reject() });

  writeMasqueradeRules(nat, cfg);
}
