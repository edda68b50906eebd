/**
 * The weave router's own iptables (weaveworks/weave `net/bridge.go` `configureIPTables`, `net/expose.go`): a
 * block of FORWARD rules kept at the top in this order — into WEAVE-NPC for traffic to the bridge, log (NFLOG
 * group 86) and drop what the policy did not accept, accept traffic from the bridge to elsewhere, accept replies — and the nat chain
 * WEAVE: no SNAT towards local pods (`weaver-no-masq-local`), none for multicast, masquerade outside traffic
 * into the pod range and pod traffic leaving it.
 */
import type { Cidr } from '../../../net/cidr.ts';
import type { NodeBuildContext } from '../../context.ts';
import type { RuleSpec } from '../../netfilter/builder.ts';
import { m, t } from '../../netfilter/construct.ts';
import { WEAVE_BRIDGE, WEAVE_FASTDP_PORT } from './devices.ts';
import { BEFORE_KUBE_FORWARD, WEAVE_NFLOG_GROUP, WEAVE_NPC } from './npc.ts';

export const WEAVE_NAT = 'WEAVE';
/** Local pod IPs: traffic to them keeps its source (NO_MASQ_LOCAL, the default since weave 2.6). */
export const WEAVE_NO_MASQ_LOCAL = 'weaver-no-masq-local';

export function applyWeaveIptables(ctx: NodeBuildContext, range: Cidr): void {
  const command = { installedBy: 'weave', installedVia: 'command' } as const;
  const filter = ctx.rules.table('filter');
  filter.declareChain(WEAVE_NPC, command);
  const top: RuleSpec[] = [
    { matches: [m.outInterface(WEAVE_BRIDGE), m.comment(BEFORE_KUBE_FORWARD)], target: t.jump(WEAVE_NPC) },
    // What WEAVE-NPC did not accept: logged for weave-npc's ulogd if it opens a connection, then dropped.
    { matches: [m.outInterface(WEAVE_BRIDGE), m.state(['NEW'])], target: t.nflog(WEAVE_NFLOG_GROUP) },
    { matches: [m.outInterface(WEAVE_BRIDGE)], target: t.drop() },
    {
      matches: [m.inInterface(WEAVE_BRIDGE), m.outInterface(WEAVE_BRIDGE, { negated: true })],
      target: t.accept(),
    },
    { matches: [m.outInterface(WEAVE_BRIDGE), m.ctstate(['RELATED', 'ESTABLISHED'])], target: t.accept() },
  ];
  // ensureRulesAtTop inserts them at positions 1..n: prepending in reverse gives the same order.
  for (const rule of [...top].reverse()) filter.chain('FORWARD').prepend({ ...rule, installedBy: 'weave' });
  filter.chain('INPUT').append({
    matches: [
      m.destination('127.0.0.1'),
      m.protocol('tcp'),
      m.module('tcp'),
      m.dport('tcp', WEAVE_FASTDP_PORT),
      m.srcType(['LOCAL'], { negated: true }),
      m.ctstate(['RELATED', 'ESTABLISHED'], { negated: true }),
      m.comment('Block non-local access to Weave Net control port'),
    ],
    target: t.drop(),
    installedBy: 'weave',
  });

  const nat = ctx.rules.table('nat');
  nat.declareChain(WEAVE_NAT, command);
  nat.chain('POSTROUTING').ensure({ matches: [], target: t.jump(WEAVE_NAT), installedBy: 'weave' }, 'append');
  nat
    .chain(WEAVE_NAT)
    .append({
      matches: [m.set(WEAVE_NO_MASQ_LOCAL, ['dst']), m.comment('Prevent SNAT to locally running containers')],
      target: t.return(),
    })
    .append({ matches: [m.source(range), m.destination('224.0.0.0/4')], target: t.return() })
    .append({ matches: [m.source(range, { negated: true }), m.destination(range)], target: t.masquerade() })
    .append({ matches: [m.source(range), m.destination(range, { negated: true })], target: t.masquerade() });
}
