/** NetworkPolicy semantics with explanations, and the small interpreters the policy tests (and `reach`) use. */
export * from './types.ts';
export { policyAllows } from './evaluate.ts';
export { effectivePolicyTypes, isolatingPolicies, policySelectsPod } from './spec.ts';
export { walkTable, walkAccepts, type ChainVerdict, type ChainWalk, type WalkOptions } from './walkChains.ts';
export { ipsetMembership } from './ipsetLookup.ts';
