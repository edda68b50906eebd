/**
 * Why a rule dropped or rejected a packet, read from what the rule is: kube-proxy says so in its comments
 * ("has no endpoints", "has no local endpoints", the load balancer firewall), policy agents in their chain
 * names (Calico's cali-*, Weave's WEAVE-NPC*, Canal's Calico chains).
 */
import type { Rule } from '../dataplane/netfilter/model.ts';
import type { DropReason } from './types.ts';

function commentOf(rule: Rule): string {
  return rule.matches
    .map((match) => (match.kind === 'comment' ? match.text : ''))
    .join(' ')
    .toLowerCase();
}

/** A policy agent's chain: Calico's cali-*, Weave's WEAVE-NPC*. */
export function isPolicyChain(chain: string): boolean {
  return chain.startsWith('cali-') || chain.startsWith('WEAVE-NPC');
}

/**
 * `entered`: the chains the table walk jumped into before the drop. A DROP reached after a policy chain
 * returned without accepting (weave's `-A FORWARD -o weave -j DROP` after `-j WEAVE-NPC`) is that policy's
 * default deny.
 */
export function dropReasonOf(
  rule: Rule,
  path: readonly string[],
  entered: readonly string[] = [],
): DropReason {
  const comment = commentOf(rule);
  if (comment.includes('has no local endpoints')) return 'no-local-endpoint';
  if (comment.includes('has no endpoints')) return 'no-endpoints';
  if (path.some((chain) => chain.startsWith('KUBE-FW-') || chain === 'KUBE-PROXY-FIREWALL')) {
    return 'source-range-denied';
  }
  if (rule.matches.some((m) => m.kind === 'conntrack' && JSON.stringify(m).includes('INVALID'))) {
    return 'invalid-ct-state';
  }
  if (path.some(isPolicyChain)) return 'policy-denied';
  if (comment.includes('policy')) return 'policy-denied';
  if (rule.target.kind === 'drop' && entered.some(isPolicyChain)) return 'policy-denied';
  return 'rule-drop';
}
