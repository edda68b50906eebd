/**
 * A Kubernetes NetworkPolicy as Calico sees it: libcalico-go's `K8sNetworkPolicyToCalico` (one Calico rule
 * per protocol × peer of each k8s rule, protocols sorted, ports coalesced by `SimplifyPorts`) followed by the
 * syncer's `GetEntityRuleSelector` (namespacing the peer selector). The output is the rule list Felix renders
 * into a `cali-pi-`/`cali-po-` chain.
 */
import type { LabelSelector } from '../../../cluster/labels.ts';
import type { NetworkPolicyModel } from '../../../cluster/types.ts';
import { parseCidr } from '../../../net/cidr.ts';
import { normalizePort, ruleHasInvalidPort } from '../../../policy/ports.ts';
import { directionRules, type PolicyPeer, type PolicyPort } from '../../../policy/spec.ts';
import type { PolicyDirection } from '../../../policy/types.ts';
import { sel, type CalicoSelector } from './selector.ts';

export const LABEL_NAMESPACE = 'projectcalico.org/namespace';
export const LABEL_ORCHESTRATOR = 'projectcalico.org/orchestrator';
export const LABEL_SERVICE_ACCOUNT = 'projectcalico.org/serviceaccount';
export const LABEL_NAME = 'projectcalico.org/name';
/** Labels a workload inherits from its namespace's profile are prefixed `pcns.`, from its service account `pcsa.`. */
export const NAMESPACE_LABEL_PREFIX = 'pcns.';
export const SERVICE_ACCOUNT_LABEL_PREFIX = 'pcsa.';

/** Felix's protocol spelling (`numorstring.Protocol.ToV1()`), as `-p` takes it. */
export type CalicoProtocol = 'tcp' | 'udp' | 'sctp';

export interface PortRange {
  readonly first: number;
  readonly last: number;
}

/** One Calico rule of a converted k8s policy (action Allow). The peer fields are the source for ingress and
 * the destination for egress; ports are always destination ports. */
export interface CalicoRule {
  /** Which k8s rule it came from, for explanations. */
  readonly k8sRuleIndex: number;
  readonly protocol?: CalicoProtocol;
  readonly nets: readonly string[];
  readonly notNets: readonly string[];
  readonly selector?: CalicoSelector;
  readonly ports: readonly PortRange[];
  readonly namedPorts: readonly string[];
}

/** `knp.default.<name>`: the Calico name of a k8s NetworkPolicy; Felix's policy id is `<ns>/knp.default.<name>`. */
export function calicoPolicyId(policy: NetworkPolicyModel): string {
  return `${policy.namespace}/knp.default.${policy.name}`;
}

/** `k8sSelectorToCalico` terms: matchLabels by sorted key, then matchExpressions in order. */
function selectorTerms(selector: LabelSelector, prefix: string): CalicoSelector[] {
  const labels = selector.matchLabels ?? {};
  const terms: CalicoSelector[] = Object.keys(labels)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((key) => sel.eq(prefix + key, String(labels[key])));
  for (const expression of selector.matchExpressions ?? []) {
    const label = prefix + expression.key;
    const values = expression.values ?? [];
    if (expression.operator === 'In') terms.push(sel.in(label, values));
    else if (expression.operator === 'NotIn') terms.push(sel.notIn(label, values));
    else if (expression.operator === 'Exists') terms.push(sel.has(label));
    else if (expression.operator === 'DoesNotExist') terms.push(sel.not(sel.has(label)));
  }
  return terms;
}

/** A pod selector always starts with `projectcalico.org/orchestrator == 'k8s'`. */
export function podSelectorToCalico(selector: LabelSelector | undefined): CalicoSelector {
  const orchestrator = sel.eq(LABEL_ORCHESTRATOR, 'k8s');
  return sel.and(selector === undefined ? [orchestrator] : [orchestrator, ...selectorTerms(selector, '')]);
}

/**
 * The peer's endpoint selector (`getEndpointSelector`): `(namespace part) && (pod part)`, where the namespace
 * part is the prefixed namespaceSelector — `{}` reads as `has(projectcalico.org/namespace)` — or, without one,
 * the policy's own namespace.
 */
export function peerSelector(peer: PolicyPeer, policyNamespace: string): CalicoSelector {
  let namespacePart: CalicoSelector;
  if (peer.namespaceSelector === undefined) namespacePart = sel.eq(LABEL_NAMESPACE, policyNamespace);
  else {
    const terms = selectorTerms(peer.namespaceSelector, NAMESPACE_LABEL_PREFIX);
    namespacePart = terms.length === 0 ? sel.has(LABEL_NAMESPACE) : sel.and(terms);
  }
  return sel.and([namespacePart, podSelectorToCalico(peer.podSelector)]);
}

/** `SimplifyPorts`: named ports pass through first; numeric ports are merged into sorted, coalesced ranges. */
function simplifyPorts(
  numeric: readonly PortRange[],
  named: readonly string[],
): { ports: PortRange[]; named: string[] } {
  if (numeric.length + named.length <= 1) return { ports: [...numeric], named: [...named] };
  const values = [...new Set(numeric.flatMap(({ first, last }) => range(first, last)))].sort((a, b) => a - b);
  if (values.length <= 1) return { ports: [...numeric], named: [...named] };
  const ports: PortRange[] = [];
  for (const value of values) {
    const current = ports[ports.length - 1];
    if (current && value === current.last + 1)
      ports[ports.length - 1] = { first: current.first, last: value };
    else ports.push({ first: value, last: value });
  }
  return { ports, named: [...named] };
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** Ports grouped by protocol the way `k8sRuleToCalico` builds `protocolPorts`; `undefined` = every port. */
function protocolPorts(
  ports: readonly PolicyPort[],
): Map<string, { numeric: PortRange[]; named: string[] } | undefined> {
  const grouped = new Map<string, { numeric: PortRange[]; named: string[] } | undefined>();
  if (ports.length === 0) return grouped.set('', undefined);
  for (const entry of ports) {
    const port = normalizePort(entry);
    if (port.kind === 'any-port') {
      grouped.set(port.protocol, undefined);
      continue;
    }
    if (grouped.has(port.protocol) && grouped.get(port.protocol) === undefined) continue;
    const bucket = grouped.get(port.protocol) ?? { numeric: [], named: [] };
    if (port.kind === 'range') bucket.numeric.push({ first: port.first, last: port.last });
    else if (port.kind === 'named') bucket.named.push(port.name);
    grouped.set(port.protocol, bucket);
  }
  return grouped;
}

/** The Calico fields of one peer, or undefined when the peer cannot be converted (an unparsable CIDR). */
function peerFields(
  peer: PolicyPeer | undefined,
  namespace: string,
): Pick<CalicoRule, 'nets' | 'notNets' | 'selector'> | undefined {
  if (peer === undefined) return { nets: [], notNets: [] };
  if (peer.ipBlock) {
    const cidr = parseCidr(peer.ipBlock.cidr, 'mask');
    const except = (peer.ipBlock.except ?? []).map((text) => parseCidr(text, 'mask'));
    if (cidr === undefined || except.some((entry) => entry === undefined)) return undefined;
    return { nets: [cidr], notNets: except.filter((entry) => entry !== undefined) };
  }
  return { nets: [], notNets: [], selector: peerSelector(peer, namespace) };
}

/** Every Calico rule of one direction of the policy, in Felix's order. */
export function convertPolicy(policy: NetworkPolicyModel, direction: PolicyDirection): readonly CalicoRule[] {
  const out: CalicoRule[] = [];
  for (const [k8sRuleIndex, rule] of directionRules(policy, direction).entries()) {
    // Calico drops a k8s rule whose ports fail to convert ("dropping k8s rule that couldn't be converted").
    if (ruleHasInvalidPort(rule.ports)) continue;
    const grouped = protocolPorts(rule.ports);
    const protocols = [...grouped.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const peers: readonly (PolicyPeer | undefined)[] = rule.peers.length > 0 ? rule.peers : [undefined];
    for (const protocolKey of protocols) {
      const bucket = grouped.get(protocolKey);
      const simplified =
        bucket === undefined ? { ports: [], named: [] } : simplifyPorts(bucket.numeric, bucket.named);
      const protocol = protocolKey === '' ? undefined : (protocolKey.toLowerCase() as CalicoProtocol);
      for (const peer of peers) {
        const fields = peerFields(peer, policy.namespace);
        if (fields === undefined) continue;
        out.push({
          k8sRuleIndex,
          ...(protocol === undefined ? {} : { protocol }),
          ...fields,
          ports: simplified.ports,
          namedPorts: simplified.named,
        });
      }
    }
  }
  return out;
}
