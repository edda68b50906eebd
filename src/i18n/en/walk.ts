/** Walk explanations, keyed `walk.<step kind>.<variant>`, plus trace summaries and request problems. */
export const walk = {
  'walk.socket-send.connect':
    'The application opens a {protocol} connection to {dst}; the route lookup sends it out {dev} with source address {src}',
  'walk.socket-send.reset':
    'Nothing listens on the port, so the TCP stack answers the SYN with a RST from {src} to {dst} out {dev}',
  'walk.socket-send.icmpError':
    "The kernel answers with an ICMP port unreachable from {src} to {dst} out {dev}, quoting the rejected packet's header so conntrack and the client can tell which connection it is about",
  'walk.socket-send.reply': 'The server answers: its socket sends the reply from {src} to {dst} out {dev}',
  'walk.socket-send.external':
    'The external host {host} ({src}) sends a {protocol} packet to {dst} through its router',
  'walk.socket-send.externalReply': 'The external host {host} answers {dst} from {src}',
  'walk.neighbour.table': 'The neighbour table already knows {ip} on {dev}: the frame goes to {mac}',
  'walk.neighbour.arp': 'ARP for {ip} on {dev}: its owner answers with {mac}',
  'walk.neighbour.proxy-arp':
    'ARP for {ip} on {dev}: nobody owns that address, but the other end has proxy_arp on and answers with its own MAC {mac}',
  'walk.neighbour.noarp': '{dev} needs no link-layer address',
  'walk.neighbour.failed':
    'Nobody answers ARP for {ip} on {dev}: the packet cannot be sent (host unreachable)',
  'walk.veth.cross': 'The packet leaves {from} and comes out of its veth peer {to} (namespace {netns})',
  'walk.bridge.toHost':
    "The frame is addressed to the bridge {bridge}'s own MAC, so the bridge hands it up to the host's IP layer",
  'walk.bridge.forward':
    'The bridge {bridge} looks up {mac} in its forwarding database and sends the frame out {port}',
  'walk.bridge.flood': 'The bridge {bridge} has no FDB entry for {mac}; flooding finds it behind {port}',
  'walk.conntrack.new':
    'conntrack on {node} sees a new connection {src} → {dst} and creates an entry; the nat table decides its NAT now, once',
  'walk.conntrack.reverseNat':
    "conntrack on {node} recognises the reply and undoes the connection's NAT at {hook}: the packet is now {src} → {dst}",
  'walk.conntrack.sameNat':
    "conntrack on {node} applies the connection's existing NAT at {hook}: {src} → {dst}",
  'walk.netfilter.accept': '{hook}, {table} table: {chain} accepts the packet (path {path})',
  'walk.netfilter.drop': '{hook}, {table} table: {chain} drops the packet (path {path})',
  'walk.netfilter.reject':
    '{hook}, {table} table: {chain} rejects the packet and answers with an ICMP error (path {path})',
  'walk.netfilter.dnat': '{hook}, {table} table: {chain} rewrites the destination (DNAT) (path {path})',
  'walk.netfilter.snat': '{hook}, {table} table: {chain} rewrites the source (SNAT) (path {path})',
  'walk.netfilter.masquerade':
    "{hook}, {table} table: {chain} masquerades: the source becomes the outgoing interface's address (path {path})",
  'walk.netfilter.policyDrop':
    '{hook}, {table} table: no rule accepts the packet and the chain policy is DROP',
  'walk.netfilter.fallThrough':
    '{hook}, {table} table: no rule decides, so the chain policy ACCEPT lets the packet on',
  'walk.netfilter.policyDefaultDrop':
    "{hook}, {table} table: the packet went through {policyChain} and no NetworkPolicy rule there accepted it, so the DROP in {chain} after it applies (the policy agent's default deny)",
  'walk.netfilter.policyNotEnforced':
    '{hook}, {table} table: {chain} lets the packet through. NetworkPolicies exist, but {cni} does not enforce them: no rule here looks at them',
  'walk.netfilter.outerAccept':
    "{hook}, {table} table: the tunnel's outer packet {outerSrc} → {outerDst} ({protocol}) is accepted by {chain} (path {path})",
  'walk.netfilter.outerDrop':
    "{hook}, {table} table: the tunnel's outer packet {outerSrc} → {outerDst} ({protocol}) is dropped by {chain}, so the inner packet never reaches the tunnel device (path {path})",
  'walk.netfilter.outerNat':
    "{hook}, {table} table: a NAT rule in {chain} matches the tunnel's outer packet {outerSrc} → {outerDst} ({protocol}) (path {path})",
  'walk.route.local': 'Routing: {dst} is a local address, so the packet is delivered in this namespace',
  'walk.route.broadcast': 'Routing: {dst} is a broadcast address here',
  'walk.route.unicast': 'Routing: {dst} leaves by {dev} towards {via}',
  'walk.route.blackhole': 'Routing: {dst} matches a blackhole route: the packet is discarded',
  'walk.route.unreachable': 'Routing: {dst} is unreachable from here',
  'walk.route.none': 'Routing: no route matches {dst}',
  'walk.route.reroute':
    'The destination changed in OUTPUT (DNAT), so the kernel looks the route up again: {dst} via {dev}',
  'walk.route.outer': 'The outer packet to {dst} is routed like any other: out {dev} towards {via}',
  'walk.encap.vxlan':
    '{dev} wraps the frame in VXLAN: UDP {outerSrc} → {outerDst}:{port}, VNI {vni}; the {overhead} bytes of headers are why {dev} has MTU {mtu}',
  'walk.encap.geneve':
    '{dev} wraps the frame in Geneve: UDP {outerSrc} → {outerDst}:{port}, VNI {vni}; {overhead} bytes of headers (MTU {mtu})',
  'walk.encap.ipip':
    '{dev} wraps the packet in IP-in-IP: {outerSrc} → {outerDst}, protocol 4; {overhead} bytes (MTU {mtu})',
  'walk.decap.udp':
    'UDP port {port} belongs to {dev}: it strips the outer headers (VNI {vni}) and the inner packet enters IP again',
  'walk.encap.switchPort':
    "{dev}, a VXLAN port of the switch {bridge}, wraps the frame: UDP {outerSrc} → {outerDst}:{port}, to the peer node behind which the destination MAC lives (the switch's flow sets the tunnel ID); these {overhead} bytes of headers are why the pods' MTU is smaller than the node's",
  'walk.decap.switchPort':
    'UDP port {port} belongs to {dev}, a port of the switch {bridge}: it strips the outer headers and hands the inner frame, MACs intact, to {bridge}',
  'walk.decap.ipip':
    '{dev} takes the IP-in-IP packet, strips the outer header, and the inner packet enters IP again',
  'walk.underlay.toNode': 'On the node network the frame reaches {node} ({ip}) on {device}',
  'walk.underlay.toRouter': 'On the node network the frame goes to the router {ip}',
  'walk.load-balancer.pick':
    'The cloud load balancer for {service} ({ip}) sends the packet to node {node} (healthy: {healthy})',
  'walk.load-balancer.sourceRange':
    'The cloud load balancer for {service} drops the packet: its source is outside loadBalancerSourceRanges',
  'walk.load-balancer.noHealthy': 'The cloud load balancer for {service} has no healthy node to send to',
  'walk.drop.ttl':
    'The TTL ran out ({ttl}): the packet is dropped and an ICMP time exceeded goes back (a routing loop)',
  'walk.drop.budget':
    'packetwalk stopped after {steps} steps without the packet arriving or its TTL running out: a loop the TTL does not catch (the walk is cut off here)',
  'walk.drop.noListener':
    'Nothing listens on {protocol} port {port} at {dst}: the kernel answers with {answer}',
  'walk.drop.routerNoRoute':
    'The router has no route to {dst}: cluster-internal ranges are not routed outside the nodes',
  'walk.deliver.socket': 'A socket listening on {protocol} port {port} receives the packet at {dst}',
  'walk.deliver.reset': "The RST from {src} reaches the client's socket: connect() fails with ECONNREFUSED",
  'walk.deliver.icmpError':
    'The ICMP port unreachable from {src} reaches the client; the kernel matches its quoted header to the socket, which fails with ECONNREFUSED',
  'walk.deliver.reply': "The reply reaches the client's socket",
  'walk.deliver.outside': 'The packet leaves the cluster and reaches {host} ({dst})',
  'walk.summary.delivered':
    '{from} → {to}: delivered to {destination}; the reply comes back from {replySource}',
  'walk.summary.dropped': '{from} → {to}: dropped ({reason})',
  'walk.summary.rejected': '{from} → {to}: rejected ({reason})',
  'walk.summary.refused': '{from} → {to}: refused, nothing listens at {destination}',
  'walk.summary.no-route': '{from} → {to}: no route',
  'walk.summary.dns-failure': '{from} → {to}: the name did not resolve',
  'walk.summary.ttl-exceeded': '{from} → {to}: TTL exceeded (a routing loop)',
  'walk.request.unknownPod': 'No pod or workload "{from}"',
  'walk.request.podNotRunning': 'Pod {pod} is not running on a node with an IP, so it cannot send',
  'walk.request.unknownExternal':
    'No external client "{from}" (name one in the Cluster document, or give an IP)',
  'walk.request.unknownNode': 'No node "{from}"',
  'walk.request.badTarget': '"{to}" is not ip:port, name:port, svc/<ns>/<name>:<port> or an http:// URL',
  'walk.request.needPort': '"{to}" needs a port for TCP and UDP',
  'walk.request.unknownService': 'No Service "{to}"',
  'walk.request.noAddress': '"{to}" has no cluster IP and no ready endpoint',
  'walk.ipvs.schedule':
    'IPVS: {vip} is a virtual server of {service}; the {scheduler} scheduler picks the real server {real} and the packet is DNATed to it (Masq)',
  'walk.ipvs.persistence':
    'IPVS: {vip} has session affinity; the persistence template for this client sends it to {real} again',
  'walk.ipvs.noRealServer': 'IPVS: {vip} has no usable real server, so the kernel answers with {response}',
  'walk.nftables.dnat': "{hook}: kube-proxy's nftables chain {chain} DNATs the packet (path {path})",
  'walk.nftables.masquerade':
    "{hook}: kube-proxy's nftables chain {chain} masquerades the packet (path {path})",
  'walk.nftables.accept': "{hook}: kube-proxy's nftables chain {chain} accepts the packet (path {path})",
  'walk.nftables.drop': "{hook}: kube-proxy's nftables chain {chain} drops the packet (path {path})",
  'walk.nftables.reject': "{hook}: kube-proxy's nftables chain {chain} rejects the packet (path {path})",
  'walk.nftables.fallThrough': "{hook}: kube-proxy's nftables chain {chain} lets the packet on",
  'walk.dns-answer.coredns': 'CoreDNS answers {name} {type}: {rcode} {answers}',
  'walk.request.noIngressController': 'No Ingress controller Service serves {host}',
  'walk.socket-lb.connect':
    "Cilium's socket-LB rewrites connect(): the Service {service} becomes the backend {backend} before any packet is built",
  'walk.socket-lb.reverse':
    "Cilium's socket-LB translates the answer back at recvmsg: {backend} appears as the Service {service}",
  'walk.socket-lb.noBackend': "Cilium's socket-LB finds no backend for {service}: connect() is refused",
  'walk.ebpf.egressAllowed':
    "bpf_lxc on the pod's veth: {pod}'s egress policy map allows identity {identity} (enforced: {enforced})",
  'walk.ebpf.egressDenied':
    "bpf_lxc on the pod's veth: {pod}'s egress policy map has no entry for identity {identity}: dropped (Policy denied)",
  'walk.ebpf.ingressAllowed':
    "Cilium's ingress policy for {pod} allows identity {identity} (enforced: {enforced})",
  'walk.ebpf.ingressDenied':
    "Cilium's ingress policy for {pod} has no entry for identity {identity}: dropped (Policy denied)",
  'walk.ebpf.redirectLocal':
    "The ipcache says {dst} is an endpoint on this node: eBPF redirects the packet straight to its veth, without the host's routing",
  'walk.ebpf.serviceLb':
    'bpf_lxc translates the Service {service} to the backend {backend} per packet (no socket-LB for this connection)',
  'walk.ebpf.revNat':
    'bpf_lxc reverses the service translation on the way back in: {backend} becomes {service} again',
  'walk.ebpf.noBackend': "Cilium's service map has no backend for {service}",
  'walk.ebpf.nodePortLocal':
    "bpf_host on the node's device: NodePort {frontend} → backend {backend} on this node; the client's address is kept",
  'walk.ebpf.nodePortSnat':
    "bpf_host on the node's device: NodePort {frontend} → backend {backend} on another node, source NATed to {snat} so the reply comes back here",
  'walk.ebpf.nodePortReply':
    'bpf_host reverses the NodePort translation: the reply leaves from {frontend} to {client}',
  'walk.neighbour.overlay':
    'ARP for {ip} on {dev}: the broadcast floods through the switches and the tunnel {tunnel} to every peer node; the owner on {node} answers with {mac}',
  'walk.neighbour.userspace':
    'ARP for {ip} on {dev} goes out {port} to {peer}, which only a userspace process reads (Weave sleeve: the weave router carries frames in UDP 6783 itself); packetwalk does not follow a userspace router, so the walk stops here',
  'walk.bridge.datapath':
    "Weave's Open vSwitch datapath {bridge} sends the frame for {mac} out {port}, by the flow the weave router installs once it has seen that MAC (no iptables here: br_netfilter only sees Linux bridges)",
  'walk.socket-send.why':
    "Why: the kernel picks the source address and the first device from the sending namespace's routing table, before any rule sees the packet. What would change it: another route in that namespace, or sending to a different address.",
  'walk.socket-lb.why':
    "Why: with socket-LB Cilium translates the Service at connect(), so no packet ever carries the ClusterIP and no per-packet NAT is needed. What would change it: turning socket-LB off (bpf-lb-sock), or the Service's backends changing.",
  'walk.route.why':
    'Why: the kernel takes the most specific matching route (longest prefix) in this namespace. What would change it: a different route (a CNI with another routing mode, a node joining or leaving), or a destination rewritten by NAT before this lookup.',
  'walk.neighbour.why':
    "Why: Ethernet delivers to MAC addresses, so the next hop's IP must be resolved first; the answer is cached in the neighbour table. What would change it: a different next hop, an entry that has expired, or proxy_arp on the other end.",
  'walk.veth.why':
    "Why: a veth pair is the only way out of a pod's network namespace; what enters one end leaves the other. What would change it: nothing in the packet, only where it is: from here on the other namespace's routes and rules apply.",
  'walk.bridge.why':
    "Why: a Linux bridge is a switch: it forwards by destination MAC, and hands frames addressed to its own MAC up to the host's IP stack, which is how pod traffic reaches iptables and the routes. What would change it: a different destination MAC (another pod on the same bridge is switched directly).",
  'walk.netfilter.why':
    'Why: at each hook the kernel runs the tables in a fixed order (raw, mangle, nat, filter), each from its built-in chain, rule by rule, until a rule decides or the chain policy applies. What would change it: the rules kube-proxy, the CNI or policies install; a packet with other addresses, ports or marks matches other rules.',
  'walk.nftables.why':
    "Why: kube-proxy's nftables mode holds every Service in verdict maps of the ip kube-proxy table, so one map lookup replaces a long walk through chains. What would change it: the Service's addresses, ports or endpoints (the maps are rewritten when they change).",
  'walk.ipvs.why':
    'Why: in IPVS mode every Service IP is a local address on kube-ipvs0 and an IPVS virtual server; the kernel picks a real server by the scheduler and DNATs to it. What would change it: the scheduler (rr, lc, sh…), session affinity, or the endpoints.',
  'walk.ebpf.why':
    "Why: Cilium attaches eBPF programs to the pods' and nodes' devices; they load-balance Services, enforce policy by identity and route without iptables. What would change it: a policy that allows or denies this identity, or the Service's backends.",
  'walk.conntrack.why':
    'Why: conntrack decides NAT once, on the first packet of a connection, and records it; every later packet and every reply is translated from that entry without reading the rules again. What would change it: only a new connection (another source port) is decided anew.',
  'walk.encap.why':
    "Why: the node network only knows node addresses, so the overlay wraps the pod's packet in a packet between nodes; the far node unwraps it. What would change it: a routing mode without encapsulation (host-gw, BGP) when the nodes share a network.",
  'walk.decap.why':
    "Why: the tunnel device owns the tunnel's UDP port (or IP protocol 4), so the kernel hands it the outer packet, and it takes out the original. What would change it: a different VNI or port than the sender's, and the packet would be dropped here.",
  'walk.underlay.why':
    "Why: between machines the packet travels on the physical (or cloud) network, which routes by node addresses only. What would change it: the node network's routes and firewalls, which packetwalk takes as open.",
  'walk.load-balancer.why':
    "Why: a cloud load balancer spreads connections over the nodes that pass its health check; with externalTrafficPolicy Local only nodes with a local backend pass. What would change it: the Service's externalTrafficPolicy, or loadBalancerSourceRanges.",
  'walk.deliver.why':
    'Why: the destination address is local in this namespace and a socket listens on the port, so the packet is handed to the application. What would change it: nothing listening there, or a rule on the way that drops it.',
  'walk.drop.why':
    'Why: the walk cannot go on from here; the reason is in the explanation above. What would change it: fixing that cause (a route, a listener, a policy, the TTL), then walking again.',
  'walk.dns-answer.why':
    "Why: the pod's resolv.conf names the kube-dns Service, and CoreDNS answers cluster names from the API: a Service name gets its ClusterIP. What would change it: the name, the namespace's search path and ndots, or a Service that does not exist.",
  'walk.proxy.why':
    'Why: an L7 proxy ends the client’s connection and opens its own to the backend it picks, so there are two connections. What would change it: the Ingress rules (host and path) or the backend Service.',
  'walk.netfilter.dnat.why':
    "Why: the destination is a Service's virtual IP, which no machine owns; kube-proxy's chain picked one endpoint and rewrites the destination to it. conntrack remembers, so the reply is rewritten back. What would change it: another endpoint (the choice is random per connection), or no endpoints, and the packet is rejected.",
  'walk.netfilter.masquerade.why':
    'Why: the packet was marked for masquerade (KUBE-MARK-MASQ) or leaves the pod network, so its source becomes this node’s address and the reply must come back through this node. What would change it: externalTrafficPolicy Local for external traffic, or a source inside the pod network.',
  'walk.netfilter.snat.why':
    'Why: a rule rewrites the source to a fixed address so the reply returns here. What would change it: the rule, or a packet it does not match.',
  'walk.netfilter.drop.why':
    'Why: a DROP rule matched: the packet is discarded without any answer, so the client only sees a timeout. What would change it: a rule earlier in the chain that accepts the packet (for a NetworkPolicy: a policy that allows this source and port).',
  'walk.netfilter.reject.why':
    'Why: a REJECT rule matched (kube-proxy does this for a Service with no endpoints): the sender gets an ICMP error at once instead of a timeout. What would change it: a ready endpoint behind the Service.',
  'walk.netfilter.policyDrop.why':
    "Why: nothing in the chain accepted the packet and the built-in chain's policy is DROP. What would change it: a rule that accepts this traffic, or an ACCEPT policy.",
  'walk.netfilter.policyDefaultDrop.why':
    'Why: a NetworkPolicy selects the destination pod, so only traffic some policy allows gets in; no rule in the policy chain matched this packet. What would change it: a policy whose from/ports allow this source and port.',
  'walk.netfilter.fallThrough.why':
    'Why: rules matched on the way (jumps that returned) but none decided, so the built-in chain’s ACCEPT policy lets the packet on unchanged. What would change it: a packet matching a rule in those chains (a Service IP, a marked packet).',
  'walk.netfilter.accept.why':
    'Why: an ACCEPT rule matched, which ends this table at this hook; the next table or hook still runs. What would change it: a packet the rule does not match (other addresses, interfaces or state).',
  'walk.conntrack.new.why':
    'Why: this is the first packet of the connection, so conntrack has no entry yet; it creates one and the nat table is consulted now, only for this first packet. What would change it: nothing for this packet; later packets of the connection skip the nat rules and reuse the entry.',
  'walk.conntrack.reverseNat.why':
    'Why: the reply matches the entry’s reply tuple, so conntrack applies the inverse of the NAT decided for the first packet: the client sees the address it talked to. What would change it: a connection that was never NATed, where nothing is rewritten.',
  'walk.encap.vxlan.why':
    'Why: the destination pod lives on another node and the node network does not route pod addresses, so {dev} puts the whole frame inside UDP to port {port} of the node that holds it; VNI {vni} names the overlay. What would change it: host-gw or BGP routing on a shared network, or a pod on the same node (no tunnel at all).',
  'walk.decap.udp.why':
    'Why: the outer packet arrived at UDP port {port}, which the VXLAN device owns; VNI {vni} matches its own, so it unwraps the frame and the pod’s original packet continues as if it had arrived on {dev}. What would change it: a VNI or port mismatch between the nodes, and the packet would be dropped.',
  'walk.ipvs.schedule.why':
    'Why: {vip} is an IPVS virtual server; the {scheduler} scheduler chose {real} among the ready endpoints and the connection is DNATed to it, recorded by conntrack. What would change it: another scheduler or session affinity, or different endpoints.',
  'walk.route.unicast.why':
    'Why: the longest matching route for {dst} says leave by {dev} towards {via}. What would change it: another route (a CNI routing mode, a node subnet that moved), or a destination rewritten before this lookup.',
  'walk.route.local.why':
    'Why: {dst} is an address of this namespace (a local route), so the packet goes up to INPUT and a socket instead of being forwarded. What would change it: a DNAT earlier that rewrote the destination to somewhere else.',
  'walk.deliver.socket.why':
    'Why: a process listens on {protocol} port {port}, so the kernel hands it the packet; the connection’s reply goes back through conntrack. What would change it: a container port that is not listening, and the answer is a RST or an ICMP port unreachable.',
  'walk.drop.noListener.why':
    'Why: the packet reached {dst}, but no socket listens on port {port}. What would change it: the Service’s targetPort matching the port the container listens on.',
  'walk.nftables.dnat.why':
    "Why: the Service's address matched in kube-proxy's service map; the endpoint chain picked one backend (numgen) and DNATs to it, recorded by conntrack. What would change it: another endpoint per connection, or no endpoints (then a reject).",
  'walk.bridge.toHost.why':
    "Why: the frame's destination MAC is the bridge's own (the pod's default gateway), so the frame is not switched but handed up to the host's IP layer, where iptables and the routes run. What would change it: a destination pod on the same bridge reached by its own MAC.",
  'walk.neighbour.proxy-arp.why':
    'Why: the pod’s gateway address exists on no interface; with proxy_arp the host end answers for it so every packet goes to the host. What would change it: proxy_arp off, and the pod could not reach its gateway.',
} as const;
