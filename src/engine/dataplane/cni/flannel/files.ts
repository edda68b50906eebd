/**
 * The files flannel leaves on a node: `/run/flannel/subnet.env` (written by `WriteSubnetFile`, read by the
 * flannel CNI plugin on every pod ADD) and the CNI conflist from the kube-flannel-cfg ConfigMap.
 */
import type { Cidr } from '../../../net/cidr.ts';
import type { IPv4 } from '../../../net/ipv4.ts';

export const SUBNET_ENV_PATH = '/run/flannel/subnet.env';
export const FLANNEL_CONFLIST_PATH = '/etc/cni/net.d/10-flannel.conflist';

/** FLANNEL_SUBNET carries the first usable address (the bridge's), not the network address. */
export function subnetEnv(
  network: Cidr,
  gateway: IPv4,
  prefix: number,
  mtu: number,
  ipMasq: boolean,
): string {
  return [
    `FLANNEL_NETWORK=${network}`,
    `FLANNEL_SUBNET=${gateway}/${prefix}`,
    `FLANNEL_MTU=${mtu}`,
    `FLANNEL_IPMASQ=${String(ipMasq)}`,
    '',
  ].join('\n');
}

/** `cni-conf.json` of the default kube-flannel.yml: bridge `cbr0` delegate with hairpin and default gateway. */
export const FLANNEL_CONFLIST = `{
  "name": "cbr0",
  "cniVersion": "0.3.1",
  "plugins": [
    {
      "type": "flannel",
      "delegate": {
        "hairpinMode": true,
        "isDefaultGateway": true
      }
    },
    {
      "type": "portmap",
      "capabilities": {
        "portMappings": true
      }
    }
  ]
}
`;
