/**
 * Deciding a setting between sources: the first that says something wins, and every later one that
 * disagrees gets a PW102 warning at its own position, naming the winner.
 */
import { parseCidr, type Cidr } from '../net/cidr.ts';
import type { Reporter, Where } from './report.ts';
import type { SettingSource } from './types.ts';

/** One source's opinion on a setting. */
export interface Candidate<T> {
  readonly source: SettingSource;
  /** The object that says it (`ConfigMap/kube-system/kube-proxy`), or `default`. */
  readonly label: string;
  readonly value: T;
  readonly where?: Where;
}

/**
 * The first candidate wins. Every later one that disagrees gets a PW102 warning at its own position — the
 * value a person wrote there is being ignored, and they should learn why.
 */
export function decide<T>(
  setting: string,
  candidates: readonly (Candidate<T> | undefined)[],
  fallback: Candidate<T>,
  report: Reporter,
  show: (value: T) => string = String,
): Candidate<T> {
  const present = candidates.filter((c): c is Candidate<T> => c !== undefined);
  const winner = present[0] ?? fallback;
  for (const other of present.slice(1)) {
    if (show(other.value) === show(winner.value) || other.where === undefined) continue;
    report.report('PW102', 'warning', other.where, {
      setting,
      winner: winner.label,
      winnerValue: show(winner.value),
      other: other.label,
      otherValue: show(other.value),
    });
  }
  return winner;
}

/** Parse a CIDR a person wrote; PW103 (error) and no candidate when it does not parse. */
export function cidrCandidate(
  setting: string,
  text: string | undefined,
  source: SettingSource,
  label: string,
  where: Where,
  report: Reporter,
): Candidate<Cidr> | undefined {
  if (text === undefined) return undefined;
  const cidr = parseCidr(text, 'mask');
  if (cidr === undefined) {
    report.report('PW103', 'error', where, { setting, value: text });
    return undefined;
  }
  return { source, label, value: cidr, where };
}

/** The seed default, used when no source says anything. */
export function fallback<T>(value: T): Candidate<T> {
  return { source: 'default', label: 'default', value };
}
