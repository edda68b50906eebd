/**
 * weave-npc, Weave Net's NetworkPolicy controller (weaveworks/weave `npc/`, `prog/weave-npc`): its static
 * chains, the FORWARD/INPUT hooks that send bridge traffic through them, and per namespace the "default allow"
 * ipsets — every pod of the namespace (cluster-wide) that no policy of that direction selects — with the
 * bypass rules accepting them.
 *
 * Left out: the per-policy rules weave-npc writes into WEAVE-NPC-INGRESS and WEAVE-NPC-EGRESS-CUSTOM (and
 * their selector ipsets). A pod selected by a policy is therefore only reachable over established
 * connections here — as if its policies allowed nothing. The NFLOG rule (`-m state --state NEW -j NFLOG
 * --nflog-group 86`) only logs and is not modelled; `-m state --state X` is written as the equivalent
 * `-m conntrack --ctstate X`.
 */
import type { Cluster, NetworkPolicyModel, PodModel } from '../../../cluster/types.ts';
import { matchesSelector } from '../../../cluster/labels.ts';
import type { NodeBuildContext } from '../../context.ts';
import { m, t } from '../../netfilter/construct.ts';
import type { IpSet } from '../../types.ts';
import { WEAVE_BRIDGE, WEAVE_BRIDGE_PORT } from './devices.ts';
import { weaveDefaultAllowSet } from './shortName.ts';

export const WEAVE_NPC = 'WEAVE-NPC';
const DEFAULT = 'WEAVE-NPC-DEFAULT';
const INGRESS = 'WEAVE-NPC-INGRESS';
const EGRESS = 'WEAVE-NPC-EGRESS';
const EGRESS_DEFAULT = 'WEAVE-NPC-EGRESS-DEFAULT';
const EGRESS_CUSTOM = 'WEAVE-NPC-EGRESS-CUSTOM';
const EGRESS_ACCEPT = 'WEAVE-NPC-EGRESS-ACCEPT';
const EGRESS_MARK = 0x40000;
export const BEFORE_KUBE_FORWARD = "NOTE: this must go before '-j KUBE-FORWARD'";

/** policyTypes as the API defaults them: Ingress always, Egress when the policy has egress rules. */
function policyTypes(policy: NetworkPolicyModel): readonly string[] {
  const given = policy.spec.policyTypes;
  if (given !== undefined && given.length > 0) return given;
  return policy.spec.egress === undefined ? ['Ingress'] : ['Ingress', 'Egress'];
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
      const policies = cluster.networkPolicies.filter(
        (p) => p.namespace === ns.name && policyTypes(p).includes(type),
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
    .append({ matches: [m.ctstate(['RELATED', 'ESTABLISHED'])], target: t.accept() })
    .append({ matches: [m.destination('224.0.0.0/4')], target: t.accept() })
    .append({
      matches: [
        m.physdev({ physdevOut: { name: WEAVE_BRIDGE_PORT, negated: false }, isBridged: { negated: false } }),
      ],
      target: t.accept(),
    })
    .append({ matches: [m.ctstate(['NEW'])], target: t.jump(DEFAULT) })
    .append({ matches: [m.ctstate(['NEW'])], target: t.jump(INGRESS) });
  filter
    .chain(EGRESS)
    .append({ matches: [m.ctstate(['RELATED', 'ESTABLISHED'])], target: t.accept() })
    .append({
      matches: [
        m.physdev({ physdevIn: { name: WEAVE_BRIDGE_PORT, negated: false }, isBridged: { negated: false } }),
      ],
      target: t.return(),
    })
    .append({ matches: [m.dstType(['LOCAL'])], target: t.return() })
    .append({ matches: [m.destination('224.0.0.0/4')], target: t.return() })
    .append({ matches: [m.ctstate(['NEW'])], target: t.jump(EGRESS_DEFAULT) })
    .append({
      matches: [m.ctstate(['NEW']), m.mark(EGRESS_MARK, EGRESS_MARK, { negated: true })],
      target: t.jump(EGRESS_CUSTOM),
    });
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
