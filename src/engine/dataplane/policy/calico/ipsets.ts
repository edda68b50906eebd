/**
 * The members of Felix's ipsets: a selector set holds the IP of every workload endpoint in the cluster whose
 * labels match (`hash:net`, members printed without `/32`); a named-port set holds (IP, protocol:port) for every
 * matching endpoint that declares the port name with that protocol (`hash:ip,port`) — so one rule covers pods
 * whose `http` is 8080 and pods whose `http` is 80.
 */
import { compareIPv4 } from '../../../net/ipv4.ts';
import type { IpSet } from '../../types.ts';
import type { CalicoIpSetSpec } from './policyChains.ts';
import { selectorMatches, selectorString } from './selector.ts';
import type { CalicoWorkload } from './workloads.ts';

/** What an ipset stands for, for explanations (real `ipset list` shows no such thing). */
export interface CalicoIpSetInfo {
  readonly name: string;
  /** The Calico selector whose hash names the set. */
  readonly selector: string;
  /** For a named-port set: `tcp:http`. */
  readonly namedPort?: string;
}

function members(spec: CalicoIpSetSpec, workloads: readonly CalicoWorkload[]): readonly string[] {
  const matching = workloads
    .filter((workload) => selectorMatches(spec.selector, workload.labels))
    .sort((a, b) => compareIPv4(a.ip, b.ip));
  if (spec.kind === 'selector') return [...new Set(matching.map((workload) => workload.ip))];
  const out: string[] = [];
  for (const workload of matching) {
    for (const container of workload.pod.containers) {
      for (const port of container.ports) {
        if (port.name === spec.port && port.protocol.toLowerCase() === spec.protocol) {
          out.push(`${workload.ip},${spec.protocol}:${port.containerPort}`);
        }
      }
    }
  }
  return [...new Set(out)];
}

/** The ipsets the node's active policy chains refer to, by name, with their members. */
export function calicoIpSets(
  specs: readonly CalicoIpSetSpec[],
  workloads: readonly CalicoWorkload[],
): { readonly ipsets: readonly IpSet[]; readonly info: readonly CalicoIpSetInfo[] } {
  const byName = new Map<string, CalicoIpSetSpec>();
  for (const spec of specs) byName.set(spec.name, spec);
  const sorted = [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    ipsets: sorted.map((spec) => ({
      name: spec.name,
      type: spec.kind === 'selector' ? 'hash:net' : 'hash:ip,port',
      members: members(spec, workloads),
    })),
    info: sorted.map((spec) => ({
      name: spec.name,
      selector: selectorString(spec.selector),
      ...(spec.kind === 'named-port' ? { namedPort: `${spec.protocol}:${spec.port}` } : {}),
    })),
  };
}
