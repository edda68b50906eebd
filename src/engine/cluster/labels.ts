/**
 * Label selectors, as the API server evaluates them: a Service's plain map, a workload's `matchLabels` +
 * `matchExpressions`, and node selectors / required node affinity for scheduling.
 */
import type { IDeploymentSpec } from 'kubernetes-models/apps/v1/DeploymentSpec';
import type { INodeSelector } from 'kubernetes-models/v1/NodeSelector';
import type { Labels } from './types.ts';

export type LabelSelector = IDeploymentSpec['selector'];

type Requirement = NonNullable<LabelSelector['matchExpressions']>[number];

/** Only string values: YAML `version: 2` arrives as a number, which the API server would have rejected. */
export function toLabels(value: unknown): Labels {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === 'string') out[k] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
  }
  return out;
}

/** Every key=value of the map is on the object (an empty map matches everything). */
export function matchesMap(labels: Labels, selector: Labels): boolean {
  for (const [k, v] of Object.entries(selector)) if (labels[k] !== v) return false;
  return true;
}

function matchesRequirement(labels: Labels, r: Requirement): boolean {
  const has = Object.hasOwn(labels, r.key);
  const value = labels[r.key];
  const values = r.values ?? [];
  switch (r.operator) {
    case 'In':
      return has && value !== undefined && values.includes(value);
    case 'NotIn':
      return !has || value === undefined || !values.includes(value);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    default:
      return false;
  }
}

/** `metav1.LabelSelector`: matchLabels AND every matchExpression. An empty selector matches everything. */
export function matchesSelector(labels: Labels, selector: LabelSelector | undefined): boolean {
  if (selector === undefined) return true;
  if (!matchesMap(labels, toLabels(selector.matchLabels))) return false;
  return (selector.matchExpressions ?? []).every((r) => matchesRequirement(labels, r));
}

/**
 * `requiredDuringSchedulingIgnoredDuringExecution`: the terms are ORed, a term's expressions ANDed;
 * `matchFields` only supports `metadata.name`. Gt/Lt compare integers.
 */
export function matchesNodeSelector(nodeName: string, labels: Labels, selector: INodeSelector): boolean {
  return selector.nodeSelectorTerms.some((term) => {
    const exprs = term.matchExpressions ?? [];
    const fields = term.matchFields ?? [];
    if (exprs.length === 0 && fields.length === 0) return false;
    const exprOk = exprs.every((e) => {
      if (e.operator === 'Gt' || e.operator === 'Lt') {
        const v = labels[e.key];
        const bound = Number(e.values?.[0]);
        if (v === undefined || !/^-?\d+$/.test(v) || Number.isNaN(bound)) return false;
        return e.operator === 'Gt' ? Number(v) > bound : Number(v) < bound;
      }
      return matchesRequirement(labels, { key: e.key, operator: e.operator, values: e.values ?? [] });
    });
    const fieldOk = fields.every(
      (f) =>
        f.key === 'metadata.name' &&
        matchesRequirement(
          { 'metadata.name': nodeName },
          { key: f.key, operator: f.operator, values: f.values ?? [] },
        ),
    );
    return exprOk && fieldOk;
  });
}

/** `app=web,tier=front`: how kubectl prints a selector. */
export function formatLabels(labels: Labels): string {
  return Object.entries(labels)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}
