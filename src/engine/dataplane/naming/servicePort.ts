/**
 * The strings kube-proxy builds its names and comments from (`pkg/proxy/types.go`, Go's `net.JoinHostPort`).
 */

/** The transport protocols a Service port can use. kube-proxy lower-cases the API's `TCP`/`UDP`/`SCTP`. */
export type ServiceProtocol = 'tcp' | 'udp' | 'sctp';

/** Accepts the API spelling (`TCP`) or kube-proxy's (`tcp`). */
export type ServiceProtocolInput = ServiceProtocol | Uppercase<ServiceProtocol>;

/** Lower-cases a protocol the way kube-proxy does (`strings.ToLower(string(protocol))`). */
export function lowerProtocol(protocol: ServiceProtocolInput): ServiceProtocol {
  return protocol.toLowerCase() as ServiceProtocol;
}

/**
 * `ServicePortName.String()`: `"<namespace>/<name>"`, plus `":<portName>"` only when the port is named. It is
 * both the hash input for chain names and the text of kube-proxy's rule comments, e.g. `kube-system/kube-dns:dns`
 * or `default/nginx` for an unnamed port.
 */
export function servicePortNameString(namespace: string, name: string, portName: string): string {
  return portName === '' ? `${namespace}/${name}` : `${namespace}/${name}:${portName}`;
}

/**
 * Go's `net.JoinHostPort`: `ip:port`, with IPv6 addresses bracketed (`[fd00::1]:80`). kube-proxy hashes this
 * string into KUBE-SEP names and writes it in `--to-destination`, so the bracket rule matters.
 */
export function joinHostPort(ip: string, port: number): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}
