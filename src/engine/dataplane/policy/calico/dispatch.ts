/**
 * `cali-from-wl-dispatch` / `cali-to-wl-dispatch` (felix/rules/dispatch.go): send a packet to the endpoint
 * chain of the interface it came in on (`-i caliX -g cali-fw-caliX`) or leaves by (`-o caliX -g
 * cali-tw-caliX`). Names are sorted and split by the character after their common prefix; a character shared
 * by several interfaces gets a child chain (`cali-from-wl-dispatch-5`, reached with `-i cali5+`), so a long
 * list is a shallow tree. An interface Felix does not know is dropped.
 */
import { endpointChainName } from './endpointChains.ts';
import { fa, fm, type FelixChain, type FelixRule } from './felixRule.ts';

export const CHAIN_FROM_WORKLOAD_DISPATCH = 'cali-from-wl-dispatch';
export const CHAIN_TO_WORKLOAD_DISPATCH = 'cali-to-wl-dispatch';

function commonPrefix(names: readonly string[]): string {
  const [first, ...rest] = names;
  if (first === undefined) return '';
  let prefix = first;
  for (const name of rest) {
    let length = 0;
    while (length < prefix.length && length < name.length && prefix[length] === name[length]) length++;
    prefix = prefix.slice(0, length);
  }
  return prefix;
}

const unknownInterface: FelixRule = { comment: 'Unknown interface', matches: [], action: fa.drop() };

/** The root dispatch chain and its children, for one direction. */
function dispatchChains(
  root: string,
  ifaces: readonly string[],
  direction: 'from' | 'to',
): readonly FelixChain[] {
  const names = [...new Set(ifaces)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const common = commonPrefix(names);
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const prefix = name.length > common.length ? name.slice(0, common.length + 1) : common;
    groups.set(prefix, [...(groups.get(prefix) ?? []), name]);
  }
  const match = (name: string) => (direction === 'from' ? fm.inInterface(name) : fm.outInterface(name));
  const target = (name: string) => endpointChainName(direction === 'from' ? 'egress' : 'ingress', name);
  const children: FelixChain[] = [];
  const rootRules: FelixRule[] = [];
  for (const [prefix, members] of groups) {
    const [only] = members;
    if (members.length === 1 && only !== undefined) {
      rootRules.push({ matches: [match(only)], action: fa.goto(target(only)) });
      continue;
    }
    const child = `${root}-${prefix.slice(common.length)}`;
    rootRules.push({ matches: [match(`${prefix}+`)], action: fa.goto(child) });
    children.push({
      name: child,
      rules: [
        ...members.map((name) => ({ matches: [match(name)], action: fa.goto(target(name)) })),
        unknownInterface,
      ],
    });
  }
  return [...children, { name: root, rules: [...rootRules, unknownInterface] }];
}

/** Both dispatch trees for the node's workload interfaces. */
export function workloadDispatchChains(ifaces: readonly string[]): readonly FelixChain[] {
  return [
    ...dispatchChains(CHAIN_FROM_WORKLOAD_DISPATCH, ifaces, 'from'),
    ...dispatchChains(CHAIN_TO_WORKLOAD_DISPATCH, ifaces, 'to'),
  ];
}
