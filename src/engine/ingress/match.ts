/**
 * nginx server and location selection as ingress-nginx configures it. Servers: exact `server_name`, then
 * `*.domain` (ingress-nginx renders it as `~^(?<subdomain>[\w-]+)\.domain$`: one label), then the catch-all
 * `_` server that rules without a host join. Locations (without regex mode): an Exact path is `location =`;
 * a Prefix path matches element-wise on `/` (ingress-nginx adds `= /foo` and `/foo/` for Prefix `/foo`);
 * ImplementationSpecific is nginx's plain prefix location (character-wise: `/foo` matches `/foobar`); an
 * exact match wins, else the longest path. In regex mode every path becomes `~* "^<path>"` (Exact too),
 * tried longest first — ingress-nginx sorts locations by path length — and the first match wins.
 * Paths are JavaScript regular expressions here, which agree with nginx's PCRE for ordinary patterns.
 */
import type { IngressModel, IngressPathModel } from '../cluster/types.ts';
import type { HostMatch, PathMatch } from './types.ts';

/** One `location` of a server: a path of a rule of an Ingress. */
export interface Location {
  readonly ingress: IngressModel;
  readonly ruleIndex: number;
  readonly pathIndex: number;
  readonly path: IngressPathModel;
}

/** The nginx server the Host header selected: its locations and the Ingresses that created it. */
export interface Server {
  readonly hostMatch: HostMatch;
  /** The rule host (`*.example.com` for a wildcard); undefined for the catch-all server. */
  readonly name?: string;
  readonly locations: readonly Location[];
}

/** The Host header without port, lowercase, no trailing dot. */
export function normalizeHost(host: string): string {
  const bare = host.trim().toLowerCase().replace(/:\d+$/, '');
  return bare.endsWith('.') ? bare.slice(0, -1) : bare;
}

/** `*.example.com` matches exactly one label before `example.com`. */
export function wildcardMatches(pattern: string, host: string): boolean {
  if (!pattern.startsWith('*.')) return false;
  const suffix = pattern.slice(1).toLowerCase();
  if (!host.endsWith(suffix)) return false;
  return /^[\w-]+$/.test(host.slice(0, -suffix.length));
}

function locationsFor(ingresses: readonly IngressModel[], wanted: (host: string | undefined) => boolean) {
  const out: Location[] = [];
  const seen = new Set<string>();
  for (const ingress of ingresses)
    for (const [ruleIndex, rule] of ingress.rules.entries()) {
      if (!wanted(rule.host?.toLowerCase())) continue;
      for (const [pathIndex, path] of rule.paths.entries()) {
        // The same path twice for one host: the first Ingress keeps it (ingress-nginx logs a conflict).
        const key = `${path.pathType} ${path.path}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ ingress, ruleIndex, pathIndex, path });
      }
    }
  return out;
}

/** The server for `host` among the served Ingresses (in their order), or the catch-all server. */
export function selectServer(ingresses: readonly IngressModel[], host: string): Server {
  const hosts = ingresses.flatMap((i) =>
    i.rules.flatMap((r) => (r.host === undefined ? [] : [r.host.toLowerCase()])),
  );
  if (hosts.includes(host))
    return { hostMatch: 'exact', name: host, locations: locationsFor(ingresses, (h) => h === host) };
  const wildcard = hosts.find((h) => wildcardMatches(h, host));
  if (wildcard !== undefined)
    return {
      hostMatch: 'wildcard',
      name: wildcard,
      locations: locationsFor(ingresses, (h) => h === wildcard),
    };
  return { hostMatch: 'any', locations: locationsFor(ingresses, (h) => h === undefined) };
}

/** Prefix: element-wise on `/`, a trailing slash in the rule ignored; `/` matches everything. */
function prefixMatches(rulePath: string, uri: string): boolean {
  const p = rulePath.replace(/\/+$/, '');
  if (p === '') return true;
  return uri === p || uri.startsWith(`${p}/`);
}

function regexMatches(rulePath: string, uri: string): boolean {
  try {
    return new RegExp(`^${rulePath}`, 'i').test(uri);
  } catch {
    // An invalid pattern makes nginx reject the whole configuration; here the location just never matches.
    return false;
  }
}

export interface LocationMatch {
  readonly location: Location;
  readonly pathMatch: PathMatch;
}

/** The location nginx picks for `uri` (the path without the query), or undefined. */
export function selectLocation(
  locations: readonly Location[],
  uri: string,
  regexMode: boolean,
): LocationMatch | undefined {
  if (regexMode) {
    const ordered = [...locations].sort((a, b) => b.path.path.length - a.path.path.length);
    const hit = ordered.find((l) => regexMatches(l.path.path, uri));
    return hit === undefined ? undefined : { location: hit, pathMatch: 'regex' };
  }
  const exact = locations.find(
    (l) => (l.path.pathType === 'Exact' || l.path.pathType === 'Prefix') && l.path.path === uri,
  );
  if (exact !== undefined) return { location: exact, pathMatch: exact.path.pathType };
  let best: Location | undefined;
  for (const l of locations) {
    // A missing pathType (the API server would reject it) is read as ImplementationSpecific.
    const hit =
      l.path.pathType === 'Prefix'
        ? prefixMatches(l.path.path, uri)
        : l.path.pathType !== 'Exact' && uri.startsWith(l.path.path);
    if (hit && (best === undefined || l.path.path.length > best.path.path.length)) best = l;
  }
  if (best === undefined) return undefined;
  // `as` widens the model's type to what YAML can actually hold: pathType left out.
  const pathType = best.path.pathType as PathMatch | undefined;
  return { location: best, pathMatch: pathType ?? 'ImplementationSpecific' };
}
