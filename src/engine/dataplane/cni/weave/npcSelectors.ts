/**
 * weave-npc's selector ipsets (weaveworks/weave `npc/selector.go`, `npc/namespace.go`, `npc/ipblock.go`). A
 * selector's key is the string Kubernetes' `labels.Selector` prints (`pod=b`, `ns in (y,z)`, `!role`; the
 * empty selector prints as ""), and its set is `weave-` + shortName(`<namespace>:<key>`):
 *
 * - a pod selector of namespace N (a policy's target, or a `from`/`to` podSelector): `hash:ip` of N's pods
 *   that match; N's all-pods set is the one for the empty selector (`N:`), created for every namespace;
 * - a namespace selector: `list:set` of the all-pods sets of the matching namespaces, named with an empty
 *   namespace (`:<key>`);
 * - a namespace selector with a pod selector: `hash:ip` of the matching pods in matching namespaces, keyed by
 *   the two strings run together (`<nsKey><podKey>`);
 * - an ipBlock's `except` list: `hash:net`, `N:ipblock-except:<sorted excepts joined by " ">`.
 */
import type { LabelSelector } from '../../../cluster/labels.ts';
import { matchesSelector, toLabels } from '../../../cluster/labels.ts';
import type { Cluster, NamespaceModel, PodModel } from '../../../cluster/types.ts';
import { assertNever } from '../../netfilter/assertNever.ts';
import type { IpSet } from '../../types.ts';
import { weaveShortName } from './shortName.ts';

/** `labels.Requirement.String()`: `k=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`; values sorted. */
function requirementString(key: string, operator: string, values: readonly string[]): string {
  const list = `(${[...values].sort().join(',')})`;
  switch (operator) {
    case 'Equals':
      return `${key}=${values[0] ?? ''}`;
    case 'In':
      return `${key} in ${list}`;
    case 'NotIn':
      return `${key} notin ${list}`;
    case 'Exists':
      return key;
    case 'DoesNotExist':
      return `!${key}`;
    default:
      return key;
  }
}

/**
 * `metav1.LabelSelectorAsSelector(s).String()`: matchLabels become `=` requirements, matchExpressions theirs,
 * all sorted by key (`Selector.Add`) and joined by commas.
 */
export function selectorKey(selector: LabelSelector | undefined): string {
  if (selector === undefined) return '';
  const requirements: { key: string; text: string }[] = [];
  for (const [key, value] of Object.entries(toLabels(selector.matchLabels))) {
    requirements.push({ key, text: requirementString(key, 'Equals', [value]) });
  }
  for (const expr of selector.matchExpressions ?? []) {
    requirements.push({ key: expr.key, text: requirementString(expr.key, expr.operator, expr.values ?? []) });
  }
  return requirements
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((r) => r.text)
    .join(',');
}

/** One selector weave-npc provisions, with what a rule built on it says about it. */
export interface WeaveSelector {
  readonly kind: 'pods' | 'namespaces' | 'namespaced-pods';
  readonly key: string;
  readonly setName: string;
  /** Empty for cluster-wide (namespace-selecting) selectors. */
  readonly namespace: string;
  readonly podSelector?: LabelSelector;
  readonly namespaceSelector?: LabelSelector;
}

const setName = (namespace: string, key: string): string => `weave-${weaveShortName(`${namespace}:${key}`)}`;

export function podsSelector(namespace: string, selector: LabelSelector | undefined): WeaveSelector {
  const key = selectorKey(selector);
  return {
    kind: 'pods',
    key,
    setName: setName(namespace, key),
    namespace,
    ...(selector === undefined ? {} : { podSelector: selector }),
  };
}

export function namespacesSelector(selector: LabelSelector): WeaveSelector {
  const key = selectorKey(selector);
  return { kind: 'namespaces', key, setName: setName('', key), namespace: '', namespaceSelector: selector };
}

export function namespacedPodsSelector(nsSelector: LabelSelector, podSelector: LabelSelector): WeaveSelector {
  const key = selectorKey(nsSelector) + selectorKey(podSelector);
  return {
    kind: 'namespaced-pods',
    key,
    setName: setName('', key),
    namespace: '',
    podSelector,
    namespaceSelector: nsSelector,
  };
}

/** `getRuleSpec`'s comment for a selector. */
export function selectorComment(selector: WeaveSelector): string {
  return selector.namespace === ''
    ? `namespaces: selector: ${selector.key}`
    : `pods: namespace: ${selector.namespace}, selector: ${selector.key}`;
}

/** The except set of an ipBlock (`newIPBlockSpec`), or undefined when there is nothing to except. */
export function ipBlockExceptSet(namespace: string, except: readonly string[]): string | undefined {
  if (except.length === 0) return undefined;
  return `weave-${weaveShortName(`${namespace}:ipblock-except:${[...except].sort().join(' ')}`)}`;
}

const podIPs = (pods: readonly PodModel[]): string[] =>
  pods.flatMap((pod) => (pod.hostNetwork || pod.ip === undefined ? [] : [pod.ip]));

function namespaceLabels(cluster: Cluster, name: string): NamespaceModel['labels'] {
  return cluster.namespaces.find((ns) => ns.name === name)?.labels ?? {};
}

/** The set a selector stands for, with its members as `ipset list` prints them. */
export function selectorIpSet(cluster: Cluster, selector: WeaveSelector): IpSet {
  switch (selector.kind) {
    case 'pods':
      return {
        name: selector.setName,
        type: 'hash:ip',
        members: podIPs(
          cluster.pods.filter(
            (pod) =>
              pod.namespace === selector.namespace && matchesSelector(pod.labels, selector.podSelector),
          ),
        ),
      };
    case 'namespaces':
      return {
        name: selector.setName,
        type: 'list:set',
        members: cluster.namespaces
          .filter((ns) => matchesSelector(ns.labels, selector.namespaceSelector))
          .map((ns) => setName(ns.name, '')),
      };
    case 'namespaced-pods':
      return {
        name: selector.setName,
        type: 'hash:ip',
        members: podIPs(
          cluster.pods.filter(
            (pod) =>
              matchesSelector(namespaceLabels(cluster, pod.namespace), selector.namespaceSelector) &&
              matchesSelector(pod.labels, selector.podSelector),
          ),
        ),
      };
    default:
      return assertNever(selector.kind);
  }
}

/** Every namespace's all-pods set (`newNS` provisions it before any policy). */
export function allPodsSets(cluster: Cluster): IpSet[] {
  return cluster.namespaces.map((ns) => selectorIpSet(cluster, podsSelector(ns.name, undefined)));
}
