/** Transport ports and protocols, validated once at the edge so the rest of the engine can trust them. */

/** A TCP/UDP/SCTP port number 1–65535. Build one with {@link parsePort}. */
export type Port = number & { readonly __brand: 'Port' };

/** The L4 protocols a Service or container port may name (Kubernetes `Protocol`). */
export type Protocol = 'TCP' | 'UDP' | 'SCTP';

export const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];

/** A port from a value of unknown type: an integer 1–65535, else undefined (0 is "unset" in Kubernetes). */
export function parsePort(value: unknown): Port | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535
    ? (value as Port)
    : undefined;
}

/** A protocol from a value of unknown type; Kubernetes spells them upper-case and defaults to TCP. */
export function parseProtocol(value: unknown): Protocol | undefined {
  return value === 'TCP' || value === 'UDP' || value === 'SCTP' ? value : undefined;
}

/** An inclusive port range such as the NodePort range 30000-32767. */
export interface PortRange {
  readonly min: Port;
  readonly max: Port;
}

/** Parse `30000-32767` (kube-apiserver `--service-node-port-range`; a single `N` means N-N). */
export function parsePortRange(text: string): PortRange | undefined {
  const match = /^\s*(\d+)\s*(?:-\s*(\d+))?\s*$/.exec(text);
  if (match === null) return undefined;
  const min = parsePort(Number(match[1]));
  const max = parsePort(Number(match[2] ?? match[1]));
  if (min === undefined || max === undefined || max < min) return undefined;
  return { min, max };
}

export function portInRange(port: Port, range: PortRange): boolean {
  return port >= range.min && port <= range.max;
}
