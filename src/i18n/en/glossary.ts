/** The glossary: a short definition for each term the walk uses (ids in components/glossary/terms.ts). */
export const glossary = {
  'glossary.title': 'Glossary',
  'glossary.open': 'What is {term}?',
  'glossary.close': 'Close the definition (Esc)',
  'glossary.veth.term': 'veth pair',
  'glossary.veth.text':
    'A virtual Ethernet cable with two ends: what goes in one end comes out of the other. The CNI puts one end in the pod (its eth0) and leaves the other on the host, so packets can leave the pod’s namespace.',
  'glossary.bridge.term': 'Linux bridge',
  'glossary.bridge.text':
    'A software switch in the kernel (cni0, docker0). It learns which MAC lives behind which port (its FDB) and forwards frames between the host ends of the pods’ veths; frames addressed to the bridge itself go up to the host’s IP layer.',
  'glossary.netns.term': 'network namespace (netns)',
  'glossary.netns.text':
    'A separate copy of the network stack: its own interfaces, addresses, routes and iptables. Every pod has one; the node’s own is the host namespace. Crossing a veth is how a packet moves between them.',
  'glossary.conntrack.term': 'conntrack',
  'glossary.conntrack.text':
    'The kernel’s connection tracker. It records each connection’s original and reply addresses, decides NAT once for the first packet, and then rewrites every later packet, and the replies, the same way. `conntrack -L` lists the entries.',
  'glossary.dnat.term': 'DNAT',
  'glossary.dnat.text':
    'Destination NAT: rewriting a packet’s destination address (and port). kube-proxy uses it to turn a Service’s virtual IP into a chosen pod’s IP; conntrack undoes it on the reply so the client still sees the Service address.',
  'glossary.snat.term': 'SNAT',
  'glossary.snat.text':
    'Source NAT: rewriting a packet’s source address (and port), so replies come back to the translating node. Undone by conntrack on the reply.',
  'glossary.masquerade.term': 'MASQUERADE',
  'glossary.masquerade.text':
    'SNAT to the address of the interface the packet leaves by, chosen at the time. kube-proxy masquerades traffic marked 0x4000 (KUBE-MARK-MASQ), for example hairpin or NodePort traffic, so the reply returns through the same node.',
  'glossary.hook.term': 'netfilter hook',
  'glossary.hook.text':
    'Five points in the kernel’s path where iptables, nftables and IPVS run: PREROUTING (just arrived), INPUT (for this host), FORWARD (passing through), OUTPUT (sent by this host) and POSTROUTING (about to leave).',
  'glossary.chain.term': 'iptables chain',
  'glossary.chain.text':
    'An ordered list of rules in a table (nat, filter, mangle, raw). The built-in chains sit at the hooks and have a policy that applies when no rule decides; user chains like KUBE-SERVICES are entered by a jump and return when they run out.',
  'glossary.kube-services.term': 'KUBE-SERVICES',
  'glossary.kube-services.text':
    'kube-proxy’s entry chain in the nat table: one rule per Service port, matching the ClusterIP (and external IPs) and jumping to that Service’s KUBE-SVC chain.',
  'glossary.kube-svc.term': 'KUBE-SVC-… chain',
  'glossary.kube-svc.text':
    'One chain per Service port. It picks a backend: one rule per endpoint, each with `-m statistic --mode random --probability`, so every endpoint is equally likely, then jumps to that endpoint’s KUBE-SEP chain.',
  'glossary.kube-sep.term': 'KUBE-SEP-… chain',
  'glossary.kube-sep.text':
    'One chain per Service endpoint: it marks hairpin traffic for masquerade and DNATs the packet to the pod’s IP and port.',
  'glossary.ipvs.term': 'IPVS',
  'glossary.ipvs.text':
    'The kernel’s layer-4 load balancer. In IPVS mode kube-proxy adds every Service IP to the dummy device kube-ipvs0 and creates a virtual server with the pods as real servers; a hash lookup replaces long iptables chains. `ipvsadm -Ln` shows them.',
  'glossary.nftables.term': 'nftables',
  'glossary.nftables.text':
    'The successor of iptables in the kernel: tables of chains with sets and verdict maps. kube-proxy’s nftables mode puts all Services in one map lookup in the `ip kube-proxy` table.',
  'glossary.vxlan.term': 'VXLAN',
  'glossary.vxlan.text':
    'An overlay: the pod’s whole Ethernet frame is wrapped in UDP (port 8472 for Flannel, 4789 by the standard) and sent between node IPs, so the node network never sees pod addresses. The extra 50 bytes are why the pod MTU is smaller.',
  'glossary.vni.term': 'VNI',
  'glossary.vni.text':
    'VXLAN Network Identifier: a 24-bit number in the VXLAN header that says which overlay a frame belongs to (Flannel uses 1, Calico 4096). Both ends must agree on it.',
  'glossary.ipip.term': 'IP-in-IP (IPIP)',
  'glossary.ipip.text':
    'An overlay that puts the pod’s IP packet inside another IP packet between node addresses (IP protocol 4), 20 bytes of overhead. Calico uses it through tunl0.',
  'glossary.bgp.term': 'BGP',
  'glossary.bgp.text':
    'The routing protocol Calico uses to tell each node which pod subnets live behind which other node, so pod traffic can be routed without any encapsulation.',
  'glossary.ebpf.term': 'eBPF',
  'glossary.ebpf.text':
    'Small verified programs the kernel runs at hooks such as tc on a device or connect() on a socket. Cilium does service load balancing, policy and routing with them instead of iptables.',
  'glossary.clusterip.term': 'ClusterIP',
  'glossary.clusterip.text':
    'A Service’s virtual IP. No interface owns it and no packet is ever delivered to it: rules on every node (iptables, IPVS, nftables or eBPF) rewrite it to a backend pod’s IP as the packet passes.',
  'glossary.nodeport.term': 'NodePort',
  'glossary.nodeport.text':
    'A port (30000–32767 by default) opened on every node’s addresses for a Service: traffic to any node at that port is DNATed to a backend, possibly on another node.',
  'glossary.loadbalancer.term': 'LoadBalancer Service',
  'glossary.loadbalancer.text':
    'A Service the cloud exposes with an external load balancer, which spreads traffic over the nodes’ NodePorts (or straight to the Service’s external IP on the nodes).',
  'glossary.etp.term': 'externalTrafficPolicy',
  'glossary.etp.text':
    '`Cluster` (default) lets a node forward external traffic to a backend anywhere, masquerading it so the client’s IP is lost; `Local` only uses backends on the receiving node and keeps the client’s IP, and nodes without one fail the health check.',
  'glossary.endpointslice.term': 'EndpointSlice',
  'glossary.endpointslice.text':
    'The list of a Service’s ready backends (pod IPs and ports), kept up to date by Kubernetes from the Service’s selector. kube-proxy builds its rules from it: no endpoints, no backend.',
  'glossary.coredns.term': 'CoreDNS',
  'glossary.coredns.text':
    'The cluster’s DNS server, reached through the kube-dns Service. It answers <service>.<namespace>.svc.cluster.local with the ClusterIP and forwards other names upstream.',
  'glossary.ndots.term': 'ndots',
  'glossary.ndots.text':
    'A resolv.conf option (5 in pods): a name with fewer dots than this is tried with each search domain first, so `web` becomes web.default.svc.cluster.local, and an outside name may cost several NXDOMAIN queries before the real one.',
  'glossary.search-path.term': 'search path',
  'glossary.search-path.text':
    'The domains resolv.conf appends to short names, in order: for a pod in `default`, default.svc.cluster.local, svc.cluster.local, cluster.local. That is why a bare Service name resolves.',
  'glossary.networkpolicy.term': 'NetworkPolicy',
  'glossary.networkpolicy.text':
    'Firewall rules for pods, selected by labels. Once a policy selects a pod for ingress or egress, only the traffic some policy allows gets through; the CNI (Calico, Cilium…) enforces them, and some CNIs, like plain Flannel, do not.',
  'glossary.mtu.term': 'MTU',
  'glossary.mtu.text':
    'The largest packet a link carries. Tunnels add headers (VXLAN 50 bytes, IPIP 20), so pod interfaces get a smaller MTU than the node’s, or large packets would not fit.',
  'glossary.arp.term': 'ARP and the neighbour table',
  'glossary.arp.text':
    'Before sending on Ethernet, the kernel needs the next hop’s MAC address: it asks with ARP and caches the answer in the neighbour table (`ip neigh`). With proxy_arp an interface answers for addresses it does not own.',
} as const;
