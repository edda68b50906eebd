/**
 * Which `ip kube-proxy` base chains sit at a netfilter hook, in the order the kernel runs them. nftables base
 * chains and iptables-nft's tables are both hook functions registered at a priority, and netfilter calls
 * every function registered at a hook in increasing priority order (nftables wiki, "Configuring chains" /
 * "Netfilter hooks": "Within a given hook, Netfilter performs operations in order of increasing numerical
 * priority"). So the walker merges these with the iptables tables at the same hook by comparing `priority`
 * with `tablePriority(table, hook)` from the netfilter model (raw -300, mangle -150, nat -100 / 100,
 * filter 0). Equal priorities run in registration order, which a walker cannot know; see `index.ts`.
 */
import type { Hook } from '../../../dataplane/netfilter/model.ts';
import { assertNever } from '../../../dataplane/netfilter/assertNever.ts';
import type { NftHook } from '../../../dataplane/kubeproxy/nftables/model.ts';
import type { NodeDataplane } from '../../../dataplane/types.ts';
import type { NftBaseChainAt } from './types.ts';

/** The iptables spelling of an nftables hook. */
export function iptablesHookOf(hook: NftHook): Hook {
  switch (hook) {
    case 'prerouting':
      return 'PREROUTING';
    case 'input':
      return 'INPUT';
    case 'forward':
      return 'FORWARD';
    case 'output':
      return 'OUTPUT';
    case 'postrouting':
      return 'POSTROUTING';
    default:
      return assertNever(hook);
  }
}

/** The nftables spelling of an iptables hook (`PREROUTING` → `prerouting`). */
export function nftHookOf(hook: Hook | NftHook): NftHook {
  switch (hook) {
    case 'PREROUTING':
    case 'prerouting':
      return 'prerouting';
    case 'INPUT':
    case 'input':
      return 'input';
    case 'FORWARD':
    case 'forward':
      return 'forward';
    case 'OUTPUT':
    case 'output':
      return 'output';
    case 'POSTROUTING':
    case 'postrouting':
      return 'postrouting';
    default:
      return assertNever(hook);
  }
}

/**
 * The base chains of every table in `node.nftables` attached to `hook`, lowest priority first; ties keep
 * table and chain creation order. Empty when the node has no nftables ruleset (not nftables mode).
 */
export function nftBaseChainsAt(node: NodeDataplane, hook: Hook | NftHook): readonly NftBaseChainAt[] {
  const wanted = nftHookOf(hook);
  const found: NftBaseChainAt[] = [];
  for (const table of node.nftables?.tables ?? []) {
    for (const chain of table.chains) {
      if (chain.base?.hook !== wanted) continue;
      found.push({
        table: table.name,
        name: chain.name,
        id: chain.id,
        type: chain.base.type,
        hook: wanted,
        iptablesHook: iptablesHookOf(wanted),
        priority: chain.base.priority,
        policy: chain.base.policy,
      });
    }
  }
  return found.sort((a, b) => a.priority - b.priority);
}
