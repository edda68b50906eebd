/**
 * kube-proxy iptables-mode chain names (`pkg/proxy/iptables/proxier.go`). REFERENCE.md §1.1–1.2: the per-service
 * chains carry a 16-character hash so names stay unique yet within iptables' 28-character limit.
 */
import { sha256Base32Prefix } from './hash.ts';
import { joinHostPort, lowerProtocol, type ServiceProtocolInput } from './servicePort.ts';

/** The fixed chains kube-proxy owns (constants at the top of proxier.go). */
export const KUBE_PROXY_CHAINS = {
  services: 'KUBE-SERVICES',
  externalServices: 'KUBE-EXTERNAL-SERVICES',
  nodePorts: 'KUBE-NODEPORTS',
  postrouting: 'KUBE-POSTROUTING',
  markMasq: 'KUBE-MARK-MASQ',
  forward: 'KUBE-FORWARD',
  proxyFirewall: 'KUBE-PROXY-FIREWALL',
  proxyCanary: 'KUBE-PROXY-CANARY',
  /** kube-proxy's copy of kubelet's anti-martian chain (IPv4 with localhost NodePorts). */
  firewall: 'KUBE-FIREWALL',
} as const;

/** Chains kubelet creates: the canary it watches for flushes and the hint telling tools which backend it used. */
export const KUBELET_CHAINS = {
  canary: 'KUBE-KUBELET-CANARY',
  iptablesHint: 'KUBE-IPTABLES-HINT',
  firewall: 'KUBE-FIREWALL',
} as const;

/**
 * `portProtoHash`: base32(sha256(servicePortName + protocol))[:16]. SVC, SVL, EXT and FW chains of one service
 * port share it. `servicePortName` is `servicePortNameString(...)`, e.g. `default/kubernetes:https`.
 */
export function portProtoHash(servicePortName: string, protocol: ServiceProtocolInput): string {
  return sha256Base32Prefix(servicePortName + lowerProtocol(protocol), 16);
}

/** `KUBE-SVC-<hash>`: the cluster-policy chain, which load-balances over all endpoints. */
export function serviceChainName(servicePortName: string, protocol: ServiceProtocolInput): string {
  return `KUBE-SVC-${portProtoHash(servicePortName, protocol)}`;
}

/** `KUBE-SVL-<hash>`: the local-policy chain (traffic policy Local), over this node's endpoints only. */
export function serviceLocalChainName(servicePortName: string, protocol: ServiceProtocolInput): string {
  return `KUBE-SVL-${portProtoHash(servicePortName, protocol)}`;
}

/** `KUBE-EXT-<hash>`: where NodePort, ExternalIP and LoadBalancer traffic enters the service. */
export function serviceExternalChainName(servicePortName: string, protocol: ServiceProtocolInput): string {
  return `KUBE-EXT-${portProtoHash(servicePortName, protocol)}`;
}

/** `KUBE-FW-<hash>`: the loadBalancerSourceRanges filter in front of KUBE-EXT. */
export function serviceFirewallChainName(servicePortName: string, protocol: ServiceProtocolInput): string {
  return `KUBE-FW-${portProtoHash(servicePortName, protocol)}`;
}

/**
 * `KUBE-SEP-<hash>` for one endpoint: base32(sha256(servicePortName + protocol + JoinHostPort(ip, port)))[:16].
 * The same name is also the `recent` list kube-proxy uses for ClientIP session affinity.
 */
export function endpointChainName(
  servicePortName: string,
  protocol: ServiceProtocolInput,
  endpointIp: string,
  endpointPort: number,
): string {
  const input = servicePortName + lowerProtocol(protocol) + joinHostPort(endpointIp, endpointPort);
  return `KUBE-SEP-${sha256Base32Prefix(input, 16)}`;
}
