/** Test helpers: a cluster from a scenario folder (its YAML files), and a trace through it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, createDataplane } from '../index.ts';
import { trace } from './trace.ts';
import type { L4Protocol, Step, Trace } from './types.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

export function loadFolder(relative: string): ReturnType<typeof analyze>['cluster'] {
  const dir = join(ROOT, relative);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  return analyze(files).cluster;
}

/** A scenario folder's cluster with the Cluster document's CNI and kube-proxy mode switched. */
export function loadVariant(
  relative: string,
  cni: string,
  cniMode: string,
  proxyMode: string,
): ReturnType<typeof analyze>['cluster'] {
  const dir = join(ROOT, relative);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8')
        .replace(/cni:\n(\s+)plugin: \S+\n\s+mode: \S+/, `cni:\n$1plugin: ${cni}\n$1mode: ${cniMode}`)
        .replace(/kubeProxy:\n(\s+)mode: \S+/, `kubeProxy:\n$1mode: ${proxyMode}`);
      return { name, text };
    });
  return analyze(files).cluster;
}

export function walkIn(
  folder: string,
  from: string,
  to: string,
  protocol: L4Protocol = 'tcp',
  seed = 1,
): Trace {
  const cluster = loadFolder(folder);
  return trace(cluster, createDataplane(cluster), { from, to, protocol, seed });
}

/** The steps of a kind, in order. */
export function stepsOf(steps: readonly Step[], kind: Step['kind']): readonly Step[] {
  return steps.filter((s) => s.kind === kind);
}
