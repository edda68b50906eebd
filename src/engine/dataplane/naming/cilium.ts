/**
 * Cilium's host-side veth name (`pkg/datapath/connector` `Endpoint2IfName`, REFERENCE.md §6).
 */
import { sha256Hex } from './hash.ts';

/** IFNAMSIZ (16) − len("tmp") − 1: room left for the hash after cilium's temporary-name prefix. */
const TRUNCATE_LENGTH = 16 - 'tmp'.length - 1;

/**
 * `lxc` + first 12 hex characters of sha256(`endpointId`).
 *
 * ASSUMPTION (REFERENCE.md §9 item 4, UNCONFIRMED): which ID string cilium-cni passes in (the container ID is
 * the likely one) has not been pinned to a primary source. The hashing itself is upstream's.
 */
export function ciliumLxcName(endpointId: string): string {
  return `lxc${sha256Hex(endpointId).slice(0, TRUNCATE_LENGTH)}`;
}

/** The health-check endpoint's interface, which is not hashed. */
export const CILIUM_HEALTH_INTERFACE = 'lxc_health';
