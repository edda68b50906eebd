/**
 * Calico selector expressions, as the AST libcalico-go's parser builds and prints them. Felix names every
 * selector ipset after a hash of the *printed* selector (`cali40s:` + base64url(sha224)), so the shape must be
 * exactly the parser's: `a && b` is one AND node, a parenthesised group stays a nested node, a single operand
 * in parentheses is just that operand, `in` sets are sorted and de-duplicated, and values print in double
 * quotes (single when the value contains one).
 */
import type { Labels } from '../../../cluster/types.ts';
import { assertNever } from '../../netfilter/assertNever.ts';
import { makeUniqueId } from './ids.ts';

export type CalicoSelector =
  | { readonly kind: 'all' }
  | { readonly kind: 'eq'; readonly label: string; readonly value: string }
  | { readonly kind: 'in'; readonly label: string; readonly values: readonly string[] }
  | { readonly kind: 'not-in'; readonly label: string; readonly values: readonly string[] }
  | { readonly kind: 'has'; readonly label: string }
  | { readonly kind: 'not'; readonly operand: CalicoSelector }
  | { readonly kind: 'and'; readonly operands: readonly CalicoSelector[] };

const sortedUnique = (values: readonly string[]): readonly string[] =>
  [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export const sel = {
  all: (): CalicoSelector => ({ kind: 'all' }),
  eq: (label: string, value: string): CalicoSelector => ({ kind: 'eq', label, value }),
  in: (label: string, values: readonly string[]): CalicoSelector => ({
    kind: 'in',
    label,
    values: sortedUnique(values),
  }),
  notIn: (label: string, values: readonly string[]): CalicoSelector => ({
    kind: 'not-in',
    label,
    values: sortedUnique(values),
  }),
  has: (label: string): CalicoSelector => ({ kind: 'has', label }),
  not: (operand: CalicoSelector): CalicoSelector => ({ kind: 'not', operand }),
  /** `a && b && …` as one node; a single operand is returned as is (the parser does the same). */
  and: (operands: readonly CalicoSelector[]): CalicoSelector => {
    const [first] = operands;
    if (operands.length === 1 && first) return first;
    return { kind: 'and', operands };
  },
} as const;

const quote = (value: string): string => (value.includes('"') ? `'${value}'` : `"${value}"`);

/** `Selector.String()`: the canonical text Felix hashes. */
export function selectorString(selector: CalicoSelector): string {
  switch (selector.kind) {
    case 'all':
      return 'all()';
    case 'eq':
      return `${selector.label} == ${quote(selector.value)}`;
    case 'in':
      return `${selector.label} in {${selector.values.map(quote).join(', ')}}`;
    case 'not-in':
      return `${selector.label} not in {${selector.values.map(quote).join(', ')}}`;
    case 'has':
      return `has(${selector.label})`;
    case 'not':
      return `!${selectorString(selector.operand)}`;
    case 'and':
      return `(${selector.operands.map(selectorString).join(' && ')})`;
    default:
      return assertNever(selector);
  }
}

/** Whether an endpoint with `labels` matches (the parser's `Evaluate`). */
export function selectorMatches(selector: CalicoSelector, labels: Labels): boolean {
  switch (selector.kind) {
    case 'all':
      return true;
    case 'eq':
      return labels[selector.label] === selector.value;
    case 'in': {
      const value = labels[selector.label];
      return value !== undefined && selector.values.includes(value);
    }
    case 'not-in': {
      const value = labels[selector.label];
      return value === undefined || !selector.values.includes(value);
    }
    case 'has':
      return Object.hasOwn(labels, selector.label);
    case 'not':
      return !selectorMatches(selector.operand, labels);
    case 'and':
      return selector.operands.every((operand) => selectorMatches(operand, labels));
    default:
      return assertNever(selector);
  }
}

/** `Selector.UniqueID()`: `s:` + base64url(sha224(`s:` + text)); the ipset is `cali40` + this, cut to 31. */
export function selectorUniqueId(selector: CalicoSelector): string {
  return makeUniqueId('s', selectorString(selector));
}
