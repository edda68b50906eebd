/** Helpers for the cluster tests: build a cluster from YAML text, pick out diagnostics and objects. */
import type { Diagnostic } from '../diagnostics.ts';
import { loadManifests } from '../manifest/load.ts';
import { buildCluster } from './build.ts';
import type { Cluster, PodModel, ServiceModel } from './types.ts';

/** Build from one YAML text (file `a.yaml`) or several named files. */
export function build(yaml: string | Readonly<Record<string, string>>): Cluster {
  const files =
    typeof yaml === 'string'
      ? [{ name: 'a.yaml', text: yaml }]
      : Object.entries(yaml).map(([name, text]) => ({ name, text }));
  return buildCluster(loadManifests(files));
}

export function diagnostics(cluster: Cluster, code: string): readonly Diagnostic[] {
  return cluster.diagnostics.filter((d) => d.code === code);
}

export function codes(cluster: Cluster): string[] {
  return cluster.diagnostics.map((d) => d.code);
}

export function podsOf(cluster: Cluster, namespace: string, prefix: string): readonly PodModel[] {
  return cluster.pods.filter((p) => p.namespace === namespace && p.name.startsWith(prefix));
}

export function service(cluster: Cluster, ref: string): ServiceModel {
  const s = cluster.services.find((x) => x.ref === ref);
  if (s === undefined) throw new Error(`no service ${ref}`);
  return s;
}

export function pod(cluster: Cluster, ref: string): PodModel {
  const p = cluster.pods.find((x) => x.ref === ref);
  if (p === undefined) throw new Error(`no pod ${ref}`);
  return p;
}

/** Ready `ip:port` endpoints of a Service, in slice order. */
export function endpointsOf(cluster: Cluster, ref: string): string[] {
  return cluster.endpointSlices
    .filter((s) => s.service === ref)
    .flatMap((s) =>
      s.endpoints
        .filter((e) => e.conditions.ready)
        .flatMap((e) => e.addresses.flatMap((ip) => s.ports.map((p) => `${ip}:${p.port}/${p.protocol}`))),
    );
}

/** A Deployment with the given name, labels, replicas and container ports, as YAML. */
export function deployment(
  name: string,
  opts: {
    replicas?: number;
    labels?: Record<string, string>;
    ports?: string;
    namespace?: string;
    extraSpec?: string;
  } = {},
): string {
  const labels = opts.labels ?? { app: name };
  const labelYaml = Object.entries(labels)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
  return `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}${opts.namespace === undefined ? '' : `, namespace: ${opts.namespace}`}}
spec:
  replicas: ${opts.replicas ?? 1}
  selector: {matchLabels: {${labelYaml}}}
  template:
    metadata: {labels: {${labelYaml}}}
    spec:
${opts.extraSpec ?? ''}      containers:
      - name: app
        image: nginx
        ports: ${opts.ports ?? '[{containerPort: 80}]'}
`;
}
