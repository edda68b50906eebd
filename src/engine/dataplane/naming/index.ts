/** The real names nodes use: kube-proxy chains (iptables and nftables), CNI interface names, and their hashes. */
export * from './base32.ts';
export * from './servicePort.ts';
export * from './kubeProxyIptables.ts';
export * from './kubeProxyNftables.ts';
export * from './calico.ts';
export * from './cilium.ts';
