/**
 * How iptables-save prints each match extension and target (the `save` callbacks of iptables' libxt_* /
 * libipt_* modules, v1.8.10). Every fragment starts with a space, as those callbacks print.
 */
import { assertNever } from './assertNever.ts';
import type { CanonicalExtension, PortGroup } from './canonical.ts';
import { formatIp, fullMask, type IpFamily } from './ip.ts';
import { formatHex, markTargetXmark } from './mark.ts';
import {
  ADDRESS_TYPES,
  CT_STATES,
  STATE_STATES,
  type AddressTypeTest,
  type IpvsMatch,
  type PhysdevMatch,
  type PortRange,
} from './matches.ts';
import { PROTOCOL_NUMBERS } from './protocols.ts';
import { savedProbability } from './probability.ts';
import type { NatAddress, NflogOptions, Target } from './targets.ts';

const bang = (negated: boolean): string => (negated ? ' !' : '');

/**
 * libxtables `xtables_save_string`: bare if the text is only [A-Za-z0-9_-], otherwise double-quoted with `"`,
 * `\` and `'` backslash-escaped. Every comment kube-proxy, flannel and Calico write contains `/`, `:` or a space,
 * so in real dumps they all appear quoted.
 */
export function xtablesSaveString(value: string): string {
  if (/^[A-Za-z0-9_-]+$/.test(value)) return ` ${value}`;
  return ` "${value.replace(/["\\']/g, (ch) => `\\${ch}`)}"`;
}

const portText = (range: PortRange, separator: string): string =>
  range.first === range.last ? String(range.first) : `${range.first}${separator}${range.last}`;

/** `-m tcp [! --sport a[:b]] [! --dport c[:d]]`: source before destination, full ranges omitted (tcp_save). */
function savePortGroup(group: PortGroup): string {
  const options = [...group.options].sort((a, b) =>
    a.match.side === b.match.side ? 0 : a.match.side === 'source' ? -1 : 1,
  );
  const parts = options
    .filter(({ match }) => !(match.range.first === 0 && match.range.last === 0xffff))
    .map(
      ({ match }) =>
        `${bang(match.negated)} --${match.side === 'source' ? 's' : 'd'}port ${portText(match.range, ':')}`,
    );
  return ` -m ${group.protocol}${parts.join('')}`;
}

/** Types in RTN_* order, joined by commas (addrtype `print_types`). */
const addressTypes = (test: AddressTypeTest): string =>
  ADDRESS_TYPES.filter((type) => test.types.includes(type)).join(',');

function savePhysdev(match: PhysdevMatch): string {
  let out = ' -m physdev';
  if (match.physdevIn) out += `${bang(match.physdevIn.negated)} --physdev-in ${match.physdevIn.name}`;
  if (match.physdevOut) out += `${bang(match.physdevOut.negated)} --physdev-out ${match.physdevOut.name}`;
  if (match.isIn) out += `${bang(match.isIn.negated)} --physdev-is-in`;
  if (match.isOut) out += `${bang(match.isOut.negated)} --physdev-is-out`;
  if (match.isBridged) out += `${bang(match.isBridged.negated)} --physdev-is-bridged`;
  return out;
}

/**
 * libxt_ipvs `ipvs_mt_dump` with the `--` prefix: `--ipvs` only when it is the sole option, `--vproto` as a
 * number, `--vaddr` numeric with the mask left off when it is all ones ("we don't want to see /32",
 * `xtables_ipmask_to_numeric`), then `--vport`, `--vdir` (never negated: `! --vdir ORIGINAL` saves as REPLY),
 * `--vmethod`.
 */
function saveIpvs(match: IpvsMatch): string {
  let out = ' -m ipvs';
  const others =
    match.vproto !== undefined ||
    match.vaddr !== undefined ||
    match.vport !== undefined ||
    match.vdir !== undefined ||
    match.vmethod !== undefined;
  if (!others) out += `${bang(match.ipvs?.negated ?? false)} --ipvs`;
  if (match.vproto) out += `${bang(match.vproto.negated)} --vproto ${PROTOCOL_NUMBERS[match.vproto.value]}`;
  if (match.vaddr) {
    const { address, prefix } = match.vaddr.value;
    const full = prefix === (address.family === 'ipv4' ? 32 : 128);
    out += `${bang(match.vaddr.negated)} --vaddr ${formatIp(address)}${full ? '' : `/${prefix}`}`;
  }
  if (match.vport) out += `${bang(match.vport.negated)} --vport ${match.vport.value}`;
  if (match.vdir) out += ` --vdir ${match.vdir}`;
  if (match.vmethod) out += `${bang(match.vmethod.negated)} --vmethod ${match.vmethod.value}`;
  return out;
}

/**
 * libxt_NFLOG `nflog_print`: the prefix (through `xtables_save_string`) before the group, group 0 left out.
 * Only the forms weave-npc writes (a group, no prefix) are confirmed against real dumps.
 */
function saveNflog(options: NflogOptions): string {
  const prefix = options.prefix === undefined ? '' : ` --nflog-prefix${xtablesSaveString(options.prefix)}`;
  const group = options.group === 0 ? '' : ` --nflog-group ${options.group}`;
  return ` -j NFLOG${prefix}${group}`;
}

/** One extension as iptables-save prints it, e.g. ` -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT`. */
export function saveExtension(extension: CanonicalExtension, family: IpFamily): string {
  if (extension.kind === 'port-group') return savePortGroup(extension);
  const match = extension.match;
  switch (match.kind) {
    case 'multiport': {
      const flag = match.side === 'source' ? 'sports' : match.side === 'destination' ? 'dports' : 'ports';
      return ` -m multiport${bang(match.negated)} --${flag} ${match.ports.map((range) => portText(range, ':')).join(',')}`;
    }
    case 'addrtype': {
      let out = ' -m addrtype';
      if (match.src) out += `${bang(match.src.negated)} --src-type ${addressTypes(match.src)}`;
      if (match.dst) out += `${bang(match.dst.negated)} --dst-type ${addressTypes(match.dst)}`;
      if (match.limitIface) out += ` --limit-iface-${match.limitIface}`;
      return out;
    }
    case 'mark': {
      const mask = (match.mask ?? 0xffffffff) >>> 0;
      const value =
        mask === 0xffffffff ? formatHex(match.value) : `${formatHex(match.value)}/${formatHex(mask)}`;
      return ` -m mark${bang(match.negated)} --mark ${value}`;
    }
    case 'conntrack':
      return ` -m conntrack${bang(match.negated)} --ctstate ${CT_STATES.filter((s) => match.states.includes(s)).join(',')}`;
    case 'state':
      return ` -m state${bang(match.negated)} --state ${STATE_STATES.filter((s) => match.states.includes(s)).join(',')}`;
    case 'ipvs':
      return saveIpvs(match);
    case 'statistic':
      return ` -m statistic --mode random${bang(match.negated)} --probability ${savedProbability(match.probability)}`;
    case 'recent': {
      const seconds = match.seconds ? ` --seconds ${match.seconds}` : '';
      const mask = formatIp(match.mask ?? fullMask(family));
      const side = match.side ?? 'rsource';
      return ` -m recent${bang(match.negated)} --${match.mode}${seconds}${match.reap ? ' --reap' : ''} --name ${match.name} --mask ${mask} --${side}`;
    }
    case 'comment':
      return ` -m comment --comment${xtablesSaveString(match.text)}`;
    case 'set':
      return ` -m set${bang(match.negated)} --match-set ${match.name} ${match.flags.join(',')}`;
    case 'physdev':
      return savePhysdev(match);
    case 'nfacct':
      // libxt_nfacct prints " --nfacct-name " and xtables_save_string adds its own leading space: two spaces.
      return ` -m nfacct --nfacct-name  ${match.name}`;
    default:
      return assertNever(match);
  }
}

/** `ip[:port[-port]]`, IPv6 bracketed only when a port follows (libxt_NAT print_range). */
function natAddressText(to: NatAddress): string {
  const address = formatIp(to.address);
  if (!to.ports) return address;
  const host = to.address.family === 'ipv6' ? `[${address}]` : address;
  return `${host}:${portText(to.ports, '-')}`;
}

const randomFlags = (random: boolean, randomFully: boolean): string =>
  `${random ? ' --random' : ''}${randomFully ? ' --random-fully' : ''}`;

/** The target as iptables-save prints it, e.g. ` -j MARK --set-xmark 0x4000/0x4000`. */
export function saveTarget(target: Target, family: IpFamily): string {
  switch (target.kind) {
    case 'accept':
      return ' -j ACCEPT';
    case 'drop':
      return ' -j DROP';
    case 'return':
      return ' -j RETURN';
    case 'jump':
      return ` -j ${target.chain}`;
    case 'goto':
      return ` -g ${target.chain}`;
    case 'reject':
      return ` -j REJECT --reject-with ${target.with ?? (family === 'ipv4' ? 'icmp-port-unreachable' : 'icmp6-port-unreachable')}`;
    case 'dnat':
      return ` -j DNAT --to-destination ${natAddressText(target.to)}`;
    case 'snat':
      return ` -j SNAT --to-source ${natAddressText(target.to)}${randomFlags(target.random, target.randomFully)}`;
    case 'masquerade': {
      const ports = target.toPorts ? ` --to-ports ${portText(target.toPorts, '-')}` : '';
      return ` -j MASQUERADE${ports}${randomFlags(target.random, target.randomFully)}`;
    }
    case 'mark': {
      const { value, mask } = markTargetXmark(target);
      return ` -j MARK --set-xmark ${formatHex(value)}/${formatHex(mask)}`;
    }
    case 'none':
      return target.nflog === undefined ? '' : saveNflog(target.nflog);
    default:
      return assertNever(target);
  }
}
