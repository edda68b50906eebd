/**
 * What the pickers suggest, from the cluster: sources (pods, workloads' pods by name, nodes, external
 * clients) and destinations (Services by short name, by DNS name and as svc/<ns>/<name>:<port>, NodePorts
 * and external/load-balancer IPs, pod IP:port, and Ingress URLs through the controller).
 */
import type { Cluster } from '../../engine/cluster/types.ts';

const unique = (values: readonly string[]): string[] => [...new Set(values)];

export function sourceSuggestions(cluster: Cluster): string[] {
  const out = cluster.pods
    .filter((p) => !p.hostNetwork)
    .map((p) => (p.namespace === 'default' ? p.name : p.ref));
  for (const n of cluster.nodes) out.push(`node/${n.name}`);
  out.push('external', ...cluster.settings.externalClients.map((c) => `external/${c.ip}`));
  return unique(out);
}

/** `http://host/path` for every host and path an Ingress routes (rules without a host are left out). */
export function ingressUrls(cluster: Cluster): string[] {
  const out: string[] = [];
  for (const ingress of cluster.ingresses) {
    for (const rule of ingress.rules) {
      if (rule.host === undefined || rule.host.includes('*')) continue;
      const paths = rule.paths.length === 0 ? [{ path: '/' }] : rule.paths;
      for (const p of paths) out.push(`http://${rule.host}${p.path.startsWith('/') ? p.path : `/${p.path}`}`);
    }
  }
  return unique(out);
}

export function destinationSuggestions(cluster: Cluster): string[] {
  const out: string[] = [];
  const domain = cluster.settings.clusterDomain.replace(/\.$/, '');
  for (const s of cluster.services) {
    for (const p of s.ports) {
      out.push(`${s.namespace === 'default' ? s.name : `${s.name}.${s.namespace}`}:${p.port}`);
      out.push(`${s.name}.${s.namespace}.svc.${domain}:${p.port}`);
      out.push(`svc/${s.ref}:${p.port}`);
      for (const ip of [...s.externalIPs, ...s.loadBalancerIPs]) out.push(`${ip}:${p.port}`);
      if (p.nodePort !== undefined) for (const n of cluster.nodes) out.push(`${n.internalIP}:${p.nodePort}`);
    }
  }
  for (const p of cluster.pods) {
    for (const c of p.containers)
      for (const port of c.ports) if (p.ip) out.push(`${p.ip}:${port.containerPort}`);
  }
  out.push(...ingressUrls(cluster));
  return unique(out);
}
