/**
 * The rules kube-proxy (iptables mode) puts into the built-in chains, outside its restore batch: on every full
 * sync it runs EnsureChain + EnsureRule(Prepend) for `iptablesJumpChains`, then for `iptablesKubeletJumpChains`
 * (REFERENCE.md §1.2). Each prepend goes to the top, so iptables-save lists them in reverse. Before its first
 * sync the proxier's `iptables.Monitor` has created KUBE-PROXY-CANARY in mangle, nat and filter.
 */
import type { RulesetBuilder } from '../../netfilter/builder.ts';
import { m, t } from '../../netfilter/construct.ts';
import type { Match } from '../../netfilter/matches.ts';
import type { Hook, TableName } from '../../netfilter/model.ts';
import { KUBE_PROXY_CHAINS as C } from '../../naming/index.ts';

/** One `iptablesJumpChain`: `-A <hook> [extra] [-m comment --comment c] -j <chain>` in `table`. */
export interface JumpChain {
  readonly table: TableName;
  readonly chain: string;
  readonly hook: Hook;
  readonly comment: string;
  readonly newOnly: boolean;
}

const jump = (table: TableName, chain: string, hook: Hook, comment: string, newOnly = false): JumpChain => ({
  table,
  chain,
  hook,
  comment,
  newOnly,
});

/** `iptablesJumpChains` then `iptablesKubeletJumpChains`, in upstream's order (v1.31). */
export const IPTABLES_JUMP_CHAINS: readonly JumpChain[] = [
  jump('filter', C.externalServices, 'INPUT', 'kubernetes externally-visible service portals', true),
  jump('filter', C.externalServices, 'FORWARD', 'kubernetes externally-visible service portals', true),
  jump('filter', C.nodePorts, 'INPUT', 'kubernetes health check service ports'),
  jump('filter', C.services, 'FORWARD', 'kubernetes service portals', true),
  jump('filter', C.services, 'OUTPUT', 'kubernetes service portals', true),
  jump('filter', C.forward, 'FORWARD', 'kubernetes forwarding rules'),
  jump('filter', C.proxyFirewall, 'INPUT', 'kubernetes load balancer firewall', true),
  jump('filter', C.proxyFirewall, 'OUTPUT', 'kubernetes load balancer firewall', true),
  jump('filter', C.proxyFirewall, 'FORWARD', 'kubernetes load balancer firewall', true),
  jump('nat', C.services, 'OUTPUT', 'kubernetes service portals'),
  jump('nat', C.services, 'PREROUTING', 'kubernetes service portals'),
  jump('nat', C.postrouting, 'POSTROUTING', 'kubernetes postrouting rules'),
  jump('filter', C.firewall, 'INPUT', ''),
  jump('filter', C.firewall, 'OUTPUT', ''),
];

const COMMAND = { installedBy: 'kube-proxy', installedVia: 'command' } as const;

/** The canary chains `iptables.Monitor` creates (EnsureChain in each watched table). */
export function ensureProxyCanary(rules: RulesetBuilder): void {
  for (const table of ['mangle', 'nat', 'filter'] as const) {
    rules.table(table).declareChain(C.proxyCanary, COMMAND);
  }
}

/** EnsureChain + EnsureRule(Prepend) for each jump, in list order (so the last ends up first). */
export function ensureJumpChains(rules: RulesetBuilder, jumps: readonly JumpChain[]): void {
  for (const spec of jumps) {
    const table = rules.table(spec.table);
    table.declareChain(spec.chain, COMMAND);
    const matches: Match[] = spec.newOnly ? [m.ctstate(['NEW'])] : [];
    if (spec.comment !== '') matches.push(m.comment(spec.comment));
    table
      .chain(spec.hook)
      .ensure({ matches, target: t.jump(spec.chain), installedBy: 'kube-proxy' }, 'prepend');
  }
}
