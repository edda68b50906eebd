/**
 * The iptables state kubelet creates before kube-proxy runs (`pkg/kubelet/kubelet_network_linux.go`,
 * `syncIPTablesRules` and its canary monitor): the KUBE-IPTABLES-HINT chain telling tools which iptables
 * backend kubelet used, the KUBE-KUBELET-CANARY chains it watches for flushes, and the anti-martian
 * KUBE-FIREWALL chain jumped to from INPUT and OUTPUT. All by single commands (EnsureChain / EnsureRule).
 */
import { m, t } from '../netfilter/construct.ts';
import type { RuleSpec } from '../netfilter/builder.ts';
import type { NodeBuildContext } from '../context.ts';
import { KUBELET_CHAINS } from '../naming/index.ts';

const COMMAND = { installedBy: 'kubelet', installedVia: 'command' } as const;

/**
 * The localnet protection rule as kubelet spells it (`--dst`/`! --src`, which iptables stores as `-d`/`! -s`):
 * drop packets to 127.0.0.0/8 that did not come from loopback, unless conntrack says they belong to an
 * existing or DNATed connection. kube-proxy writes an identical copy when localhost NodePorts are on.
 */
export function localnetProtectionRule(): RuleSpec {
  return {
    matches: [
      m.comment('block incoming localnet connections'),
      m.destination('127.0.0.0/8'),
      m.source('127.0.0.0/8', { negated: true }),
      m.ctstate(['RELATED', 'ESTABLISHED', 'DNAT'], { negated: true }),
    ],
    target: t.drop(),
  };
}

/** Adds kubelet's chains to the node's ruleset (IPv4: kubelet writes KUBE-FIREWALL only for IPv4). */
export function applyKubeletChains(ctx: NodeBuildContext): void {
  const rules = ctx.rules;
  rules.table('mangle').declareChain(KUBELET_CHAINS.iptablesHint, COMMAND);
  for (const table of ['mangle', 'nat', 'filter'] as const) {
    rules.table(table).declareChain(KUBELET_CHAINS.canary, COMMAND);
  }
  const filter = rules.table('filter');
  filter.declareChain(KUBELET_CHAINS.firewall, COMMAND).ensure(localnetProtectionRule(), 'prepend');
  for (const hook of ['OUTPUT', 'INPUT'] as const) {
    filter
      .chain(hook)
      .ensure({ matches: [], target: t.jump(KUBELET_CHAINS.firewall), installedBy: 'kubelet' }, 'prepend');
  }
}
