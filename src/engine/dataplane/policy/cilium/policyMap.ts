/**
 * One endpoint's policy map: the NetworkPolicies that select the pod, flattened into (peer identity,
 * protocol, port) → allow entries per direction. Cilium's default enforcement mode is "allow all until a
 * policy selects the endpoint" per direction, which shows as one wildcard entry (`reserved:unknown ANY`);
 * once ingress is enforced the local host stays allowed (`reserved:host ANY`, allow-localhost), which is how
 * kubelet probes get in.
 */
import { matchesSelector } from '../../../cluster/labels.ts';
import type { Cluster, NetworkPolicyModel, PodModel } from '../../../cluster/types.ts';
import { cidrContainsCidr, parseCidr, type Cidr } from '../../../net/cidr.ts';
import { normalizePort, resolveNamedPort, ruleHasInvalidPort } from '../../../policy/ports.ts';
import { directionRules, isolatingPolicies, type PolicyPeer, type PolicyPort } from '../../../policy/spec.ts';
import type { PolicyDirection } from '../../../policy/types.ts';
import { identitySubject, type IdentityTable } from './identities.ts';
import { FIRST_CLUSTER_IDENTITY, RESERVED_IDENTITY, type PolicyMapEntry } from './types.ts';

/** The identities a peer selects: pod identities by labels, or CIDR identities inside `cidr` but no `except`. */
function peerIdentities(table: IdentityTable, peer: PolicyPeer, policyNamespace: string): readonly number[] {
  if (peer.ipBlock) {
    const cidr = parseCidr(peer.ipBlock.cidr, 'mask');
    if (!cidr) return [];
    const except = (peer.ipBlock.except ?? [])
      .map((text) => parseCidr(text, 'mask'))
      .filter((c): c is Cidr => c !== undefined);
    const selected = [...table.byCidr]
      .filter(
        ([prefix]) =>
          cidrContainsCidr(cidr, prefix as Cidr) && !except.some((e) => cidrContainsCidr(e, prefix as Cidr)),
      )
      .map(([, id]) => id);
    return cidr === '0.0.0.0/0' ? [RESERVED_IDENTITY.world, ...selected] : selected;
  }
  return table.identities
    .filter((identity) => identity.cidr === undefined && identity.id >= FIRST_CLUSTER_IDENTITY)
    .filter((identity) => {
      const subject = identitySubject(identity);
      const inNamespace =
        peer.namespaceSelector === undefined
          ? subject.namespace === policyNamespace
          : matchesSelector(subject.namespaceLabels, peer.namespaceSelector);
      return (
        inNamespace &&
        (peer.podSelector === undefined || matchesSelector(subject.podLabels, peer.podSelector))
      );
    })
    .map((identity) => identity.id);
}

type PortKey = Pick<PolicyMapEntry, 'protocol' | 'port' | 'endPort'>;

/**
 * The port keys of one port entry towards one peer identity. A named port resolves against the endpoint's
 * own pod for ingress, and against the pods holding the peer identity for egress (UNCONFIRMED: Cilium may
 * resolve egress names over every endpoint in the cluster, which would allow more).
 */
function portKeys(
  entry: PolicyPort,
  direction: PolicyDirection,
  self: PodModel,
  peerPods: (identity: number) => readonly PodModel[],
  identity: number,
): readonly PortKey[] {
  const port = normalizePort(entry);
  switch (port.kind) {
    case 'any-port':
      return [{ protocol: port.protocol, port: 0 }];
    case 'range':
      return [
        {
          protocol: port.protocol,
          port: port.first,
          ...(port.last > port.first ? { endPort: port.last } : {}),
        },
      ];
    case 'named': {
      const pods = direction === 'ingress' ? [self] : peerPods(identity);
      const numbers = pods
        .map((pod) => resolveNamedPort(pod, port.name, port.protocol))
        .filter((n) => n !== undefined);
      return [...new Set(numbers)].map((n) => ({ protocol: port.protocol, port: n }));
    }
    case 'invalid':
      return [];
    default:
      return [];
  }
}

const entryKey = (entry: Omit<PolicyMapEntry, 'derivedFrom' | 'verdict'>): string =>
  `${entry.direction} ${entry.identity} ${entry.protocol} ${entry.port} ${entry.endPort ?? ''}`;

/** The map entries for `pod` (a local endpoint), both directions, sorted and de-duplicated. */
export function endpointPolicyEntries(
  cluster: Cluster,
  table: IdentityTable,
  pod: PodModel,
): {
  readonly entries: readonly PolicyMapEntry[];
  readonly ingressEnforced: boolean;
  readonly egressEnforced: boolean;
} {
  const merged = new Map<string, PolicyMapEntry>();
  const add = (entry: Omit<PolicyMapEntry, 'verdict'>): void => {
    const key = entryKey(entry);
    const existing = merged.get(key);
    const derivedFrom = [...new Set([...(existing?.derivedFrom ?? []), ...entry.derivedFrom])];
    merged.set(key, { ...entry, verdict: 'allow', derivedFrom });
  };
  const peerPods = (identity: number): readonly PodModel[] =>
    identity === RESERVED_IDENTITY.unknown
      ? cluster.pods
      : cluster.pods.filter((p) => table.byPod.get(p.ref) === identity);
  const enforced = { ingress: false, egress: false };
  for (const direction of ['ingress', 'egress'] as const) {
    const policies: readonly NetworkPolicyModel[] = isolatingPolicies(
      cluster.networkPolicies,
      pod,
      direction,
    );
    enforced[direction] = policies.length > 0;
    if (policies.length === 0) {
      add({
        direction,
        identity: RESERVED_IDENTITY.unknown,
        protocol: 'ANY',
        port: 0,
        derivedFrom: ['allow-all'],
      });
      continue;
    }
    if (direction === 'ingress') {
      add({
        direction,
        identity: RESERVED_IDENTITY.host,
        protocol: 'ANY',
        port: 0,
        derivedFrom: ['allow-localhost'],
      });
    }
    for (const policy of policies) {
      for (const rule of directionRules(policy, direction)) {
        if (ruleHasInvalidPort(rule.ports)) continue;
        const identities =
          rule.peers.length === 0
            ? [RESERVED_IDENTITY.unknown]
            : [...new Set(rule.peers.flatMap((peer) => peerIdentities(table, peer, policy.namespace)))];
        for (const identity of identities) {
          const keys: readonly PortKey[] =
            rule.ports.length === 0
              ? [{ protocol: 'ANY', port: 0 }]
              : rule.ports.flatMap((entry) => portKeys(entry, direction, pod, peerPods, identity));
          for (const key of keys) add({ direction, identity, ...key, derivedFrom: [policy.ref] });
        }
      }
    }
  }
  const entries = [...merged.values()].sort(
    (a, b) =>
      (a.direction < b.direction ? -1 : a.direction > b.direction ? 1 : 0) ||
      a.identity - b.identity ||
      (a.protocol < b.protocol ? -1 : a.protocol > b.protocol ? 1 : 0) ||
      a.port - b.port,
  );
  return { entries, ingressEnforced: enforced.ingress, egressEnforced: enforced.egress };
}
