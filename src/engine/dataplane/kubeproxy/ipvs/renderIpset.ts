/**
 * `ipset list` as ipset 7.x prints kube-proxy's sets (checked against real IPVS-mode dumps): Name, Type,
 * Revision, Header, References, Number of entries, Members, one blank line between sets.
 *
 * Left out: `Size in memory`, which depends on the kernel's allocator and has no value a simulation could
 * honestly give. Header and revisions are those of a pre-5.11 kernel (no `bucketsize`/random `initval`).
 */
import type { Ruleset } from '../../netfilter/model.ts';
import type { IpSet } from '../../types.ts';
import type { LinkedLine } from '../lines.ts';

declare const ipsetIdBrand: unique symbol;

/** `ipset/<set>` for a set, `ipset/<set>/<member>` for a member. */
export type IpsetEntryId = string & { readonly [ipsetIdBrand]: true };

export const ipsetId = (set: string): IpsetEntryId => `ipset/${set}` as IpsetEntryId;
export const ipsetMemberId = (set: string, member: string): IpsetEntryId =>
  `ipset/${set}/${member}` as IpsetEntryId;

export type IpsetLine = LinkedLine<IpsetEntryId>;

/** The set-type revisions a 5.4-era kernel reports (ASSUMPTION for hash:ip and hash:ip,port,net). */
const REVISIONS: Readonly<Record<string, number>> = {
  'hash:ip': 4,
  'hash:net': 6,
  'list:set': 3,
  'hash:ip,port': 5,
  'hash:ip,port,ip': 5,
  'hash:ip,port,net': 7,
  'bitmap:port': 3,
};

/**
 * How each type is created: kube-proxy's bitmaps over every port, hashes with the ipset defaults; weave-npc's
 * namespace `list:set`s with its `--max-list-size` (1024 by default, prog/weave-npc).
 */
const header = (type: string): string =>
  type.startsWith('bitmap:')
    ? 'range 0-65535'
    : type === 'list:set'
      ? 'size 1024'
      : 'family inet hashsize 1024 maxelem 65536';

/** Kernel references: one per iptables rule that matches the set, and one per `list:set` that lists it. */
function references(ruleset: Ruleset | undefined, set: string, sets: readonly IpSet[]): number {
  let count = sets.filter((other) => other.type === 'list:set' && other.members.includes(set)).length;
  if (!ruleset) return count;
  for (const table of ruleset.tables) {
    for (const chain of table.chains) {
      for (const rule of chain.rules) {
        count += rule.matches.filter((match) => match.kind === 'set' && match.name === set).length;
      }
    }
  }
  return count;
}

export function renderIpsetList(sets: readonly IpSet[], ruleset?: Ruleset): readonly IpsetLine[] {
  const lines: IpsetLine[] = [];
  sets.forEach((set, i) => {
    if (i > 0) lines.push({ text: '', refs: [] });
    const refs = [ipsetId(set.name)];
    lines.push(
      { text: `Name: ${set.name}`, refs },
      { text: `Type: ${set.type}`, refs },
      { text: `Revision: ${REVISIONS[set.type] ?? 0}`, refs },
      { text: `Header: ${header(set.type)}`, refs },
      { text: `References: ${references(ruleset, set.name, sets)}`, refs },
      { text: `Number of entries: ${set.members.length}`, refs },
      { text: 'Members:', refs },
    );
    for (const member of set.members) lines.push({ text: member, refs: [ipsetMemberId(set.name, member)] });
  });
  return lines;
}
