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
} as const;
