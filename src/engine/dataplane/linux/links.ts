/**
 * How `ip link` describes each kind of device: the flags between the angle brackets, the queueing discipline
 * and the transmit queue length. These follow what a current kernel shows for each device type; they change
 * nothing about forwarding, but they make our `ip addr` read like a real node's.
 */
import { assertNever } from '../netfilter/assertNever.ts';
import type { Device, DeviceKind } from '../types.ts';

/** The flags of an administratively up device with carrier, by kind. */
export function upFlags(kind: DeviceKind): readonly string[] {
  switch (kind) {
    case 'loopback':
      return ['LOOPBACK', 'UP', 'LOWER_UP'];
    case 'ipip':
      return ['NOARP', 'UP', 'LOWER_UP'];
    case 'dummy':
      return ['BROADCAST', 'NOARP', 'UP', 'LOWER_UP'];
    case 'ethernet':
    case 'veth':
    case 'bridge':
    case 'vxlan':
    case 'geneve':
      return ['BROADCAST', 'MULTICAST', 'UP', 'LOWER_UP'];
    default:
      return assertNever(kind);
  }
}

/**
 * The operational state `ip link` prints for a device that is up: devices without a real carrier notion
 * (loopback, tunnels, dummies) report UNKNOWN.
 */
export function upState(kind: DeviceKind): Device['state'] {
  switch (kind) {
    case 'loopback':
    case 'ipip':
    case 'vxlan':
    case 'geneve':
    case 'dummy':
      return 'UNKNOWN';
    case 'ethernet':
    case 'veth':
    case 'bridge':
      return 'UP';
    default:
      return assertNever(kind);
  }
}

/** The qdisc `ip link` names: physical NICs get the distribution default, soft devices none; DOWN shows noop. */
export function qdiscOf(device: Device): string {
  if (!device.flags.includes('UP')) return 'noop';
  return device.kind === 'ethernet' ? 'fq_codel' : 'noqueue';
}

/** `qlen` (tx_queue_len); veths and UDP tunnels have none, so `ip link` omits it. */
export function qlenOf(kind: DeviceKind): number | undefined {
  switch (kind) {
    case 'veth':
    case 'vxlan':
    case 'geneve':
      return undefined;
    case 'loopback':
    case 'ethernet':
    case 'bridge':
    case 'ipip':
    case 'dummy':
      return 1000;
    default:
      return assertNever(kind);
  }
}
