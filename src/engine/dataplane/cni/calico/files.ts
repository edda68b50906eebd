/**
 * The CNI conflists Calico and Canal install (`cni_network_config` of calico.yaml / canal.yaml, with the node
 * name and MTU substituted). Calico's IPAM hands out block addresses; Canal's uses host-local on the node's
 * podCIDR.
 */
export const CALICO_CONFLIST_PATH = '/etc/cni/net.d/10-calico.conflist';
export const CANAL_CONFLIST_PATH = '/etc/cni/net.d/10-canal.conflist';

function conflist(node: string, mtu: number, ipam: string): string {
  return `{
  "name": "k8s-pod-network",
  "cniVersion": "0.3.1",
  "plugins": [
    {
      "type": "calico",
      "log_level": "info",
      "log_file_path": "/var/log/calico/cni/cni.log",
      "datastore_type": "kubernetes",
      "nodename": "${node}",
      "mtu": ${mtu},
      "ipam": ${ipam},
      "policy": {
        "type": "k8s"
      },
      "kubernetes": {
        "kubeconfig": "/etc/cni/net.d/calico-kubeconfig"
      }
    },
    {
      "type": "portmap",
      "snat": true,
      "capabilities": {
        "portMappings": true
      }
    },
    {
      "type": "bandwidth",
      "capabilities": {
        "bandwidth": true
      }
    }
  ]
}
`;
}

export function calicoConflist(node: string, mtu: number): string {
  return conflist(node, mtu, '{\n        "type": "calico-ipam"\n      }');
}

export function canalConflist(node: string, mtu: number): string {
  return conflist(node, mtu, '{\n        "type": "host-local",\n        "subnet": "usePodCidr"\n      }');
}
