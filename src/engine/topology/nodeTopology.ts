/**
 * A node's devices as the canvas draws them, read off the dataplane the generators built: each host device
 * with its role in the picture, and each pod's `eth0` with the host end of its veth pair.
 */
import type { NetnsDevices } from '../dataplane/build.ts';
import { KUBE_IPVS0 } from '../dataplane/kubeproxy/ipvs/kubeIpvs0.ts';
import type { Address, Device, NetNamespace } from '../dataplane/types.ts';
import type { DeviceRole, NodeTopology, TopologyDevice, TopologyPod } from './types.ts';

/** A namespace as a topology reads it: devices and addresses, and routes when there are (to find the uplink). */
type Netns = NetnsDevices & { readonly routes?: NetNamespace['routes'] };

/** The part of a node's dataplane a topology reads (a `NodeDataplane` or a devices-only `NodeDevices`). */
export interface NodeNetworks {
  readonly node: string;
  readonly netns: readonly Netns[];
}

/** Addresses by device, as `ip addr` spells them, in the order they were added. */
type AddressBook = ReadonlyMap<string, readonly string[]>;

/** `ip addr`'s spelling of an address: `10.244.1.1/24`. */
function addressText(address: Address): string {
  return `${address.ip}/${address.prefix}`;
}

/** One pass over the addresses: kube-ipvs0 alone holds one per Service. */
function addressBook(ns: Netns): AddressBook {
  const book = new Map<string, string[]>();
  for (const address of ns.addresses) {
    const list = book.get(address.device);
    if (list === undefined) book.set(address.device, [addressText(address)]);
    else list.push(addressText(address));
  }
  return book;
}

/**
 * The uplink: the device holding the node's InternalIP when it is given, else the device of the default
 * route (on every generated node both are `eth0`; the CNI never moves the node address).
 */
function uplinkOf(host: Netns, internalIP: string | undefined): string | undefined {
  if (internalIP !== undefined) {
    const holder = host.addresses.find((a) => a.ip === internalIP);
    if (holder !== undefined) return holder.device;
  }
  return host.routes?.find((r) => r.table === 'main' && r.dst === 'default')?.dev;
}

/** The pod (`<ns>/<name>`) whose namespace holds the other end of this veth, if any. */
function peerPod(device: Device): string | undefined {
  const peer = device.peer?.netns;
  return peer === undefined || peer === 'host' ? undefined : peer.slice('pod:'.length);
}

function roleOf(device: Device, uplink: string | undefined): DeviceRole {
  if (device.name === uplink) return 'uplink';
  if (device.tunnel !== undefined) return 'tunnel';
  if (device.kind === 'bridge') return 'bridge';
  if (device.kind === 'dummy' && device.name === KUBE_IPVS0) return 'ipvs';
  if (device.kind === 'veth' && peerPod(device) !== undefined) return 'veth';
  return 'other';
}

function topologyDevice(book: AddressBook, device: Device, uplink: string | undefined): TopologyDevice {
  const pod = peerPod(device);
  return {
    name: device.name,
    kind: device.kind,
    role: roleOf(device, uplink),
    mtu: device.mtu,
    addresses: book.get(device.name) ?? [],
    ...(device.mac === undefined ? {} : { mac: device.mac }),
    ...(device.master === undefined ? {} : { master: device.master }),
    ...(device.tunnel === undefined ? {} : { tunnel: device.tunnel }),
    ...(pod === undefined ? {} : { pod }),
  };
}

/** The pod's side: the device whose peer is in the host namespace, else its first non-loopback device. */
function topologyPod(ns: Netns): TopologyPod | undefined {
  const device =
    ns.devices.find((d) => d.peer?.netns === 'host') ?? ns.devices.find((d) => d.kind !== 'loopback');
  if (device === undefined) return undefined;
  const hostVeth = device.peer?.netns === 'host' ? device.peer.device : undefined;
  return {
    ref: ns.pod ?? ns.id.slice('pod:'.length),
    device: device.name,
    addresses: addressBook(ns).get(device.name) ?? [],
    ...(device.mac === undefined ? {} : { mac: device.mac }),
    ...(hostVeth === undefined ? {} : { hostVeth }),
  };
}

/**
 * What the canvas draws of one node. `internalIP` picks the uplink (the device holding it); without it the
 * default route's device is the uplink. Host devices come in interface-index order without `lo`; pods in
 * the dataplane's pod order.
 */
export function nodeTopology(dataplane: NodeNetworks, internalIP?: string): NodeTopology {
  const host = dataplane.netns.find((ns) => ns.id === 'host');
  const uplink = host === undefined ? undefined : uplinkOf(host, internalIP);
  const book = host === undefined ? new Map<string, readonly string[]>() : addressBook(host);
  const devices =
    host === undefined
      ? []
      : [...host.devices]
          .filter((d) => d.kind !== 'loopback')
          .sort((a, b) => a.index - b.index)
          .map((d) => topologyDevice(book, d, uplink));
  const pods = dataplane.netns.flatMap((ns) => {
    if (ns.id === 'host') return [];
    const pod = topologyPod(ns);
    return pod === undefined ? [] : [pod];
  });
  return { node: dataplane.node, devices, pods };
}
