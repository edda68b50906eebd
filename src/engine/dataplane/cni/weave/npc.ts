/**
 * weave-npc, Weave Net's NetworkPolicy controller (weaveworks/weave `npc/`, `prog/weave-npc`): its static
 * chains, the FORWARD/INPUT hooks that send bridge traffic through them, and per namespace the "default allow"
 * ipsets — every pod of the namespace (cluster-wide) that no policy of that direction selects — with the
 * bypass rules accepting them.
 *
 * The per-policy rules in WEAVE-NPC-INGRESS and WEAVE-NPC-EGRESS-CUSTOM and their selector ipsets come from
 * `npcPolicy.ts` / `npcSelectors.ts`. Once any policy isolates egress, weave-npc appends the egress verdict to
 * WEAVE-NPC-EGRESS (`AddNetworkPolicy`: NFLOG then DROP what no egress rule marked); ingress is decided by
 * weaver's FORWARD rules after WEAVE-NPC (NFLOG, DROP — see `iptables.ts`). weave-npc writes `-m state`.
 */
import type { Cluster, NetworkPolicyModel, PodModel } from '../../../cluster/types.ts';
import { matchesSelector } from '../../../cluster/labels.ts';
import { effectivePolicyTypes } from '../../../policy/spec.ts';
import type { NodeBuildContext } from '../../context.ts';
import { m, t } from '../../netfilter/construct.ts';
import type { IpSet } from '../../types.ts';
import { WEAVE_BRIDGE, WEAVE_BRIDGE_PORT } from './devices.ts';
import { analyseWeavePolicy, weaveRejectsPolicy, type WeaveRuleSpec } from './npcPolicy.ts';
import { allPodsSets, selectorIpSet } from './npcSelectors.ts';
import { weaveDefaultAllowSet } from './shortName.ts';

export const WEAVE_NPC = 'WEAVE-NPC';
const DEFAULT = 'WEAVE-NPC-DEFAULT';
const INGRESS = 'WEAVE-NPC-INGRESS';
const EGRESS = 'WEAVE-NPC-EGRESS';
const EGRESS_DEFAULT = 'WEAVE-NPC-EGRESS-DEFAULT';
const EGRESS_CUSTOM = 'WEAVE-NPC-EGRESS-CUSTOM';
const EGRESS_ACCEPT = 'WEAVE-NPC-EGRESS-ACCEPT';
const EGRESS_MARK = 0x40000;
/** The nfnetlink_log group weave-npc's ulogd listens on for blocked connections. */
export const WEAVE_NFLOG_GROUP = 86;
export const BEFORE_KUBE_FORWARD = "NOTE: this must go before '-j KUBE-FORWARD'";

/** The policies weave-npc provisions: all but those it rejects for named ports. */
function acceptedPolicies(cluster: Cluster): readonly NetworkPolicyModel[] {
  return cluster.networkPolicies.filter((policy) => !weaveRejectsPolicy(policy));
}

/** Every rule spec of every accepted policy, once per key, in key order (see `npcPolicy.ts`). */
function ruleSpecs(cluster: Cluster): readonly WeaveRuleSpec[] {
  const byKey = new Map<string, WeaveRuleSpec>();
  for (const policy of acceptedPolicies(cluster)) {
    for (const spec of analyseWeavePolicy(policy).rules) byKey.set(spec.key, spec);
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The selector and ipBlock-except sets of every accepted policy, plus each namespace's all-pods set (the
 * members of namespace-selector `list:set`s), once per name, in name order.
 */
export function weavePolicySets(cluster: Cluster): IpSet[] {
  const byName = new Map<string, IpSet>();
  for (const set of allPodsSets(cluster)) byName.set(set.name, set);
  for (const policy of acceptedPolicies(cluster)) {
    const analysis = analyseWeavePolicy(policy);
    for (const selector of analysis.selectors) {
      if (!byName.has(selector.setName)) byName.set(selector.setName, selectorIpSet(cluster, selector));
    }
    for (const [name, members] of analysis.exceptSets) {
      // `ipset list` shows a host entry of a hash:net set without its /32.
      byName.set(name, { name, type: 'hash:net', members: members.map((cidr) => cidr.replace(/\/32$/, '')) });
    }
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The default-allow ipsets of every namespace, the same on every node (weave-npc watches all pods), so built
 * once per cluster: pods with an address that no policy of the direction selects.
 */
export function weaveDefaultAllowSets(cluster: Cluster): IpSet[] {
  const podsByNamespace = new Map<string, PodModel[]>();
  for (const pod of cluster.pods) {
    if (pod.hostNetwork || pod.ip === undefined) continue;
    const list = podsByNamespace.get(pod.namespace) ?? [];
    list.push(pod);
    podsByNamespace.set(pod.namespace, list);
  }
  return cluster.namespaces.flatMap((ns) => {
    const pods = podsByNamespace.get(ns.name) ?? [];
    const members = (type: 'Ingress' | 'Egress'): string[] => {
      const direction = type === 'Ingress' ? 'ingress' : 'egress';
      const policies = acceptedPolicies(cluster).filter(
        (p) => p.namespace === ns.name && effectivePolicyTypes(p.spec).includes(direction),
      );
      return pods.flatMap((pod) =>
        policies.some((p) => matchesSelector(pod.labels, p.spec.podSelector)) || pod.ip === undefined
          ? []
          : [pod.ip],
      );
    };
    return [
      {
        name: weaveDefaultAllowSet('ingress', ns.name),
        type: 'hash:ip',
        comment: ns.name,
        members: members('Ingress'),
      },
      {
        name: weaveDefaultAllowSet('egress', ns.name),
        type: 'hash:ip',
        comment: ns.name,
        members: members('Egress'),
      },
    ];
  });
}

/** Writes weave-npc's chains and hooks; the ipsets they name come from `weaveDefaultAllowSets`. */
export function applyWeaveNpc(ctx: NodeBuildContext): void {
  const command = { installedBy: 'weave', installedVia: 'command' } as const;
  const filter = ctx.rules.table('filter');
  for (const chain of [WEAVE_NPC, DEFAULT, INGRESS, EGRESS, EGRESS_DEFAULT, EGRESS_CUSTOM, EGRESS_ACCEPT]) {
    filter.declareChain(chain, command);
  }
  filter
    .chain(WEAVE_NPC)
    .append({ matches: [m.state(['RELATED', 'ESTABLISHED'])], target: t.accept() })
    .append({ matches: [m.destination('224.0.0.0/4')], target: t.accept() })
    .append({
      matches: [
        m.physdev({ physdevOut: { name: WEAVE_BRIDGE_PORT, negated: false }, isBridged: { negated: false } }),
      ],
      target: t.accept(),
    })
    .append({ matches: [m.state(['NEW'])], target: t.jump(DEFAULT) })
    .append({ matches: [m.state(['NEW'])], target: t.jump(INGRESS) });
  filter
    .chain(EGRESS)
    .append({ matches: [m.state(['RELATED', 'ESTABLISHED'])], target: t.accept() })
    .append({
      matches: [
        m.physdev({ physdevIn: { name: WEAVE_BRIDGE_PORT, negated: false }, isBridged: { negated: false } }),
      ],
      target: t.return(),
    })
    .append({ matches: [m.dstType(['LOCAL'])], target: t.return() })
    .append({ matches: [m.destination('224.0.0.0/4')], target: t.return() })
    .append({ matches: [m.state(['NEW'])], target: t.jump(EGRESS_DEFAULT) })
    .append({
      matches: [m.state(['NEW']), m.mark(EGRESS_MARK, EGRESS_MARK, { negated: true })],
      target: t.jump(EGRESS_CUSTOM),
    });
  // `AddNetworkPolicy` adds the egress verdict lazily, with the first policy that isolates egress.
  const egressIsolated = acceptedPolicies(ctx.cluster).some((p) =>
    effectivePolicyTypes(p.spec).includes('egress'),
  );
  if (egressIsolated) {
    const unmarked = m.mark(EGRESS_MARK, EGRESS_MARK, { negated: true });
    filter
      .chain(EGRESS)
      .append({ matches: [m.state(['NEW']), unmarked], target: t.nflog(WEAVE_NFLOG_GROUP) })
      .append({ matches: [unmarked], target: t.drop() });
  }
  filter
    .chain(EGRESS_ACCEPT)
    .append({ matches: [], target: t.mark('set-xmark', EGRESS_MARK, { mask: EGRESS_MARK }) });

  for (const ns of ctx.cluster.namespaces) {
    const ingressSet = weaveDefaultAllowSet('ingress', ns.name);
    const egressSet = weaveDefaultAllowSet('egress', ns.name);
    const ingressComment = m.comment(`DefaultAllow ingress isolation for namespace: ${ns.name}`);
    const egressComment = m.comment(`DefaultAllow egress isolation for namespace: ${ns.name}`);
    filter
      .chain(DEFAULT)
      .append({ matches: [m.set(ingressSet, ['dst']), ingressComment], target: t.accept() });
    filter
      .chain(EGRESS_DEFAULT)
      .append({ matches: [m.set(egressSet, ['src']), egressComment], target: t.jump(EGRESS_ACCEPT) })
      .append({ matches: [m.set(egressSet, ['src']), egressComment], target: t.return() });
  }

  for (const spec of ruleSpecs(ctx.cluster)) {
    if (spec.direction === 'ingress') {
      filter.chain(INGRESS).append({ matches: spec.matches, target: t.accept() });
    } else {
      filter
        .chain(EGRESS_CUSTOM)
        .append({ matches: spec.matches, target: t.jump(EGRESS_ACCEPT) })
        .append({ matches: spec.matches, target: t.return() });
    }
  }

  // weave-npc's hooks: egress checks for traffic entering from the bridge, ahead of weaver's FORWARD rules.
  filter.chain('FORWARD').prepend({
    matches: [m.inInterface(WEAVE_BRIDGE), m.comment(BEFORE_KUBE_FORWARD)],
    target: t.jump(EGRESS),
    installedBy: 'weave',
  });
  filter
    .chain('INPUT')
    .append({ matches: [m.inInterface(WEAVE_BRIDGE)], target: t.jump(EGRESS), installedBy: 'weave' });
}
