/** The walk step's "what decided" for IPVS: the `ipvsadm -Ln` lines of the virtual server and real server. */
import type { Decider } from '../../types.ts';
import type { IpvsDecision } from './types.ts';

export function ipvsDecider(decision: IpvsDecision): Decider {
  const vs = decision.virtualServer;
  const persistent = vs.persistentSeconds === undefined ? '' : ` persistent ${vs.persistentSeconds}`;
  const head = `${vs.protocol}  ${vs.ip}:${vs.port} ${vs.scheduler}${persistent}`;
  if (decision.kind === 'no-real-server') return { text: head, view: 'ipvsadm', refs: [decision.vsId] };
  const rs = decision.realServer;
  return {
    text: `${head}\n  -> ${rs.ip}:${rs.port} ${rs.forward} ${rs.weight}`,
    view: 'ipvsadm',
    refs: [decision.vsId, decision.rsId],
  };
}
