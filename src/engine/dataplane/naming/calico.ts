/**
 * Calico's host-side veth name (libcalico-go `VethNameForWorkload`, REFERENCE.md §5). Felix matches `-i`/`-o`
 * on these names and names its per-endpoint chains after them (`cali-tw-cali95aa86cbb2a`).
 */
import { sha1Hex } from './hash.ts';

/**
 * `<prefix>` + first 11 hex characters of sha1(`<namespace>.<pod>`): 15 characters with the default `cali`,
 * the kernel's IFNAMSIZ limit. `interfacePrefix` mirrors FELIX_INTERFACEPREFIX, where the first entry of a
 * comma-separated list is used.
 */
export function calicoInterfaceName(namespace: string, pod: string, interfacePrefix = 'cali'): string {
  const prefix = interfacePrefix.split(',')[0] || 'cali';
  return prefix + sha1Hex(`${namespace}.${pod}`).slice(0, 11);
}
