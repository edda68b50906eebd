/**
 * The routes the kernel adds by itself when an address is configured (`fib_add_ifaddr`), and the order
 * `ip route show` prints routes in. Generators add only what a daemon or plugin adds explicitly; the
 * `proto kernel` entries follow from the addresses, as they do on a real node.
 */
import { cidrBroadcast, cidrContaining, cidrNetwork, cidrPrefix, type Cidr } from '../../net/cidr.ts';
import { ipv4ToInt, type IPv4 } from '../../net/ipv4.ts';
import type { Address, Device, Route } from '../types.ts';

/**
 * For one address on one device:
 * - always `local <ip>` in table local (even on a DOWN device, which is why kube-ipvs0's addresses answer);
 * - on an UP device, `broadcast <brd>` when a broadcast address is set or the prefix is shorter than /31;
 * - on an UP device with a prefix shorter than /32, the prefix route: `<net>/<p> dev X proto kernel scope link
 *   src <ip>` in table main, or `local <net>/<p> … scope host` on a loopback device (127.0.0.0/8).
 * Modern kernels no longer add the network-address broadcast (`broadcast 10.0.0.0`), so neither does this.
 */
export function kernelRoutesFor(address: Address, device: Device | undefined): Route[] {
  const src = address.ip;
  const routes: Route[] = [
    {
      table: 'local',
      type: 'local',
      dst: hostCidr(address.ip),
      dev: address.device,
      proto: 'kernel',
      scope: 'host',
      src,
    },
  ];
  if (device?.state === 'DOWN') return routes;
  const loopback = device?.kind === 'loopback';
  const network = cidrContaining(address.ip, address.prefix);
  if (network === undefined) return routes;
  if (address.prefix < 32) {
    routes.push(
      loopback
        ? {
            table: 'local',
            type: 'local',
            dst: network,
            dev: address.device,
            proto: 'kernel',
            scope: 'host',
            src,
          }
        : {
            table: 'main',
            type: 'unicast',
            dst: network,
            dev: address.device,
            proto: 'kernel',
            scope: 'link',
            src,
          },
    );
  }
  const broadcasts = new Set<IPv4>();
  if (address.broadcast !== undefined) broadcasts.add(address.broadcast);
  if (address.prefix < 31) broadcasts.add(cidrBroadcast(network));
  for (const brd of broadcasts) {
    routes.push({
      table: 'local',
      type: 'broadcast',
      dst: hostCidr(brd),
      dev: address.device,
      proto: 'kernel',
      scope: 'link',
      src,
    });
  }
  return routes;
}

/** `a.b.c.d/32`, the form a host route's destination is kept in. */
export function hostCidr(ip: IPv4): Cidr {
  const cidr = cidrContaining(ip, 32);
  if (cidr === undefined) throw new Error(`bad address ${ip}`);
  return cidr;
}

function key(route: Route): readonly [number, number] {
  if (route.dst === 'default') return [0, 0];
  return [ipv4ToInt(cidrNetwork(route.dst)), cidrPrefix(route.dst)];
}

/**
 * `ip route show` order: the FIB trie is walked in ascending key (network address) order, and routes sharing
 * a key are kept longest-prefix first (`fib_insert_alias` sorts by suffix length). Ties keep insertion order.
 */
export function compareRoutes(a: Route, b: Route): number {
  const [an, ap] = key(a);
  const [bn, bp] = key(b);
  return an - bn || bp - ap;
}
