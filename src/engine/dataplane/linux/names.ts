/**
 * Names the container runtime and the bridge CNI plugin pick at random on a real node, made reproducible:
 * the same pod on the same node always gets the same host-side veth and network-namespace name.
 */
import { fastHashHex } from './fastHash.ts';

/**
 * The bridge plugin's host-side veth: `veth` + 8 hex digits (containernetworking/plugins `ip.RandomVethName`,
 * 4 random bytes). Here the bytes come from a hash of the node and pod, so the name is stable; `attempt`
 * picks another name when one is taken on the node, as the plugin retries on EEXIST.
 */
export function bridgeVethName(node: string, podRef: string, attempt = 0): string {
  return `veth${fastHashHex(`veth/${node}/${podRef}/${attempt}`, 8)}`;
}

/**
 * The pod sandbox's network namespace as containerd names it under /var/run/netns: `cni-` + a random UUID.
 * `ip link` on the host prints it after a veth (`link-netns cni-…`).
 */
export function sandboxNetnsName(node: string, podRef: string): string {
  const h = fastHashHex(`netns/${node}/${podRef}`, 32);
  const version = `4${h.slice(13, 16)}`;
  const variant = `${'89ab'[parseInt(h.slice(16, 17), 16) % 4] ?? '8'}${h.slice(17, 20)}`;
  return `cni-${h.slice(0, 8)}-${h.slice(8, 12)}-${version}-${variant}-${h.slice(20, 32)}`;
}

/**
 * The pod sandbox (pause container) ID: 64 hex digits, as the runtime hands it to the CNI plugin in
 * `CNI_CONTAINERID`. Cilium hashes it into the `lxc…` name.
 */
export function sandboxId(node: string, podRef: string): string {
  return fastHashHex(`sandbox/${node}/${podRef}`, 64);
}
