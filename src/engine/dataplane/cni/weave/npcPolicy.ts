/**
 * weave-npc's per-policy rules (weaveworks/weave `npc/analyser.go` `analysePolicy`, `npc/rule.go`). For each
 * rule of a policy and each peer (or "anywhere" when `from`/`to` is empty), and each port (or all ports), one
 * rule spec: `[-p proto] [source] [destination] [--dport port] -m comment --comment "<src> -> <dst> (<dir>)"`,
 * where the policy's target pods are the destination of ingress rules and the source of egress ones.
 * Ingress specs become `… -j ACCEPT` in WEAVE-NPC-INGRESS; egress specs two rules in WEAVE-NPC-EGRESS-CUSTOM,
 * `-j WEAVE-NPC-EGRESS-ACCEPT` (sets the egress mark) then `-j RETURN`. Specs are shared by key across
 * policies, so a rule two policies need is written once.
 *
 * Where weave-npc differs from the NetworkPolicy API (and from `policyAllows`):
 * - a policy with a named port anywhere is rejected whole ("named ports in network policies is not supported
 *   yet"): none of its selectors or rules exist, so its pods stay in the default-allow sets;
 * - `endPort` is ignored: a port range admits only its first port;
 * - a port without a protocol is TCP; without a port, `--dport 0:65535` (every port of that protocol).
 *
 * Rule order: upstream appends specs while ranging over a Go map, so their order on a real node is arbitrary;
 * here they are sorted by key. Order cannot change a verdict: every rule accepts (or marks and returns).
 */
import type { NetworkPolicyModel } from '../../../cluster/types.ts';
import type { LabelSelector } from '../../../cluster/labels.ts';
import type { PolicyDirection } from '../../../policy/types.ts';
import { m } from '../../netfilter/construct.ts';
import type { L4Protocol, Match } from '../../netfilter/matches.ts';
import {
  ipBlockExceptSet,
  namespacedPodsSelector,
  namespacesSelector,
  podsSelector,
  selectorComment,
  type WeaveSelector,
} from './npcSelectors.ts';

/** A source or destination of a rule spec: a selector's set, or an ipBlock. */
type RuleHost =
  | { readonly kind: 'selector'; readonly selector: WeaveSelector }
  | {
      readonly kind: 'ipblock';
      readonly cidr: string;
      readonly except: readonly string[];
      readonly exceptSet?: string;
    };

/** One `ruleSpec`: its matches (without target) and the direction deciding its chain and targets. */
export interface WeaveRuleSpec {
  readonly key: string;
  readonly direction: PolicyDirection;
  readonly matches: readonly Match[];
}

/** What a policy needs provisioned. */
export interface WeavePolicyAnalysis {
  readonly selectors: readonly WeaveSelector[];
  /** ipBlock except sets: name → CIDRs. */
  readonly exceptSets: ReadonlyMap<string, readonly string[]>;
  readonly rules: readonly WeaveRuleSpec[];
}

type Spec = NetworkPolicyModel['spec'];
type Peer = NonNullable<NonNullable<Spec['ingress']>[number]['from']>[number];
type PolicyPort = NonNullable<NonNullable<Spec['ingress']>[number]['ports']>[number];

/** `checkForNamedPorts` over every rule: weave-npc refuses the whole policy if any port is a name. */
export function weaveRejectsPolicy(policy: NetworkPolicyModel): boolean {
  const rules = [...(policy.spec.ingress ?? []), ...(policy.spec.egress ?? [])];
  return rules.some((rule) => (rule.ports ?? []).some((port) => typeof port.port === 'string'));
}

function hostMatches(host: RuleHost | undefined, side: 'src' | 'dst'): Match[] {
  if (host === undefined) return [];
  if (host.kind === 'selector') return [m.set(host.selector.setName, [side])];
  const address = side === 'src' ? m.source(host.cidr) : m.destination(host.cidr);
  return host.exceptSet === undefined
    ? [address]
    : [address, m.set(host.exceptSet, [side], { negated: true })];
}

function hostComment(host: RuleHost | undefined): string {
  if (host === undefined) return 'anywhere';
  if (host.kind === 'selector') return selectorComment(host.selector);
  return host.except.length === 0
    ? `cidr: ${host.cidr}`
    : `cidr: ${host.cidr} except [${[...host.except].sort().join(' ')}]`;
}

/** `newRuleSpec`; the key is the argument list joined as upstream joins it. */
function ruleSpec(
  direction: PolicyDirection,
  port: { protocol: L4Protocol; text: string; range: number | [number, number] } | undefined,
  src: RuleHost | undefined,
  dst: RuleHost | undefined,
): WeaveRuleSpec {
  const comment = `${hostComment(src)} -> ${hostComment(dst)} (${direction})`;
  const matches: Match[] = [
    ...(port === undefined ? [] : [m.protocol(port.protocol)]),
    ...hostMatches(src, 'src'),
    ...hostMatches(dst, 'dst'),
    ...(port === undefined ? [] : [m.dport(port.protocol, port.range)]),
    m.comment(comment),
  ];
  const args = [
    ...(port === undefined ? [] : [`-p ${port.protocol.toUpperCase()}`]),
    ...(src === undefined ? [] : [hostComment(src)]),
    ...(dst === undefined ? [] : [hostComment(dst)]),
    ...(port === undefined ? [] : [`--dport ${port.text}`]),
    comment,
  ];
  return { key: `${direction} ${args.join(' ')}`, direction, matches };
}

/** `withNormalisedProtoAndPort`: TCP by default, every port (`0:65535`) when none is given. */
function normalisedPort(port: PolicyPort): {
  protocol: L4Protocol;
  text: string;
  range: number | [number, number];
} {
  const protocol = (port.protocol ?? 'TCP').toLowerCase() as L4Protocol;
  if (typeof port.port === 'number') return { protocol, text: String(port.port), range: port.port };
  return { protocol, text: '0:65535', range: [0, 65535] };
}

/** Analyses one policy (`analysePolicy`); call only for policies weave-npc accepts. */
export function analyseWeavePolicy(policy: NetworkPolicyModel): WeavePolicyAnalysis {
  const ns = policy.namespace;
  const target = podsSelector(ns, policy.spec.podSelector);
  const selectors = new Map<string, WeaveSelector>([[target.setName, target]]);
  const exceptSets = new Map<string, readonly string[]>();
  const rules = new Map<string, WeaveRuleSpec>();
  const targetHost: RuleHost = { kind: 'selector', selector: target };

  const peerHost = (peer: Peer): RuleHost | undefined => {
    const pick = (selector: WeaveSelector): RuleHost => {
      if (!selectors.has(selector.setName)) selectors.set(selector.setName, selector);
      return { kind: 'selector', selector };
    };
    const pod = peer.podSelector as LabelSelector | undefined;
    const nsSel = peer.namespaceSelector as LabelSelector | undefined;
    if (pod !== undefined && nsSel !== undefined) return pick(namespacedPodsSelector(nsSel, pod));
    if (pod !== undefined) return pick(podsSelector(ns, pod));
    if (nsSel !== undefined) return pick(namespacesSelector(nsSel));
    if (peer.ipBlock !== undefined) {
      const except = peer.ipBlock.except ?? [];
      const exceptSet = ipBlockExceptSet(ns, except);
      if (exceptSet !== undefined) exceptSets.set(exceptSet, except);
      return {
        kind: 'ipblock',
        cidr: peer.ipBlock.cidr,
        except,
        ...(exceptSet === undefined ? {} : { exceptSet }),
      };
    }
    return undefined;
  };

  const directions: [PolicyDirection, readonly { peers: readonly Peer[]; ports: readonly PolicyPort[] }[]][] =
    [
      ['ingress', (policy.spec.ingress ?? []).map((r) => ({ peers: r.from ?? [], ports: r.ports ?? [] }))],
      ['egress', (policy.spec.egress ?? []).map((r) => ({ peers: r.to ?? [], ports: r.ports ?? [] }))],
    ];
  for (const [direction, entries] of directions) {
    // As upstream, a direction's rules are analysed whether or not `policyTypes` names it.
    for (const entry of entries) {
      const peers: (RuleHost | undefined)[] =
        entry.peers.length === 0 ? [undefined] : entry.peers.map(peerHost);
      const ports = entry.ports.length === 0 ? [undefined] : entry.ports.map(normalisedPort);
      for (const peer of peers) {
        for (const port of ports) {
          const spec =
            direction === 'ingress'
              ? ruleSpec(direction, port, peer, targetHost)
              : ruleSpec(direction, port, targetHost, peer);
          rules.set(spec.key, spec);
        }
      }
    }
  }
  return { selectors: [...selectors.values()], exceptSets, rules: [...rules.values()] };
}
