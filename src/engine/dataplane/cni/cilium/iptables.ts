/**
 * The iptables rules the Cilium agent installs (`pkg/datapath/iptables`) with the Helm defaults
 * (`bpf.masquerade=false`, so masquerading is done by iptables; `prepend-iptables-chains`, so each feeder
 * rule is inserted first in its hook). Only the rules the packet walk can meet are written: the FORWARD
 * accepts, the host mark, and the masquerade/SNAT rules. The raw/mangle chains are declared with their
 * feeders but left empty (their NOTRACK/TPROXY rules serve the L7 proxy, which packetwalk does not model).
 * None of these are KUBE-* chains: service load-balancing is eBPF.
 */
import type { Cidr } from '../../../net/cidr.ts';
import type { IPv4 } from '../../../net/ipv4.ts';
import type { NodeBuildContext } from '../../context.ts';
import { m, t } from '../../netfilter/construct.ts';
import type { Hook, TableName } from '../../netfilter/model.ts';
import { CILIUM_HOST } from './devices.ts';

const CHAINS: readonly (readonly [string, TableName, Hook])[] = [
  ['CILIUM_INPUT', 'filter', 'INPUT'],
  ['CILIUM_OUTPUT', 'filter', 'OUTPUT'],
  ['CILIUM_OUTPUT_raw', 'raw', 'OUTPUT'],
  ['CILIUM_POST_nat', 'nat', 'POSTROUTING'],
  ['CILIUM_OUTPUT_nat', 'nat', 'OUTPUT'],
  ['CILIUM_PRE_nat', 'nat', 'PREROUTING'],
  ['CILIUM_POST_mangle', 'mangle', 'POSTROUTING'],
  ['CILIUM_PRE_mangle', 'mangle', 'PREROUTING'],
  ['CILIUM_PRE_raw', 'raw', 'PREROUTING'],
  ['CILIUM_FORWARD', 'filter', 'FORWARD'],
];

/** `linux_defaults` magic marks, as Go's `%#08x` prints them in the rules. */
const HEX = { hexWidth: 8 } as const;
const MARK_PROXY = 0x0a00;
const MARK_PROXY_MASK = 0x0e00;
const MARK_HOST = 0x0c00;
const MARK_ENCRYPT = 0x0e00;
const MARK_DECRYPT = 0x0d00;
const MARK_MASK = 0x0f00;

export function applyCiliumIptables(
  ctx: NodeBuildContext,
  clusterCidr: Cidr,
  router: IPv4 | undefined,
  tunnel: boolean,
): void {
  const command = { installedBy: 'cilium', installedVia: 'command' } as const;
  for (const [name, table] of CHAINS) ctx.rules.table(table).declareChain(name, command);

  const forward = ctx.rules.table('filter').chain('CILIUM_FORWARD');
  for (const [dir, iface, text] of [
    ['out', CILIUM_HOST, 'cilium: any->cluster on cilium_host forward accept'],
    ['in', CILIUM_HOST, 'cilium: cluster->any on cilium_host forward accept (nodeport)'],
    ['in', 'lxc+', 'cilium: cluster->any on lxc+ forward accept'],
    ['in', 'cilium_net', 'cilium: cluster->any on cilium_net forward accept (nodeport)'],
  ] as const) {
    forward.append({
      matches: [dir === 'out' ? m.outInterface(iface) : m.inInterface(iface), m.comment(text)],
      target: t.accept(),
    });
  }
  ctx.rules
    .table('filter')
    .chain('CILIUM_OUTPUT')
    .append({
      matches: [
        m.mark(MARK_ENCRYPT, MARK_MASK, { negated: true, ...HEX }),
        m.mark(MARK_DECRYPT, MARK_MASK, { negated: true, ...HEX }),
        m.mark(MARK_PROXY, MARK_PROXY_MASK, { negated: true, ...HEX }),
        m.comment('cilium: host->any mark as from host'),
      ],
      target: t.mark('set-xmark', MARK_HOST, { mask: MARK_MASK, ...HEX }),
    });

  const post = ctx.rules.table('nat').chain('CILIUM_POST_nat');
  const allocRange = ctx.node.podCIDR;
  if (allocRange !== undefined) {
    post.append({
      matches: [
        m.source(allocRange),
        m.destination(clusterCidr, { negated: true }),
        m.outInterface('cilium_+', { negated: true }),
        m.comment('cilium masquerade non-cluster'),
      ],
      target: t.masquerade(),
    });
  }
  post.append({
    matches: [
      m.mark(MARK_PROXY, MARK_PROXY_MASK, HEX),
      m.comment('exclude proxy return traffic from masquerade'),
    ],
    target: t.accept(),
  });
  if (router !== undefined) {
    if (tunnel && allocRange !== undefined) {
      post.append({
        matches: [
          m.source(router, { negated: true }),
          m.destination(allocRange, { negated: true }),
          m.outInterface(CILIUM_HOST),
          m.comment('cilium host->cluster masquerade'),
        ],
        target: t.snat(router),
      });
    }
    post.append({
      matches: [
        m.source('127.0.0.1'),
        m.outInterface(CILIUM_HOST),
        m.comment('cilium host->cluster from 127.0.0.1 masquerade'),
      ],
      target: t.snat(router),
    });
  }

  // Feeders last, each inserted at the top of its hook (after kube-proxy's, so they end up before them).
  for (const [name, table, hook] of CHAINS) {
    ctx.rules
      .table(table)
      .chain(hook)
      .prepend({
        matches: [m.comment(`cilium-feeder: ${name}`)],
        target: t.jump(name),
        installedBy: 'cilium',
      });
  }
}
