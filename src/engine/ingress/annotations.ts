/**
 * The ingress-nginx annotations routing depends on, read from `IngressModel.annotations`.
 */
import type { Labels } from '../cluster/types.ts';

const PREFIX = 'nginx.ingress.kubernetes.io/';
export const USE_REGEX = `${PREFIX}use-regex`;
export const REWRITE_TARGET = `${PREFIX}rewrite-target`;
export const SSL_REDIRECT = `${PREFIX}ssl-redirect`;

/**
 * ingress-nginx's rule: "if the use-regex OR rewrite-target annotation is used on any Ingress for a given
 * host, then the case insensitive regular expression location modifier will be enforced on ALL paths for a
 * given host regardless of what Ingress they are defined on."
 */
export function forcesRegex(annotations: Labels | undefined): boolean {
  return annotations?.[USE_REGEX] === 'true' || annotations?.[REWRITE_TARGET] !== undefined;
}

/**
 * nginx's `rewrite "(?i)<path>" <target> break;` as ingress-nginx writes it: when the (unanchored) location
 * regex matches, the whole URI becomes the target with `$1`…`$9` filled from the capture groups.
 */
export function rewritePath(uri: string, locationPath: string, target: string | undefined): string {
  if (target === undefined) return uri;
  let match: RegExpExecArray | null;
  try {
    match = new RegExp(locationPath, 'i').exec(uri);
  } catch {
    return uri;
  }
  if (match === null) return uri;
  const groups = match;
  return target.replace(/\$(\d)/g, (_whole, n: string) => groups[Number(n)] ?? '');
}
