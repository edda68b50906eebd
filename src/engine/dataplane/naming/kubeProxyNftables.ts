/**
 * kube-proxy nftables-mode object names (`pkg/proxy/nftables/proxier.go`, REFERENCE.md §3). Unlike iptables
 * mode the readable name is kept and an 8-character hash of it is put in front: `service-ULMVA6XW-ns1/svc1/tcp/p80`.
 */
import { sha256Base32Prefix } from './hash.ts';
import { lowerProtocol, type ServiceProtocolInput } from './servicePort.ts';

/** knftables.NameLengthMax (256) minus the longest prefix kube-proxy puts in front (16). */
const CHAIN_NAME_BASE_LENGTH_MAX = 256 - 16;

/**
 * `hashAndTruncate`: `<base32(sha256(name))[:8]>-<name>`, cut to 240 characters with a trailing `...`. The hash
 * keeps a truncated name unique and makes endpoints that differ in one digit visually distinct.
 */
export function nftHashAndTruncate(name: string): string {
  const hashed = `${sha256Base32Prefix(name, 8)}-${name}`;
  return hashed.length > CHAIN_NAME_BASE_LENGTH_MAX
    ? `${hashed.slice(0, CHAIN_NAME_BASE_LENGTH_MAX - 3)}...`
    : hashed;
}

/**
 * `servicePortChainNameBase`: `<H>-<ns>/<svc>/<proto>/<portName>`. An unnamed port leaves the last segment
 * empty (`ns/svc/tcp/`): upstream formats `%s/%s/%s/%s` with `ServicePortName.Port` as is.
 */
export function nftServicePortChainNameBase(
  namespace: string,
  service: string,
  protocol: ServiceProtocolInput,
  portName: string,
): string {
  return nftHashAndTruncate(`${namespace}/${service}/${lowerProtocol(protocol)}/${portName}`);
}

/**
 * `servicePortEndpointChainNameBase`: `<H>-<ns>/<svc>/<proto>/<portName>__<ip>/<port>`. Colons are not allowed
 * in nftables names, so an IPv6 endpoint's colons become dots (`fd00::1` → `fd00..1`).
 */
export function nftEndpointChainNameBase(
  namespace: string,
  service: string,
  protocol: ServiceProtocolInput,
  portName: string,
  endpointIp: string,
  endpointPort: number,
): string {
  const ip = endpointIp.replaceAll(':', '.');
  const name = `${namespace}/${service}/${lowerProtocol(protocol)}/${portName}__${ip}/${endpointPort}`;
  return nftHashAndTruncate(name);
}

/** `service-<base>`: the cluster-policy chain (the nftables KUBE-SVC). */
export function nftServiceChainName(
  namespace: string,
  service: string,
  protocol: ServiceProtocolInput,
  portName: string,
): string {
  return `service-${nftServicePortChainNameBase(namespace, service, protocol, portName)}`;
}

/** `local-<base>`: the local-policy chain (the nftables KUBE-SVL). */
export function nftLocalChainName(
  namespace: string,
  service: string,
  protocol: ServiceProtocolInput,
  portName: string,
): string {
  return `local-${nftServicePortChainNameBase(namespace, service, protocol, portName)}`;
}

/** `external-<base>`: NodePort / ExternalIP / LoadBalancer entry (the nftables KUBE-EXT). */
export function nftExternalChainName(
  namespace: string,
  service: string,
  protocol: ServiceProtocolInput,
  portName: string,
): string {
  return `external-${nftServicePortChainNameBase(namespace, service, protocol, portName)}`;
}

/** `firewall-<base>`: loadBalancerSourceRanges (the nftables KUBE-FW; newer releases only). */
export function nftFirewallChainName(
  namespace: string,
  service: string,
  protocol: ServiceProtocolInput,
  portName: string,
): string {
  return `firewall-${nftServicePortChainNameBase(namespace, service, protocol, portName)}`;
}

/** `endpoint-<endpoint base>`: one endpoint's DNAT chain (the nftables KUBE-SEP). */
export function nftEndpointChainName(
  namespace: string,
  service: string,
  protocol: ServiceProtocolInput,
  portName: string,
  endpointIp: string,
  endpointPort: number,
): string {
  const base = nftEndpointChainNameBase(namespace, service, protocol, portName, endpointIp, endpointPort);
  return `endpoint-${base}`;
}

/** `affinity-<endpoint base>`: the set of client IPs pinned to one endpoint by ClientIP session affinity. */
export function nftAffinitySetName(
  namespace: string,
  service: string,
  protocol: ServiceProtocolInput,
  portName: string,
  endpointIp: string,
  endpointPort: number,
): string {
  const base = nftEndpointChainNameBase(namespace, service, protocol, portName, endpointIp, endpointPort);
  return `affinity-${base}`;
}
