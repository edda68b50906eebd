/**
 * The `iptables-restore --noflush` input a component writes (REFERENCE.md §1.3–1.4): `*table`, its own chains as
 * `:CHAIN - [0:0]` in declaration order, its `-A` rules in the order it wrote them, `COMMIT`. Arguments are
 * replayed in the writer's own order and spelling (`-m tcp -p tcp -d 10.96.0.10 --dport 53`, `--or-mark`, no
 * `/32`); compare `renderSave.ts`, which shows what the kernel gives back.
 *
 * Only user chains installed via restore are included: kube-proxy puts its jump rules into built-in chains
 * with single EnsureRule commands, and creates KUBE-PROXY-CANARY with EnsureChain, so neither is in the batch.
 */
import { assertNever } from './assertNever.ts';
import type { RenderedLine } from './lines.ts';
import { formatHex } from './mark.ts';
import type { IpvsMatch, Match, PortRange } from './matches.ts';
import { PROTOCOL_NUMBERS } from './protocols.ts';
import type { Installer, Rule, Ruleset, TableName, UserChain } from './model.ts';
import type { NatAddress, Target } from './targets.ts';

export interface RestoreOptions {
  /** Tables in the order the writer emits them (kube-proxy: filter, then nat). */
  readonly tables: readonly TableName[];
  /** Only chains this component installed. */
  readonly installedBy?: Installer;
}

const not = (negated: boolean): string => (negated ? '! ' : '');

const portText = (range: PortRange, separator: string): string =>
  range.first === range.last ? String(range.first) : `${range.first}${separator}${range.last}`;

/** kube-proxy wraps comments in literal quotes only when they contain spaces (`"ns/svc:p cluster IP"`). */
const restoreComment = (text: string): string => (/^[^\s"']+$/.test(text) ? text : `"${text}"`);

/** `-m ipvs` in kube-proxy's option order (`--vaddr`, `--vproto`, `--vport`), the others after. */
function restoreIpvs(match: IpvsMatch): string {
  const parts = ['-m ipvs'];
  if (match.ipvs) parts.push(`${not(match.ipvs.negated)}--ipvs`);
  if (match.vaddr) parts.push(`${not(match.vaddr.negated)}--vaddr ${match.vaddr.value.text}`);
  if (match.vproto) parts.push(`${not(match.vproto.negated)}--vproto ${match.vproto.value}`);
  if (match.vport) parts.push(`${not(match.vport.negated)}--vport ${match.vport.value}`);
  if (match.vdir) parts.push(`--vdir ${match.vdir}`);
  if (match.vmethod) parts.push(`${not(match.vmethod.negated)}--vmethod ${match.vmethod.value}`);
  return parts.join(' ');
}

/** One match as its writer spelled it. */
export function restoreMatch(match: Match): string {
  switch (match.kind) {
    case 'source':
      return `${not(match.negated)}-s ${match.cidr.text}`;
    case 'destination':
      return `${not(match.negated)}-d ${match.cidr.text}`;
    case 'protocol':
      return `${not(match.negated)}-p ${match.numeric === true ? PROTOCOL_NUMBERS[match.protocol] : match.protocol}`;
    case 'in-interface':
      return `${not(match.negated)}-i ${match.name}`;
    case 'out-interface':
      return `${not(match.negated)}-o ${match.name}`;
    case 'port-module':
      return `-m ${match.protocol}`;
    case 'port':
      return `${not(match.negated)}--${match.side === 'source' ? 's' : 'd'}port ${portText(match.range, ':')}`;
    case 'multiport': {
      const flag = match.side === 'source' ? 'sports' : match.side === 'destination' ? 'dports' : 'ports';
      return `-m multiport ${not(match.negated)}--${flag} ${match.ports.map((range) => portText(range, ':')).join(',')}`;
    }
    case 'addrtype': {
      const parts = ['-m addrtype'];
      if (match.src) parts.push(`${not(match.src.negated)}--src-type ${match.src.types.join(',')}`);
      if (match.dst) parts.push(`${not(match.dst.negated)}--dst-type ${match.dst.types.join(',')}`);
      if (match.limitIface) parts.push(`--limit-iface-${match.limitIface}`);
      return parts.join(' ');
    }
    case 'mark': {
      const mask = match.mask === undefined ? '' : `/${formatHex(match.mask, match.hexWidth)}`;
      return `-m mark ${not(match.negated)}--mark ${formatHex(match.value, match.hexWidth)}${mask}`;
    }
    case 'conntrack':
      return `-m conntrack ${not(match.negated)}--ctstate ${match.states.join(',')}`;
    case 'state':
      return `-m state ${not(match.negated)}--state ${match.states.join(',')}`;
    case 'ipvs':
      return restoreIpvs(match);
    case 'statistic':
      return `-m statistic --mode random ${not(match.negated)}--probability ${match.probability}`;
    case 'recent': {
      const parts = [`-m recent --name ${match.name} ${not(match.negated)}--${match.mode}`];
      if (match.seconds !== undefined) parts.push(`--seconds ${match.seconds}`);
      if (match.reap) parts.push('--reap');
      if (match.mask) parts.push(`--mask ${match.mask.text}`);
      if (match.side) parts.push(`--${match.side}`);
      return parts.join(' ');
    }
    case 'comment':
      return `-m comment --comment ${restoreComment(match.text)}`;
    case 'set':
      return `-m set ${not(match.negated)}--match-set ${match.name} ${match.flags.join(',')}`;
    case 'physdev': {
      const parts = ['-m physdev'];
      if (match.physdevIn) parts.push(`${not(match.physdevIn.negated)}--physdev-in ${match.physdevIn.name}`);
      if (match.physdevOut)
        parts.push(`${not(match.physdevOut.negated)}--physdev-out ${match.physdevOut.name}`);
      if (match.isIn) parts.push(`${not(match.isIn.negated)}--physdev-is-in`);
      if (match.isOut) parts.push(`${not(match.isOut.negated)}--physdev-is-out`);
      if (match.isBridged) parts.push(`${not(match.isBridged.negated)}--physdev-is-bridged`);
      return parts.join(' ');
    }
    case 'nfacct':
      return `-m nfacct --nfacct-name ${match.name}`;
    default:
      return assertNever(match);
  }
}

/** Go's `net.JoinHostPort` shape, as kube-proxy writes `--to-destination`. */
function natText(to: NatAddress): string {
  if (!to.ports) return to.address.text;
  const host = to.address.family === 'ipv6' ? `[${to.address.text}]` : to.address.text;
  return `${host}:${portText(to.ports, '-')}`;
}

const randomFlags = (random: boolean, randomFully: boolean): string =>
  `${random ? ' --random' : ''}${randomFully ? ' --random-fully' : ''}`;

/** The target as its writer spelled it (`-j MARK --or-mark 0x4000`, bare `-j REJECT`). */
export function restoreTarget(target: Target): string {
  switch (target.kind) {
    case 'accept':
      return '-j ACCEPT';
    case 'drop':
      return '-j DROP';
    case 'return':
      return '-j RETURN';
    case 'jump':
      return `-j ${target.chain}`;
    case 'goto':
      return `-g ${target.chain}`;
    case 'reject':
      return target.with === undefined ? '-j REJECT' : `-j REJECT --reject-with ${target.with}`;
    case 'dnat':
      return `-j DNAT --to-destination ${natText(target.to)}`;
    case 'snat':
      return `-j SNAT --to-source ${natText(target.to)}${randomFlags(target.random, target.randomFully)}`;
    case 'masquerade': {
      const ports = target.toPorts ? ` --to-ports ${portText(target.toPorts, '-')}` : '';
      return `-j MASQUERADE${ports}${randomFlags(target.random, target.randomFully)}`;
    }
    case 'mark': {
      const mask = target.mask === undefined ? '' : `/${formatHex(target.mask, target.hexWidth)}`;
      return `-j MARK --${target.op} ${formatHex(target.value, target.hexWidth)}${mask}`;
    }
    case 'none': {
      if (target.nflog === undefined) return '';
      const prefix = target.nflog.prefix === undefined ? '' : ` --nflog-prefix "${target.nflog.prefix}"`;
      return `-j NFLOG --nflog-group ${target.nflog.group}${prefix}`;
    }
    default:
      return assertNever(target);
  }
}

/** One `-A` line in the writer's spelling. */
export function restoreRuleLine(rule: Pick<Rule, 'chain' | 'matches' | 'target'>): string {
  return [`-A ${rule.chain}`, ...rule.matches.map(restoreMatch), restoreTarget(rule.target)]
    .filter((part) => part !== '')
    .join(' ');
}

/** The restore batch, one `RenderedLine` per line; `-A` lines link to their rule. */
export function renderIptablesRestore(ruleset: Ruleset, options: RestoreOptions): readonly RenderedLine[] {
  const lines: RenderedLine[] = [];
  for (const name of options.tables) {
    const table = ruleset.tables.find((candidate) => candidate.name === name);
    if (!table) continue;
    const chains = table.chains.filter(
      (chain): chain is UserChain =>
        chain.kind === 'user' &&
        chain.installedVia === 'restore' &&
        (options.installedBy === undefined || chain.installedBy === options.installedBy),
    );
    lines.push({ text: `*${name}` });
    for (const chain of chains) lines.push({ text: `:${chain.name} - [0:0]` });
    const rules = chains.flatMap((chain) => chain.rules).sort((a, b) => a.seq - b.seq);
    for (const rule of rules) lines.push({ text: restoreRuleLine(rule), ruleId: rule.id });
    lines.push({ text: 'COMMIT' });
  }
  return lines;
}
