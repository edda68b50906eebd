/**
 * Reading a trace request: `from` names a pod (by name, `ns/name`, `pod/ns/name`, or a workload meaning its
 * first pod by name), a node's host network (`node/<name>`), or an external client (`external`,
 * `external/<name|ip>`); `to` is `ip[:port]`, `svc/<ns>/<name>:<port>`, `name:port` (DNS) or an `http://` URL.
 * Problems come back as message keys, never as exceptions.
 */
import type { Cluster, ClusterNode, PodModel } from '../cluster/types.ts';
import type { MessageParams } from '../diagnostics.ts';
import { isIp } from './addr.ts';
import type { L4Protocol } from './types.ts';

export type Source =
  | { readonly kind: 'pod'; readonly pod: PodModel; readonly node: string }
  | { readonly kind: 'node'; readonly node: ClusterNode }
  | { readonly kind: 'external'; readonly name: string; readonly ip: string };

export type Target =
  | { readonly kind: 'ip'; readonly ip: string; readonly port?: number; readonly service?: string }
  | { readonly kind: 'dns'; readonly name: string; readonly port?: number }
  | { readonly kind: 'url'; readonly host: string; readonly port: number; readonly path: string };

export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly key: string; readonly params: MessageParams };

const fail = <T>(key: string, params: MessageParams): Parsed<T> => ({ ok: false, key, params });

/** The default external client when the Cluster document names none (TEST-NET-3). */
const DEFAULT_EXTERNAL = '203.0.113.7';

function podSource(cluster: Cluster, namespace: string, name: string, text: string): Parsed<Source> {
  const pod =
    cluster.pods.find((p) => p.namespace === namespace && p.name === name) ??
    cluster.pods
      .filter((p) => p.namespace === namespace && p.workload?.name === name)
      .sort((a, b) => (a.name < b.name ? -1 : 1))[0];
  if (pod === undefined) return fail('walk.request.unknownPod', { from: text });
  if (pod.node === undefined || (pod.ip === undefined && !pod.hostNetwork)) {
    return fail('walk.request.podNotRunning', { pod: pod.ref });
  }
  return { ok: true, value: { kind: 'pod', pod, node: pod.node } };
}

export function parseSource(cluster: Cluster, from: string): Parsed<Source> {
  const parts = from.split('/');
  if (parts[0] === 'external') {
    const which = parts.slice(1).join('/');
    const clients = cluster.settings.externalClients;
    const client = which === '' ? clients[0] : clients.find((c) => c.name === which || c.ip === which);
    if (client !== undefined)
      return { ok: true, value: { kind: 'external', name: client.name, ip: client.ip } };
    if (which === '')
      return { ok: true, value: { kind: 'external', name: 'external', ip: DEFAULT_EXTERNAL } };
    if (isIp(which)) return { ok: true, value: { kind: 'external', name: which, ip: which } };
    return fail('walk.request.unknownExternal', { from });
  }
  if (parts[0] === 'node' && parts.length === 2) {
    const node = cluster.nodes.find((n) => n.name === parts[1]);
    return node === undefined
      ? fail('walk.request.unknownNode', { from })
      : { ok: true, value: { kind: 'node', node } };
  }
  if (parts[0] === 'pod' && parts.length === 3)
    return podSource(cluster, parts[1] ?? '', parts[2] ?? '', from);
  if (parts.length === 2) return podSource(cluster, parts[0] ?? '', parts[1] ?? '', from);
  if (parts.length === 1) return podSource(cluster, 'default', from, from);
  return fail('walk.request.unknownPod', { from });
}

function splitPort(text: string): { host: string; port?: number } | undefined {
  const match = /^(.*?)(?::(\d{1,5}))?$/.exec(text);
  if (match === null) return undefined;
  const port = match[2] === undefined ? undefined : Number(match[2]);
  if (port !== undefined && (port < 1 || port > 65535)) return undefined;
  return { host: match[1] ?? '', ...(port === undefined ? {} : { port }) };
}

export function parseTarget(cluster: Cluster, to: string, protocol: L4Protocol): Parsed<Target> {
  const url = /^http:\/\/([^/:]+)(?::(\d+))?(\/.*)?$/.exec(to);
  if (url !== null)
    return {
      ok: true,
      value: { kind: 'url', host: url[1] ?? '', port: Number(url[2] ?? 80), path: url[3] ?? '/' },
    };
  const split = splitPort(to.startsWith('svc/') ? to.slice(4) : to);
  if (split === undefined) return fail('walk.request.badTarget', { to });
  if (split.port === undefined && protocol !== 'icmp') return fail('walk.request.needPort', { to });
  const port = split.port === undefined ? {} : { port: split.port };
  if (to.startsWith('svc/')) {
    const [namespace, name] = split.host.split('/');
    const service = cluster.services.find((s) => s.namespace === namespace && s.name === name);
    if (service === undefined) return fail('walk.request.unknownService', { to });
    if (service.clusterIP !== undefined)
      return { ok: true, value: { kind: 'ip', ip: service.clusterIP, ...port, service: service.ref } };
    const slice = cluster.endpointSlices.find((s) => s.service === service.ref);
    const endpoint = slice?.endpoints.find((e) => e.conditions.ready);
    const address = endpoint?.addresses[0];
    if (address === undefined) return fail('walk.request.noAddress', { to });
    return { ok: true, value: { kind: 'ip', ip: address, ...port, service: service.ref } };
  }
  if (isIp(split.host)) return { ok: true, value: { kind: 'ip', ip: split.host, ...port } };
  if (/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i.test(split.host))
    return { ok: true, value: { kind: 'dns', name: split.host, ...port } };
  return fail('walk.request.badTarget', { to });
}
