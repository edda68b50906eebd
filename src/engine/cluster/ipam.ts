/**
 * Pod address management, the way each CNI's IPAM does it.
 *
 * Host-local (Flannel, Canal, Weave, Cilium's cluster-pool here): each node owns one range — `spec.podCIDR`
 * where given, otherwise the next /24 of the pod CIDR in node order, as kube-controller-manager hands them
 * out — and pods take addresses in order from `.2`, because `.1` is the gateway (the `cni0` bridge for
 * Flannel) and `.0` is the network (held by `flannel.1` in VXLAN mode).
 *
 * Calico IPAM: nodes claim /26 blocks (the pool's blockSize) from the IP pools, one per node in node order,
 * and another when a block fills. In IPIP/VXLAN mode the node's tunnel takes its first block's first
 * address. Calico uses every address of a block. (Real Calico picks a pseudo-random free block seeded by
 * the hostname; in-order blocks keep the result predictable.)
 *
 * Addresses a pod's `status.podIP` already names are reserved first; `hostNetwork` pods take their node's IP.
 */
import {
  cidrContains,
  cidrContainsCidr,
  cidrNetwork,
  cidrNth,
  cidrPrefix,
  cidrSize,
  cidrSubnet,
  cidrSubnetCount,
  cidrContaining,
  type Cidr,
} from '../net/cidr.ts';
import { ipv4FromInt, ipv4ToInt, parseIPv4, type IPv4 } from '../net/ipv4.ts';
import type { NodeSpec } from './nodes.ts';
import type { Reporter } from './report.ts';
import type { CniAddresses, ClusterSettings, NodeName, PodIPSource } from './types.ts';
import type { PodDraft } from './workloads.ts';

export interface PodAddress {
  readonly ip?: IPv4;
  readonly source: PodIPSource;
  readonly hostIP?: IPv4;
}

export interface IpamResult {
  /** One per pod, in the order of the pods given. */
  readonly addresses: readonly PodAddress[];
  readonly ranges: ReadonlyMap<NodeName, readonly Cidr[]>;
  readonly cniAddresses: ReadonlyMap<NodeName, CniAddresses>;
}

/**
 * Ranges already claimed, for overlap checks in O(distinct prefix lengths) rather than O(nodes): aligned
 * blocks overlap only when one contains the other, so it is enough to look up the enclosing block at each
 * claimed prefix length.
 */
class Claims {
  private readonly owners = new Map<string, NodeName>();
  private readonly prefixes = new Set<number>();

  add(cidr: Cidr, node: NodeName): void {
    this.owners.set(cidr, node);
    this.prefixes.add(cidrPrefix(cidr));
  }

  /** The node owning a range that overlaps `cidr`, if any. */
  overlapping(cidr: Cidr): NodeName | undefined {
    const prefix = cidrPrefix(cidr);
    for (const p of this.prefixes) {
      if (p <= prefix) {
        const outer = cidrContaining(cidrNetwork(cidr), p);
        const owner = outer === undefined ? undefined : this.owners.get(outer);
        if (owner !== undefined) return owner;
      } else {
        for (const [c, owner] of this.owners)
          if (cidrPrefix(c as Cidr) === p && cidrContainsCidr(cidr, c as Cidr)) return owner;
      }
    }
    return undefined;
  }
}

/** Per-node subnets for host-local IPAM: explicit ones first, then /24 slices in node order. */
function planHostLocal(
  nodes: readonly NodeSpec[],
  settings: ClusterSettings,
  report: Reporter,
): Map<NodeName, Cidr[]> {
  const pool = settings.podCIDR;
  const mask = Math.max(24, cidrPrefix(pool));
  const claims = new Claims();
  const out = new Map<NodeName, Cidr[]>();
  const where = (n: NodeSpec, p: string): Parameters<Reporter['report']>[2] => ({
    provenance: n.provenance,
    positions: n.positions,
    pointer: n.pointer + p,
  });
  for (const n of nodes) {
    const c = n.explicitPodCIDR;
    if (c === undefined) continue;
    const field = n.pointer === '' ? '/spec/podCIDR' : '/podCIDR';
    if (!cidrContainsCidr(pool, c))
      report.report('PW123', 'warning', where(n, field), { node: n.name, cidr: c, podCIDR: pool });
    const clash = claims.overlapping(c);
    if (clash !== undefined)
      report.report('PW125', 'error', where(n, field), { node: n.name, cidr: c, other: clash });
    claims.add(c, n.name);
    out.set(n.name, [c]);
  }
  // Slices are handed out in order, so a new one can only collide with an explicit range.
  let index = 0;
  const count = cidrSubnetCount(pool, mask);
  for (const n of nodes) {
    if (out.has(n.name)) continue;
    let subnet: Cidr | undefined;
    while (index < count && subnet === undefined) {
      const candidate = cidrSubnet(pool, mask, index++);
      if (candidate !== undefined && claims.overlapping(candidate) === undefined) subnet = candidate;
    }
    if (subnet === undefined) {
      report.report('PW124', 'error', where(n, ''), { node: n.name, podCIDR: pool });
      out.set(n.name, []);
      continue;
    }
    out.set(n.name, [subnet]);
  }
  return out;
}

/** Calico blocks, in pool order, then address order within each pool. */
function blockSource(settings: ClusterSettings): () => Cidr | undefined {
  const pools = settings.cni.plugin === 'calico' ? settings.cni.pools : [settings.podCIDR];
  const blockSize = settings.cni.plugin === 'calico' ? settings.cni.blockSize : 26;
  let poolIndex = 0;
  let blockIndex = 0;
  return () => {
    for (;;) {
      const pool = pools[poolIndex];
      if (pool === undefined) return undefined;
      const size = Math.max(blockSize, cidrPrefix(pool));
      const block = cidrSubnet(pool, size, blockIndex++);
      if (block !== undefined) return block;
      poolIndex++;
      blockIndex = 0;
    }
  };
}

/** The addresses the CNI's own devices take from a node's range, by plugin and mode. */
function cniAddressesFor(settings: ClusterSettings, ranges: readonly Cidr[]): CniAddresses {
  const first = ranges[0];
  if (first === undefined) return {};
  const zero = cidrNth(first, 0);
  const one = cidrNth(first, 1);
  const cni = settings.cni;
  switch (cni.plugin) {
    case 'flannel':
      return {
        ...(one === undefined ? {} : { bridge: one }),
        ...(cni.mode === 'vxlan' && zero !== undefined ? { tunnel: zero } : {}),
      };
    case 'canal':
      return cni.mode === 'vxlan' && zero !== undefined ? { tunnel: zero } : {};
    case 'weave':
      return one === undefined ? {} : { bridge: one };
    case 'cilium':
      return one === undefined ? {} : { router: one };
    case 'calico':
      return cni.mode !== 'bgp' && zero !== undefined ? { tunnel: zero } : {};
    default:
      return exhaustive(cni);
  }
}

function exhaustive(value: never): never {
  throw new Error(`unhandled CNI ${JSON.stringify(value)}`);
}

/** Whether the pod reported a phase in which it holds no address (and none was given). */
function holdsNoAddress(pod: PodDraft): boolean {
  const phase = pod.status?.phase;
  return phase === 'Pending' || phase === 'Succeeded' || phase === 'Failed';
}

export function assignAddresses(
  pods: readonly PodDraft[],
  placement: readonly (NodeName | undefined)[],
  nodes: readonly NodeSpec[],
  settings: ClusterSettings,
  report: Reporter,
): IpamResult {
  const calico = settings.cni.plugin === 'calico';
  const ranges = calico
    ? new Map<NodeName, Cidr[]>(nodes.map((n) => [n.name, []]))
    : planHostLocal(nodes, settings, report);
  const nextBlock = blockSource(settings);
  const used = new Set<number>();
  const claim = (node: NodeName): Cidr | undefined => {
    const block = nextBlock();
    if (block !== undefined) ranges.get(node)?.push(block);
    return block;
  };
  if (calico) for (const n of nodes) claim(n.name);

  const cniAddresses = new Map<NodeName, CniAddresses>();
  for (const n of nodes) {
    const a = cniAddressesFor(settings, ranges.get(n.name) ?? []);
    cniAddresses.set(n.name, a);
    for (const ip of [a.bridge, a.tunnel, a.router]) if (ip !== undefined) used.add(ipv4ToInt(ip));
  }
  const nodeByName = new Map(nodes.map((n) => [n.name as string, n]));

  // Reserve what the manifests already say.
  const given = pods.map((pod, i): IPv4 | undefined => {
    const text = pod.status?.podIP;
    if (text === undefined || pod.spec.hostNetwork === true) return undefined;
    const ip = parseIPv4(text);
    if (ip === undefined) {
      report.report(
        'PW122',
        'error',
        { ...pod.where, pointer: '/status/podIP' },
        { object: `Pod ${pod.label}`, field: 'status.podIP', value: text },
      );
      return undefined;
    }
    used.add(ipv4ToInt(ip));
    const node = placement[i];
    const own = node === undefined ? [] : (ranges.get(node) ?? []);
    const inside = calico
      ? (settings.cni.plugin === 'calico' ? settings.cni.pools : []).some((p) => cidrContains(p, ip))
      : own.some((c) => cidrContains(c, ip));
    if (node !== undefined && !inside) {
      report.report(
        'PW126',
        'warning',
        { ...pod.where, pointer: '/status/podIP' },
        { pod: pod.label, ip, node, cidr: own.join(', ') || settings.podCIDR },
      );
    }
    return ip;
  });

  // Allocation works on integers: 100,000 pods must not mean 100,000 rounds of string formatting.
  const cursor = new Map<string, number>();
  const nextIn = (range: Cidr, first: number, last: number): IPv4 | undefined => {
    const base = ipv4ToInt(cidrNetwork(range));
    for (let i = cursor.get(range) ?? first; i <= last; i++) {
      if (!used.has(base + i)) {
        cursor.set(range, i + 1);
        used.add(base + i);
        return ipv4FromInt(base + i);
      }
    }
    cursor.set(range, last + 1);
    return undefined;
  };
  const allocate = (node: NodeName): IPv4 | undefined => {
    const list = ranges.get(node) ?? [];
    for (const range of list) {
      const size = cidrSize(range);
      const ip = calico ? nextIn(range, 0, size - 1) : nextIn(range, 2, size - 2);
      if (ip !== undefined) return ip;
    }
    if (!calico) return undefined;
    const block = claim(node);
    return block === undefined ? undefined : nextIn(block, 0, cidrSize(block) - 1);
  };

  const addresses = pods.map((pod, i): PodAddress => {
    const node = placement[i];
    const nodeSpec = node === undefined ? undefined : nodeByName.get(node);
    const statusHost = pod.status?.hostIP === undefined ? undefined : parseIPv4(pod.status.hostIP);
    const hostIP = nodeSpec?.internalIP ?? statusHost;
    const host = hostIP === undefined ? {} : { hostIP };
    if (pod.spec.hostNetwork === true) {
      return hostIP === undefined ? { source: 'none' } : { ip: hostIP, source: 'host-network', ...host };
    }
    const explicit = given[i];
    if (explicit !== undefined) return { ip: explicit, source: 'status', ...host };
    if (node === undefined || holdsNoAddress(pod)) return { source: 'none', ...host };
    const ip = allocate(node);
    if (ip === undefined) {
      report.report(
        'PW112',
        'error',
        { ...pod.where, pointer: pod.specPointer },
        {
          pod: pod.label,
          node,
          cidr: (ranges.get(node) ?? []).join(', ') || settings.podCIDR,
        },
      );
      return { source: 'none', ...host };
    }
    return { ip, source: 'allocated', ...host };
  });

  return { addresses, ranges, cniAddresses };
}
