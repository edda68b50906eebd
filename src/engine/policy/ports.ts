/**
 * NetworkPolicy port entries (§7.1.6): protocol defaults to TCP; `port` is a number (optionally with
 * `endPort`) or a named port resolved against the destination pod's container ports; an entry with only a
 * protocol admits every port of it. Entries the API server would reject are kept as `invalid`, because a CNI
 * that meets one drops the whole rule (Calico's converter does), and so must we.
 */
import type { PodModel, Protocol } from '../cluster/types.ts';
import { assertNever } from '../dataplane/netfilter/assertNever.ts';
import type { PolicyPort } from './spec.ts';
import type { PolicyProtocol } from './types.ts';

export type NormalizedPort =
  /** `{protocol: UDP}` or `{}`: every port of the protocol. */
  | { readonly kind: 'any-port'; readonly protocol: Protocol }
  /** A number, or `port`..`endPort`. */
  | { readonly kind: 'range'; readonly protocol: Protocol; readonly first: number; readonly last: number }
  /** A container port name, resolved per destination pod. */
  | { readonly kind: 'named'; readonly protocol: Protocol; readonly name: string }
  /** `endPort` with a named or missing port, `endPort < port`, or a port outside 1–65535. */
  | { readonly kind: 'invalid'; readonly protocol: Protocol };

const validPort = (value: number): boolean => Number.isInteger(value) && value >= 1 && value <= 65535;

export function normalizePort(entry: PolicyPort): NormalizedPort {
  const protocol: Protocol = entry.protocol ?? 'TCP';
  const { port, endPort } = entry;
  if (port === undefined) {
    return endPort === undefined ? { kind: 'any-port', protocol } : { kind: 'invalid', protocol };
  }
  if (typeof port === 'string') {
    // An all-digit string is how some YAML writers quote a number; the API would store it as a name, but a
    // name must contain a letter (IANA_SVC_NAME), so it is only ever meant as the number.
    if (/^\d+$/.test(port)) return normalizePort({ ...entry, port: Number(port) });
    return endPort === undefined && port !== ''
      ? { kind: 'named', protocol, name: port }
      : { kind: 'invalid', protocol };
  }
  const last = endPort ?? port;
  if (!validPort(port) || !validPort(last) || last < port) return { kind: 'invalid', protocol };
  return { kind: 'range', protocol, first: port, last };
}

/**
 * `podutil.FindPort` for a NetworkPolicy: the container port called `name` with the same protocol, from the
 * first container that declares it.
 */
export function resolveNamedPort(pod: PodModel, name: string, protocol: Protocol): number | undefined {
  for (const container of pod.containers) {
    for (const port of container.ports) {
      if (port.name === name && port.protocol === protocol) return port.containerPort;
    }
  }
  return undefined;
}

/**
 * Whether one port entry admits a packet of `protocol` to destination port `port`. A named port only
 * matches when the destination is a pod that declares it — which is why Calico renders named ports as
 * (IP, port) ipsets of pods, and an external address never matches one.
 */
export function portAdmits(
  entry: NormalizedPort,
  protocol: PolicyProtocol,
  port: number | undefined,
  dstPod: PodModel | undefined,
): boolean {
  if (entry.protocol !== protocol) return false;
  switch (entry.kind) {
    case 'any-port':
      return true;
    case 'range':
      return port !== undefined && port >= entry.first && port <= entry.last;
    case 'named': {
      if (dstPod === undefined || port === undefined) return false;
      return resolveNamedPort(dstPod, entry.name, entry.protocol) === port;
    }
    case 'invalid':
      return false;
    default:
      return assertNever(entry);
  }
}

/** Whether any entry of the rule is invalid: the whole rule then admits nothing (see the file comment). */
export function ruleHasInvalidPort(ports: readonly PolicyPort[]): boolean {
  return ports.some((entry) => normalizePort(entry).kind === 'invalid');
}
