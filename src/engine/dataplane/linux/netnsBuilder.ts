/**
 * Builds one network namespace the way the kernel numbers and derives things: devices get interface indexes in
 * creation order (`lo` is 1), addresses bring their own `proto kernel` and `local` routes, and `build()`
 * freezes everything into an immutable `NetNamespace` with routes in `ip route show` order. CNI generators
 * describe only what their daemon or plugin does (create a device, add an address, a route, a neighbour).
 */
import type { PodRef } from '../../cluster/types.ts';
import type { Address, Device, FdbEntry, NetNamespace, NetnsId, Neighbour, Route } from '../types.ts';
import { compareRoutes, kernelRoutesFor } from './kernelRoutes.ts';

/** A device as a generator describes it; the builder assigns the index. */
export type DeviceSpec = Omit<Device, 'index'>;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export class NetnsBuilder {
  private readonly devices: Mutable<Device>[] = [];
  private readonly addresses: Address[] = [];
  private readonly routes: Route[] = [];
  private readonly neighbours: Neighbour[] = [];
  private readonly fdb: FdbEntry[] = [];
  private nextIndex = 1;

  constructor(
    readonly id: NetnsId,
    readonly pod?: PodRef,
  ) {}

  /** Creates a device with the next free interface index, as `dev_new_index` hands them out. */
  addDevice(spec: DeviceSpec): Device {
    if (this.device(spec.name)) throw new Error(`${this.id}: device ${spec.name} exists`);
    const device: Mutable<Device> = { index: this.nextIndex++, ...spec };
    this.devices.push(device);
    return device;
  }

  device(name: string): Device | undefined {
    return this.devices.find((d) => d.name === name);
  }

  /** Fills in a device's later-known attributes: its veth peer, its bridge, sysctls a plugin sets afterwards. */
  updateDevice(
    name: string,
    patch: Partial<Pick<Device, 'peer' | 'master' | 'sysctls' | 'state' | 'flags'>>,
  ): void {
    const device = this.devices.find((d) => d.name === name);
    if (!device) throw new Error(`${this.id}: no device ${name}`);
    Object.assign(device, patch);
  }

  addAddress(address: Address): this {
    if (!this.device(address.device))
      throw new Error(`${this.id}: address on missing device ${address.device}`);
    this.addresses.push(address);
    return this;
  }

  addRoute(route: Route): this {
    if (route.dev !== undefined && !this.device(route.dev)) {
      throw new Error(`${this.id}: route via missing device ${route.dev}`);
    }
    this.routes.push(route);
    return this;
  }

  addNeighbour(neighbour: Neighbour): this {
    this.neighbours.push(neighbour);
    return this;
  }

  addFdb(entry: FdbEntry): this {
    this.fdb.push(entry);
    return this;
  }

  hasAddress(ip: string): boolean {
    return this.addresses.some((a) => a.ip === ip);
  }

  /**
   * Freezes the namespace: explicit routes plus the kernel's own for every address, main table then local,
   * each in `ip route show` order.
   */
  build(): NetNamespace {
    const kernel = this.addresses.flatMap((a) =>
      kernelRoutesFor(
        a,
        this.devices.find((d) => d.name === a.device),
      ),
    );
    const all = [...kernel, ...this.routes];
    const routes = [
      ...all.filter((r) => r.table === 'main').sort(compareRoutes),
      ...dedupe(all.filter((r) => r.table === 'local')).sort(compareRoutes),
    ];
    return {
      id: this.id,
      ...(this.pod === undefined ? {} : { pod: this.pod }),
      devices: this.devices.map((d) => ({ ...d })),
      addresses: [...this.addresses],
      routes,
      neighbours: [...this.neighbours],
      fdb: [...this.fdb],
    };
  }
}

/** The kernel keeps one local-table entry per (type, destination, device); a second address adds none. */
function dedupe(routes: readonly Route[]): Route[] {
  const seen = new Set<string>();
  return routes.filter((r) => {
    const k = `${r.type} ${r.dst} ${r.dev ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * A veth pair between two namespaces (or within one, like `cilium_host`/`cilium_net`): each end gets an index
 * in its own namespace and records the other end, which `ip link` shows as `@ifN` (or `@name` when both ends
 * are in the same namespace).
 */
export function createVethPair(
  a: NetnsBuilder,
  aSpec: Omit<DeviceSpec, 'kind' | 'peer'>,
  b: NetnsBuilder,
  bSpec: Omit<DeviceSpec, 'kind' | 'peer'>,
): readonly [Device, Device] {
  const first = a.addDevice({ ...aSpec, kind: 'veth' });
  const second = b.addDevice({ ...bSpec, kind: 'veth' });
  a.updateDevice(first.name, { peer: { netns: b.id, device: second.name, index: second.index } });
  b.updateDevice(second.name, { peer: { netns: a.id, device: first.name, index: first.index } });
  return [
    { ...first, peer: { netns: b.id, device: second.name, index: second.index } },
    { ...second, peer: { netns: a.id, device: first.name, index: first.index } },
  ];
}
