/**
 * `ip addr show` as iproute2 prints it: per device a header (`5: veth1a2b3c4d@if2: <BROADCAST,…> mtu 1450
 * qdisc noqueue master cni0 state UP group default`), the `link/…` line, then one `inet` line per address with
 * its `valid_lft` continuation. IPv6 link-local addresses are left out: packetwalk models IPv4 only.
 */
import type { Address, Device, NetNamespace, NetnsId } from '../types.ts';
import type { LinuxLine } from './lines.ts';
import { qdiscOf, qlenOf } from './links.ts';
import { BROADCAST_MAC, LOOPBACK_MAC } from './mac.ts';

export interface IpAddrOptions {
  /** The name a peer namespace has under /var/run/netns (`cni-…`), for `link-netns`; else `link-netnsid`. */
  readonly netnsName?: (id: NetnsId) => string | undefined;
}

/** `name@ifN` for a veth whose peer is elsewhere, `name@peer` within one namespace, `tunl0@NONE`. */
function linkName(device: Device, ns: NetNamespace): string {
  if (device.peer !== undefined) {
    return device.peer.netns === ns.id
      ? `${device.name}@${device.peer.device}`
      : `${device.name}@if${device.peer.index}`;
  }
  return device.kind === 'ipip' ? `${device.name}@NONE` : device.name;
}

function header(device: Device, ns: NetNamespace): string {
  const parts = [
    `${device.index}: ${linkName(device, ns)}: <${device.flags.join(',')}>`,
    `mtu ${device.mtu}`,
  ];
  parts.push(`qdisc ${qdiscOf(device)}`);
  if (device.master !== undefined) parts.push(`master ${device.master}`);
  parts.push(`state ${device.state}`, 'group default');
  const qlen = qlenOf(device.kind);
  if (qlen !== undefined) parts.push(`qlen ${qlen}`);
  return parts.join(' ');
}

function linkLine(device: Device, ns: NetNamespace, options: IpAddrOptions): string {
  if (device.kind === 'loopback') return `    link/loopback ${LOOPBACK_MAC} brd ${LOOPBACK_MAC}`;
  if (device.kind === 'ipip') return '    link/ipip 0.0.0.0 brd 0.0.0.0';
  let line = `    link/ether ${device.mac ?? LOOPBACK_MAC} brd ${BROADCAST_MAC}`;
  const peer = device.peer;
  if (peer !== undefined && peer.netns !== ns.id) {
    // Inside a pod the host namespace is the first (and only) peer namespace it knows: netnsid 0.
    const name = peer.netns === 'host' ? undefined : options.netnsName?.(peer.netns);
    line += name === undefined ? ' link-netnsid 0' : ` link-netns ${name}`;
  }
  return line;
}

function inetLine(address: Address): string {
  const brd = address.broadcast === undefined ? '' : ` brd ${address.broadcast}`;
  return `    inet ${address.ip}/${address.prefix}${brd} scope ${address.scope} ${address.device}`;
}

export function renderIpAddr(ns: NetNamespace, options: IpAddrOptions = {}): readonly LinuxLine[] {
  const lines: LinuxLine[] = [];
  for (const device of ns.devices) {
    const ref = { kind: 'device', netns: ns.id, device: device.name } as const;
    lines.push({ text: header(device, ns), ref }, { text: linkLine(device, ns, options), ref });
    ns.addresses.forEach((address, index) => {
      if (address.device !== device.name) return;
      const addressRef = { kind: 'address', netns: ns.id, index } as const;
      lines.push(
        { text: inetLine(address), ref: addressRef },
        { text: '       valid_lft forever preferred_lft forever', ref: addressRef },
      );
    });
  }
  return lines;
}
