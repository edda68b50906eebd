/**
 * The rules of kube-proxy's restore batch that do not depend on Services (REFERENCE.md §1.3,
 * `syncProxyRules`): the top-level chain declarations, masquerading (KUBE-POSTROUTING, KUBE-MARK-MASQ), the
 * localnet firewall, the NodePort tail call at the end of nat KUBE-SERVICES, and KUBE-FORWARD. Each function
 * writes what kube-proxy writes at that point of a full sync, so the restore order comes out the same.
 */
import type { ChainBuilder, RulesetBuilder, TableBuilder } from '../../netfilter/builder.ts';
import { m, t } from '../../netfilter/construct.ts';
import type { Match } from '../../netfilter/matches.ts';
import { KUBE_PROXY_CHAINS as C } from '../../naming/index.ts';
import type { KubeProxyNodeConfig } from '../config.ts';
import { localnetProtectionRule } from '../kubelet.ts';

export const RESTORE = { installedBy: 'kube-proxy', installedVia: 'restore' } as const;

/** kube-proxy formats its mark with Go `%#08x` (`0x00004000`); iptables-save shows `0x4000`. */
export const KUBE_PROXY_HEX = { hexWidth: 8 } as const;

/** `localhost_nps_accepted_pkts` / `ct_state_invalid_dropped_pkts` (`pkg/proxy/metrics`). */
export const NFACCT = {
  localhostNodePorts: 'localhost_nps_accepted_pkts',
  invalidDropped: 'ct_state_invalid_dropped_pkts',
} as const;

/**
 * KUBE-POSTROUTING and KUBE-MARK-MASQ, the same in both modes that write iptables rules (iptables, IPVS):
 * marked packets are masqueraded once on the way out, and the mark is cleared so a packet that traverses
 * the stack again is not masqueraded twice.
 */
export function writeMasqueradeRules(nat: TableBuilder, cfg: KubeProxyNodeConfig): void {
  const mark = cfg.masqueradeMark;
  nat
    .chain(C.postrouting)
    .append({ matches: [m.mark(mark, mark, { negated: true, ...KUBE_PROXY_HEX })], target: t.return() })
    .append({ matches: [], target: t.mark('xor-mark', mark, KUBE_PROXY_HEX) })
    .append({
      matches: [m.comment('kubernetes service traffic requiring SNAT')],
      target: t.masquerade({ randomFully: cfg.randomFully }),
    });
  nat.chain(C.markMasq).append({ matches: [], target: t.mark('or-mark', mark, KUBE_PROXY_HEX) });
}

/** KUBE-FORWARD's accepts, in both modes: traffic kube-proxy marked, and connections already established. */
export function writeForwardAccepts(forward: ChainBuilder, cfg: KubeProxyNodeConfig): void {
  const mark = cfg.masqueradeMark;
  forward
    .append({
      matches: [m.comment('kubernetes forwarding rules'), m.mark(mark, mark, KUBE_PROXY_HEX)],
      target: t.accept(),
    })
    .append({
      matches: [m.comment('kubernetes forwarding conntrack rule'), m.ctstate(['RELATED', 'ESTABLISHED'])],
      target: t.accept(),
    });
}

/** The `:CHAIN` lines written before anything else, then the masquerade chains and the localnet firewall. */
export function writeTopLevelChains(rules: RulesetBuilder, cfg: KubeProxyNodeConfig): void {
  const filter = rules.table('filter');
  const nat = rules.table('nat');
  for (const chain of [C.services, C.externalServices, C.forward, C.nodePorts, C.proxyFirewall]) {
    filter.declareChain(chain, RESTORE);
  }
  for (const chain of [C.services, C.nodePorts, C.postrouting, C.markMasq]) nat.declareChain(chain, RESTORE);

  writeMasqueradeRules(nat, cfg);

  // route_localnet (for localhost NodePorts) opens https://issues.k8s.io/90259; this rule closes it.
  if (cfg.localhostNodePorts) filter.declareChain(C.firewall, RESTORE).append(localnetProtectionRule());
}

const NODEPORTS_COMMENT = 'kubernetes service nodeports; NOTE: this must be the last rule in this chain';

/** The tail call into KUBE-NODEPORTS, after every service rule in nat KUBE-SERVICES. */
export function writeNodePortsTail(rules: RulesetBuilder, cfg: KubeProxyNodeConfig): void {
  const services = rules.table('nat').chain(C.services);
  const target = t.jump(C.nodePorts);
  const addresses = cfg.nodePortAddresses;
  if (addresses.matchAll) {
    const matches: Match[] = [m.comment(NODEPORTS_COMMENT), m.dstType(['LOCAL'])];
    // Without route_localnet a NodePort on 127.0.0.1 would not work, so it is not offered.
    if (!cfg.localhostNodePorts) matches.push(m.destination('127.0.0.0/8', { negated: true }));
    services.append({ matches, target });
    return;
  }
  for (const ip of addresses.ips) {
    if (ip.startsWith('127.') && !cfg.localhostNodePorts) continue;
    services.append({ matches: [m.comment(NODEPORTS_COMMENT), m.destination(ip)], target });
  }
}

/** KUBE-FORWARD: drop INVALID (unless conntrack is liberal), accept marked and established traffic. */
export function writeForward(rules: RulesetBuilder, cfg: KubeProxyNodeConfig): void {
  const forward = rules.table('filter').chain(C.forward);
  if (!cfg.conntrackTcpBeLiberal) {
    const matches: Match[] = [m.ctstate(['INVALID'])];
    if (cfg.nfacct) matches.push(m.nfacct(NFACCT.invalidDropped));
    forward.append({ matches, target: t.drop() });
  }
  writeForwardAccepts(forward, cfg);
}
