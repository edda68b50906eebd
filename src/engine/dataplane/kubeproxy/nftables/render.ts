/**
 * `nft list ruleset` for the kube-proxy table, as nft 1.0.x prints it (checked against real kube-proxy dumps):
 * the table comment, then sets and maps in creation order, then chains in creation order, one blank line
 * between objects, tabs for indentation. Set elements wrap the way nft's `calculate_delim` wraps them (two
 * addresses per line; one concatenated key per line).
 *
 * Normalised: the kernel returns hash-set elements in hash order, which is unspecified, so elements are sorted
 * (addresses numerically, then protocol number, then port).
 */
import type { LinkedLine } from '../lines.ts';
import { ipv4ToInt, parseIPv4 } from '../../../net/ipv4.ts';
import type { NftBaseChain, NftChain, NftMap, NftObjectId, NftRule, NftRuleset, NftSet } from './model.ts';
import { statementText, verdictText } from './statements.ts';

export type NftLine = LinkedLine<NftObjectId>;

/** The ip family's standard priorities and the hooks nft names them for (`prio2str`). */
const STANDARD_PRIORITIES: readonly (readonly [string, number, readonly NftBaseChain['hook'][] | 'any'])[] = [
  ['raw', -300, 'any'],
  ['mangle', -150, 'any'],
  ['dstnat', -100, ['prerouting']],
  ['filter', 0, 'any'],
  ['security', 50, 'any'],
  ['srcnat', 100, ['postrouting']],
];

/** `dstnat - 10`, `srcnat`, or the number when no standard priority of this hook is within 10. */
export function priorityText(hook: NftBaseChain['hook'], priority: number): string {
  for (const [name, value, hooks] of STANDARD_PRIORITIES) {
    if (hooks !== 'any' && !hooks.includes(hook)) continue;
    const offset = priority - value;
    if (offset === 0) return name;
    if (Math.abs(offset) <= 10) return `${name} ${offset < 0 ? '-' : '+'} ${Math.abs(offset)}`;
  }
  return String(priority);
}

/** nft's `time_print`: 10800 s → `3h`, 90 s → `1m30s`. */
export function timeText(seconds: number): string {
  const parts: string[] = [];
  let rest = seconds;
  for (const [unit, size] of [
    ['d', 86400],
    ['h', 3600],
    ['m', 60],
  ] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  if (rest > 0 || parts.length === 0) parts.push(`${rest}s`);
  return parts.join('');
}

const PROTOCOL_NUMBERS: Readonly<Record<string, number>> = { tcp: 6, udp: 17, sctp: 132 };

function keyPartOrder(part: string): number {
  const ip = parseIPv4(part);
  if (ip !== undefined) return ipv4ToInt(ip);
  return PROTOCOL_NUMBERS[part] ?? Number(part);
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = keyPartOrder(a[i] ?? '') - keyPartOrder(b[i] ?? '');
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Element lines: `elements = { a, b,` / `\t\t\t     c }`. `perLine` addresses share a line. */
function elementLines(items: readonly { text: string; id: NftObjectId }[], perLine: number): NftLine[] {
  const lines: NftLine[] = [];
  for (let i = 0; i < items.length; i += perLine) {
    const chunk = items.slice(i, i + perLine);
    const last = i + perLine >= items.length;
    const body = chunk.map((item) => item.text).join(', ');
    const text = `${i === 0 ? '\t\telements = { ' : '\t\t\t     '}${body}${last ? ' }' : ','}`;
    lines.push({ text, refs: chunk.map((item) => item.id) });
  }
  return lines;
}

function setLines(set: NftSet | NftMap): NftLine[] {
  const refs = [set.id];
  const type = set.type.join(' . ') + (set.kind === 'map' ? ' : verdict' : '');
  const lines: NftLine[] = [
    { text: `\t${set.kind} ${set.name} {`, refs },
    { text: `\t\ttype ${type}`, refs },
  ];
  if (set.kind === 'set' && set.flags.length > 0)
    lines.push({ text: `\t\tflags ${set.flags.join(',')}`, refs });
  if (set.kind === 'set' && set.timeoutSeconds !== undefined) {
    lines.push({ text: `\t\ttimeout ${timeText(set.timeoutSeconds)}`, refs });
  }
  if (set.comment !== undefined) lines.push({ text: `\t\tcomment "${set.comment}"`, refs });
  if (set.kind === 'set' && set.elements.length > 0) {
    const sorted = [...set.elements].sort((a, b) => compareKeys(a.key, b.key));
    const items = sorted.map((element) => ({ text: element.key.join(' . '), id: element.id }));
    lines.push(...elementLines(items, set.type.length === 1 && set.type[0] === 'ipv4_addr' ? 2 : 1));
  }
  if (set.kind === 'map' && set.elements.length > 0) {
    const sorted = [...set.elements].sort((a, b) => compareKeys(a.key, b.key));
    const items = sorted.map((element) => ({
      text: `${element.key.join(' . ')}${element.comment === undefined ? '' : ` comment "${element.comment}"`} : ${verdictText(element.verdict)}`,
      id: element.id,
    }));
    lines.push(...elementLines(items, 1));
  }
  lines.push({ text: '\t}', refs: [] });
  return lines;
}

function chainLines(chain: NftChain): NftLine[] {
  const refs = [chain.id];
  const lines: NftLine[] = [{ text: `\tchain ${chain.name} {`, refs }];
  if (chain.comment !== undefined) lines.push({ text: `\t\tcomment "${chain.comment}"`, refs });
  if (chain.base) {
    const { type, hook, priority, policy } = chain.base;
    lines.push({
      text: `\t\ttype ${type} hook ${hook} priority ${priorityText(hook, priority)}; policy ${policy};`,
      refs,
    });
  }
  for (const rule of chain.rules) lines.push({ text: `\t\t${nftRuleText(rule)}`, refs: [rule.id] });
  lines.push({ text: '\t}', refs: [] });
  return lines;
}

/** A rule as `nft list chain` prints it (without its indent): its statements, then its comment. */
export function nftRuleText(rule: NftRule): string {
  return (
    rule.statements.map(statementText).join(' ') +
    (rule.comment === undefined ? '' : ` comment "${rule.comment}"`)
  );
}

/** The whole listing, one linked line per output line. */
export function renderNftListRuleset(ruleset: NftRuleset): readonly NftLine[] {
  const lines: NftLine[] = [];
  for (const table of ruleset.tables) {
    lines.push({ text: `table ${table.family} ${table.name} {`, refs: [table.id] });
    if (table.comment !== undefined) lines.push({ text: `\tcomment "${table.comment}"`, refs: [table.id] });
    const objects = [...table.sets.map(setLines), ...table.chains.map(chainLines)];
    objects.forEach((object, i) => {
      if (i > 0) lines.push({ text: '', refs: [] });
      lines.push(...object);
    });
    lines.push({ text: '}', refs: [] });
  }
  return lines;
}
