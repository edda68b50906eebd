/** The CNI conflist the Cilium agent writes (`05-cilium.conflist`, `cni.exclusive` on by default). */
export const CILIUM_CONFLIST_PATH = '/etc/cni/net.d/05-cilium.conflist';

export const CILIUM_CONFLIST = `{
  "cniVersion": "0.3.1",
  "name": "cilium",
  "plugins": [
    {
       "type": "cilium-cni",
       "enable-debug": false,
       "log-file": "/var/run/cilium/cilium-cni.log"
    }
  ]
}
`;
