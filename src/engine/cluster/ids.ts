/** Constructors for the model's branded ids: the only way to make a NodeName, PodRef or ServiceRef. */
import type { NodeName, PodRef, ServiceRef } from './types.ts';

/** RFC 1123 subdomain: what a node name (and a Pod or Deployment name) may be. */
const DNS_SUBDOMAIN = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export function isDnsSubdomain(text: string): boolean {
  return DNS_SUBDOMAIN.test(text);
}

/** A node name, or undefined if it is not a valid RFC 1123 subdomain. */
export function toNodeName(text: string): NodeName | undefined {
  return isDnsSubdomain(text) ? (text as NodeName) : undefined;
}

function ref(namespace: string, name: string): string | undefined {
  return namespace !== '' && name !== '' && !namespace.includes('/') && !name.includes('/')
    ? `${namespace}/${name}`
    : undefined;
}

/** `<namespace>/<name>`, or undefined if either part is empty or contains a slash. */
export function toPodRef(namespace: string, name: string): PodRef | undefined {
  return ref(namespace, name) as PodRef | undefined;
}

export function toServiceRef(namespace: string, name: string): ServiceRef | undefined {
  return ref(namespace, name) as ServiceRef | undefined;
}

/** Split a ref back into its parts. */
export function splitRef(r: PodRef | ServiceRef): { readonly namespace: string; readonly name: string } {
  const slash = r.indexOf('/');
  return { namespace: r.slice(0, slash), name: r.slice(slash + 1) };
}
