/**
 * The node's Cilium endpoints: one per pod sandbox, with a numeric endpoint ID (unique on the node, 1–4095,
 * picked from a pool on a real agent; derived from a hash and probed here so it is stable), the pod's
 * identity and its `lxc` interface.
 */
import type { ClusterNode } from '../../../cluster/types.ts';
import { fastHashHex } from '../../linux/fastHash.ts';
import type { SandboxPod } from '../podNetns.ts';
import { IDENTITY_WORLD, type IdentityTable } from './identities.ts';
import { ciliumPodInterface } from './pods.ts';
import type { CiliumEndpoint } from './types.ts';

const MAX_ENDPOINT_ID = 4095;

export function buildEndpoints(
  node: ClusterNode,
  pods: readonly SandboxPod[],
  table: IdentityTable,
): CiliumEndpoint[] {
  const taken = new Set<number>();
  return pods.map((sandbox) => {
    let id = 1 + (parseInt(fastHashHex(`endpoint/${node.name}/${sandbox.pod.ref}`, 8), 16) % MAX_ENDPOINT_ID);
    while (taken.has(id)) id = id === MAX_ENDPOINT_ID ? 1 : id + 1;
    taken.add(id);
    return {
      id,
      pod: sandbox.pod.ref,
      ipv4: sandbox.ip,
      identity: table.byPod.get(sandbox.pod.ref) ?? IDENTITY_WORLD,
      interface: ciliumPodInterface(node.name, sandbox.pod),
    };
  });
}
