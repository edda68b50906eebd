/**
 * How `nft list ruleset` prints each statement of kube-proxy's rules, as nft 1.0.x does: `ip daddr != 127.0.0.0/8`,
 * `meta mark & 0x00004000 == 0x00000000`, `numgen random mod 2 vmap { 0 : goto a, 1 : goto b }`. An anonymous set
 * of one element prints as the element itself (nft folds `ip daddr { 10.96.0.0/12 }` at parse time).
 */
import { assertNever } from '../../netfilter/assertNever.ts';
import { ipv4ToInt, parseIPv4 } from '../../../net/ipv4.ts';
import type { NftStatement, NftVerdict } from './model.ts';

/** nft prints marks as `0x%08x`. */
export const nftHex = (value: number): string => `0x${(value >>> 0).toString(16).padStart(8, '0')}`;

export function verdictText(verdict: NftVerdict): string {
  switch (verdict.kind) {
    case 'accept':
    case 'drop':
    case 'reject':
    case 'return':
      return verdict.kind;
    case 'jump':
    case 'goto':
      return `${verdict.kind} ${verdict.chain}`;
    default:
      return assertNever(verdict);
  }
}

/** [first, last] address of an `a.b.c.d[/p]` value, for sorting and folding an interval set. */
function interval(value: string): readonly [number, number] {
  const [ipText = '', prefixText] = value.split('/');
  const ip = parseIPv4(ipText);
  const start = ip === undefined ? 0 : ipv4ToInt(ip);
  const prefix = prefixText === undefined ? 32 : Number(prefixText);
  return [start, start + 2 ** (32 - prefix) - 1];
}

/**
 * An anonymous interval set as nft keeps it: sorted by start address, entries inside another entry merged away
 * (the set of allowed sources ∪ the LoadBalancer IPs can overlap).
 */
export function foldIntervals(values: readonly string[]): string[] {
  const sorted = [...new Set(values)].sort(
    (a, b) => interval(a)[0] - interval(b)[0] || interval(b)[1] - interval(a)[1],
  );
  const out: string[] = [];
  let coveredTo = -1;
  for (const value of sorted) {
    const [start, end] = interval(value);
    if (start <= coveredTo && end <= coveredTo) continue;
    out.push(value);
    coveredTo = Math.max(coveredTo, end);
  }
  return out;
}

const ne = (negated: boolean): string => (negated ? '!= ' : '');

export function statementText(statement: NftStatement): string {
  switch (statement.kind) {
    case 'ct-state':
      return `ct state ${statement.states.join(',')}`;
    case 'ip':
      return `ip ${statement.field} ${ne(statement.negated)}${statement.value}`;
    case 'ip-in-list': {
      const values = foldIntervals(statement.values);
      const set = values.length === 1 ? (values[0] ?? '') : `{ ${values.join(', ')} }`;
      return `ip ${statement.field} ${ne(statement.negated)}${set}`;
    }
    case 'ip-in-set':
      return `ip ${statement.field} @${statement.set}`;
    case 'l4-dport':
      return `${statement.protocol} dport ${statement.port}`;
    case 'l4proto':
      return `meta l4proto ${statement.protocol}`;
    case 'fib-local':
      return `fib ${statement.field} type local`;
    case 'mark-and-zero':
      return `meta mark & ${nftHex(statement.mask)} == ${nftHex(0)}`;
    case 'vmap':
      return `${statement.key.join(' . ')} vmap @${statement.map}`;
    case 'numgen-vmap': {
      const entries = statement.chains.map((chain, i) => `${i} : goto ${chain}`).join(', ');
      return `numgen random mod ${statement.chains.length} vmap { ${entries} }`;
    }
    case 'mark-set':
      return `meta mark set meta mark ${statement.op === 'or' ? '|' : '^'} ${nftHex(statement.value)}`;
    case 'masquerade':
      return statement.fullyRandom ? 'masquerade fully-random' : 'masquerade';
    case 'dnat':
      return `dnat to ${statement.address}:${statement.port}`;
    case 'set-update':
      return `update @${statement.set} { ip ${statement.field} }`;
    case 'verdict':
      return verdictText(statement.verdict);
    default:
      return assertNever(statement);
  }
}
