/** Reading a model object's provenance. */
import type { ObjectOrigin } from '../manifest/types.ts';
import type { Provenance } from './types.ts';

/**
 * The place in the manifests to jump to for a model object: the object itself, or the object a controller
 * made it from (a Deployment for its pods), or the object that referenced it (an implied namespace).
 * Undefined for what packetwalk added on its own (CoreDNS, the seed nodes).
 */
export function originOf(p: Provenance): ObjectOrigin | undefined {
  switch (p.from) {
    case 'manifest':
    case 'controller':
    case 'implied':
      return p.origin;
    case 'system':
      return undefined;
    default:
      return exhaustive(p);
  }
}

function exhaustive(value: never): never {
  throw new Error(`unhandled provenance ${JSON.stringify(value)}`);
}
