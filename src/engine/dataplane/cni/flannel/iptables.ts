/**
 * flanneld's iptables (flannel-io/flannel `pkg/trafficmngr/iptables`), as a real `--ip-masq` node shows them
 * (REFERENCE.md §4): a `FLANNEL-POSTRTG` nat chain that leaves pod-to-pod traffic alone and masquerades pod
 * traffic leaving the pod network, and a `FLANNEL-FWD` filter chain that accepts forwarding to and from the
 * pod network. flanneld ensures its jump rules at the end of POSTROUTING and FORWARD, after kube-proxy's.
 */
import type { Cidr } from '../../../net/cidr.ts';
import type { NodeBuildContext } from '../../context.ts';
import { m, t } from '../../netfilter/construct.ts';

export const FLANNEL_POSTRTG = 'FLANNEL-POSTRTG';
export const FLANNEL_FWD = 'FLANNEL-FWD';

/** flanneld matches kube-proxy's masquerade mark as a constant: traffic kube-proxy marks is its business. */
const KUBE_MASQ_MARK = 0x4000;

const MASQ_COMMENT = 'flanneld masq';
const FWD_COMMENT = 'flanneld forward';

/**
 * `MasqRules`: RETURN for kube-proxy-marked traffic and for traffic within the pod network (either side in this
 * node's subnet, or anything to this subnet), MASQUERADE for pod traffic leaving the network (except multicast)
 * and for outside traffic into the pod network.
 */
export function applyFlannelMasqRules(ctx: NodeBuildContext, network: Cidr, subnet: Cidr): void {
  const command = { installedBy: 'flannel', installedVia: 'command' } as const;
  const nat = ctx.rules.table('nat');
  nat.declareChain(FLANNEL_POSTRTG, command);
  nat
    .chain('POSTROUTING')
    .ensure(
      { matches: [m.comment(MASQ_COMMENT)], target: t.jump(FLANNEL_POSTRTG), installedBy: 'flannel' },
      'append',
    );
  const comment = m.comment(MASQ_COMMENT);
  nat
    .chain(FLANNEL_POSTRTG)
    .append({ matches: [m.mark(KUBE_MASQ_MARK, KUBE_MASQ_MARK), comment], target: t.return() })
    .append({ matches: [m.source(subnet), m.destination(network), comment], target: t.return() })
    .append({ matches: [m.source(network), m.destination(subnet), comment], target: t.return() })
    .append({
      matches: [m.source(network, { negated: true }), m.destination(subnet), comment],
      target: t.return(),
    })
    .append({
      matches: [m.source(network), m.destination('224.0.0.0/4', { negated: true }), comment],
      target: t.masquerade({ randomFully: true }),
    })
    .append({
      matches: [m.source(network, { negated: true }), m.destination(network), comment],
      target: t.masquerade({ randomFully: true }),
    });
}

/** `ForwardRules`: the FORWARD policy may be DROP (Docker sets it), so pod traffic is accepted explicitly. */
export function applyFlannelForwardRules(ctx: NodeBuildContext, network: Cidr): void {
  const command = { installedBy: 'flannel', installedVia: 'command' } as const;
  const filter = ctx.rules.table('filter');
  filter.declareChain(FLANNEL_FWD, command);
  filter
    .chain('FORWARD')
    .ensure(
      { matches: [m.comment(FWD_COMMENT)], target: t.jump(FLANNEL_FWD), installedBy: 'flannel' },
      'append',
    );
  filter
    .chain(FLANNEL_FWD)
    .append({ matches: [m.source(network), m.comment(FWD_COMMENT)], target: t.accept() })
    .append({ matches: [m.destination(network), m.comment(FWD_COMMENT)], target: t.accept() });
}
