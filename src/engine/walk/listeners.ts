/**
 * Who listens: a pod's containers on their declared ports (containers share the pod's namespace, so one
 * container reaches another over lo), hostNetwork pods and the node's own daemons (sshd, kubelet) in the host
 * namespace. ICMP echo is answered by the kernel itself. A port nobody listens on is refused.
 */
import type { Cluster } from '../cluster/types.ts';
import type { NetnsId } from '../dataplane/types.ts';
import type { PacketState } from './types.ts';

/** Node daemons every kubeadm node runs: sshd and the kubelet's API. */
const HOST_DAEMONS: readonly { port: number; protocol: 'tcp' | 'udp' }[] = [
  { port: 22, protocol: 'tcp' },
  { port: 10250, protocol: 'tcp' },
  { port: 10256, protocol: 'tcp' },
];

export function listens(cluster: Cluster, node: string, netns: NetnsId, packet: PacketState): boolean {
  if (packet.protocol === 'icmp') return true;
  const wanted = packet.protocol.toUpperCase();
  const podListens = (ref: string): boolean =>
    cluster.pods.some(
      (pod) =>
        pod.ref === ref &&
        pod.containers.some((c) =>
          c.ports.some((p) => p.containerPort === packet.dport && p.protocol === wanted),
        ),
    );
  if (netns !== 'host') return podListens(netns.slice('pod:'.length));
  if (HOST_DAEMONS.some((d) => d.port === packet.dport && d.protocol === packet.protocol)) return true;
  return cluster.pods.some((pod) => pod.hostNetwork && pod.node === node && podListens(pod.ref));
}

/** The pod whose namespace this is, or the hostNetwork pod listening on the packet's port in the host's. */
export function podAt(
  cluster: Cluster,
  node: string,
  netns: NetnsId,
  packet: PacketState,
): string | undefined {
  if (netns !== 'host') return netns.slice('pod:'.length);
  const wanted = packet.protocol.toUpperCase();
  return cluster.pods.find(
    (pod) =>
      pod.hostNetwork &&
      pod.node === node &&
      pod.containers.some((c) =>
        c.ports.some((p) => p.containerPort === packet.dport && p.protocol === wanted),
      ),
  )?.ref;
}
