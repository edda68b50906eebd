/**
 * The netfilter rule model: data a walker evaluates and a UI points into, a builder generators fill, and the
 * iptables-save / iptables-restore renderers.
 */
export * from './ip.ts';
export * from './matches.ts';
export * from './targets.ts';
export * from './model.ts';
export * from './builder.ts';
export * from './construct.ts';
export * from './packet.ts';
export * from './match.ts';
export { evaluateMatch, interfaceMatches, type MatchVerdict } from './evaluate.ts';
export * from './mark.ts';
export * from './probability.ts';
export * from './lines.ts';
export * from './renderSave.ts';
export * from './renderRestore.ts';
export { xtablesSaveString } from './saveParts.ts';
export * from './protocols.ts';
