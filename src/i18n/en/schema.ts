/**
 * Hover and completion text for the editor's schema, keyed `schema.<Kind>.<field path>`; shared shapes under
 * `schema.common.*`. Each text says what the field does to packets. Rendered as markdown by the editor: put
 * names, commands and placeholders like `<ns>` in backticks (a bare `<ns>` would be eaten as an HTML tag).
 */
export const schema = {
  'schema.title': 'Kubernetes object',
  'schema.root':
    'packetwalk manifests: every YAML document is one Kubernetes object, checked against the schema of its `kind`.',
  'schema.error.cidr': 'Expected a CIDR such as 10.244.0.0/16 (an address, a slash and a prefix length).',
  'schema.error.ip': 'Expected an IP address such as 192.168.1.10, without a prefix length.',
  'schema.error.portRange': 'Expected a port range such as 30000-32767.',

  // Shared by every kind
  'schema.common.apiVersion':
    'The API group and version of the object: `v1` for Service and Pod, `apps/v1` for Deployment, `networking.k8s.io/v1` for NetworkPolicy. Together with `kind` it decides how the rest of the document is read.',
  'schema.common.kind':
    'What this object is. The kinds packetwalk simulates (Service, Pod, EndpointSlice, NetworkPolicy…) become rules, routes and devices on the nodes; any other kind is kept but does not change packets.',
  'schema.common.metadata':
    'Name, namespace, labels and annotations. For packets the labels matter most: Service selectors and NetworkPolicy selectors match them.',
  'schema.common.metadata.name':
    "The object's name, unique per kind within its namespace. A Service's name is also its DNS name (`<name>.<namespace>.svc.cluster.local`) and appears in its kube-proxy rule comments (`<namespace>/<name>:<port>`).",
  'schema.common.metadata.namespace':
    "The namespace the object lives in (`default` when omitted). It is part of every Service DNS name and of the pods' DNS search list, and a NetworkPolicy only applies to pods in its own namespace.",
  'schema.common.metadata.labels':
    "Key/value strings attached to the object. They are what a Service's `spec.selector` and a NetworkPolicy's `podSelector` match: a pod whose labels do not match gets no traffic from that Service and is not covered by that policy.",
  'schema.common.metadata.annotations':
    'Free-form key/value strings that selectors never match. Some controllers read them (Ingress controller options, cloud load balancer settings); otherwise they do not affect packets.',
  'schema.common.podTemplate.metadata.labels':
    "The labels every pod made from this template gets. They must match `spec.selector`, and they are what Services and NetworkPolicies select: change them and the pods drop out of those Services' endpoints.",
  'schema.common.labelSelector.matchLabels':
    'Labels that must all be present with exactly these values. Combined with `matchExpressions` by AND.',
  'schema.common.labelSelector.matchExpressions':
    'Set-based conditions on labels; all of them, and all of `matchLabels`, must hold (AND).',
  'schema.common.labelSelector.matchExpressions.key': 'The label key this condition tests.',
  'schema.common.labelSelector.matchExpressions.operator':
    '`In` / `NotIn`: the label value is / is not one of `values`. `Exists` / `DoesNotExist`: the key is / is not present; `values` must then be empty.',
  'schema.common.labelSelector.matchExpressions.values':
    'The label values for `In` and `NotIn`; empty for `Exists` and `DoesNotExist`.',
  'schema.common.workload.replicas':
    'How many pods to run from the template. Each ready pod becomes one endpoint of every Service that selects it, and kube-proxy spreads new connections over them (`-m statistic --mode random --probability …` in `KUBE-SVC-…`).',
  'schema.common.workload.selector':
    "Which pods this controller owns; it must match `template.metadata.labels`. It routes no traffic: the Service's own `spec.selector` decides which pods receive packets.",
  'schema.common.workload.template':
    'The pod every replica is made from. Its labels, container ports and network settings (`hostNetwork`, `dnsPolicy`) are what Service endpoints and the packet walk see.',
  'schema.common.targetRef':
    'The object behind this endpoint address, usually a Pod: the pod a packet DNATed to this address will reach.',
  'schema.common.targetRef.kind': 'The kind of the referenced object, usually `Pod`.',
  'schema.common.targetRef.name': 'The name of the referenced pod.',
  'schema.common.targetRef.namespace': 'The namespace of the referenced pod.',
  'schema.common.protocol':
    'The L4 protocol: `TCP` (default), `UDP` or `SCTP`. A port only matches packets of its own protocol, which is why DNS needs both a UDP and a TCP port 53.',
  'schema.common.appProtocol':
    'The application protocol on this port (e.g. `http`, `kubernetes.io/h2c`). kube-proxy ignores it; Ingress controllers and service meshes may use it.',

  // Pod
  'schema.Pod.spec':
    "The pod's desired state: its containers and ports, and the settings that decide its address (`hostNetwork`), its DNS (`dnsPolicy`) and its node.",
  'schema.Pod.spec.containers':
    'The containers of the pod. They share one network namespace: one `eth0`, one pod IP and one port space, so two containers cannot listen on the same port.',
  'schema.Pod.spec.containers.name': "The container's name, unique within the pod.",
  'schema.Pod.spec.containers.image':
    'The container image. packetwalk does not run it; only the ports declared below matter to the walk.',
  'schema.Pod.spec.containers.ports':
    'The ports the container listens on. Packets reach undeclared ports too, but a Service `targetPort` or a NetworkPolicy port given by name is looked up here.',
  'schema.Pod.spec.containers.ports.name':
    'A name for the port (lowercase, at most 15 characters). A Service `targetPort: http` or NetworkPolicy `port: http` is resolved by this name in each pod, so pods may listen on different numbers.',
  'schema.Pod.spec.containers.ports.containerPort':
    "The port the process listens on in the pod's network namespace: the number Service traffic is DNATed to (`--to-destination podIP:containerPort`).",
  'schema.Pod.spec.containers.ports.protocol':
    '`TCP` (default), `UDP` or `SCTP`. A named `targetPort` only matches a container port of the same protocol.',
  'schema.Pod.spec.containers.ports.hostPort':
    "Also expose the port on the node's IP: the CNI `portmap` plugin DNATs `nodeIP:hostPort` to `podIP:containerPort` (chain `CNI-HOSTPORT-DNAT`). Only one pod per node can hold a given hostPort.",
  'schema.Pod.spec.containers.ports.hostIP':
    "The node address the hostPort is bound to; empty means all of the node's addresses.",
  'schema.Pod.spec.containers.readinessProbe':
    'The check that decides whether the pod is ready. Only ready pods are ready endpoints in EndpointSlices, so kube-proxy only sends new connections to them.',
  'schema.Pod.spec.initContainers':
    "Containers that run to completion before the app containers start. They share the pod's network namespace and IP.",
  'schema.Pod.spec.hostNetwork':
    "Run the pod in the node's network namespace: no veth and no pod IP of its own (`podIP` is the node IP), its ports are the node's ports, and its packets start in the node's own network stack instead of behind a veth. With `dnsPolicy: ClusterFirst` it gets the node's DNS; use `ClusterFirstWithHostNet` for cluster DNS.",
  'schema.Pod.spec.nodeName':
    'Bind the pod to this node, bypassing the scheduler. The node decides whether a packet to the pod stays on one node or crosses the tunnel (`flannel.1`, `tunl0`…) to reach it.',
  'schema.Pod.spec.nodeSelector':
    "Node labels the pod's node must carry (e.g. `kubernetes.io/hostname: worker-1`). It picks the node, and so whether traffic to the pod is node-local or crosses the overlay.",
  'schema.Pod.spec.affinity':
    'Node affinity and pod (anti-)affinity. They only matter to packets through placement: which node the pod runs on decides which path reaches it.',
  'schema.Pod.spec.tolerations':
    'Taints this pod tolerates. Without a toleration for `node-role.kubernetes.io/control-plane:NoSchedule` a pod is not placed on the control-plane node.',
  'schema.Pod.spec.tolerations.key':
    'The taint key to tolerate; empty together with `operator: Exists` tolerates every taint.',
  'schema.Pod.spec.tolerations.operator':
    '`Equal` (default) matches key and value; `Exists` matches any value of the key.',
  'schema.Pod.spec.tolerations.value': 'The taint value to match with `operator: Equal`.',
  'schema.Pod.spec.tolerations.effect':
    'The taint effect tolerated (`NoSchedule`, `PreferNoSchedule`, `NoExecute`); empty tolerates every effect.',
  'schema.Pod.spec.tolerations.tolerationSeconds':
    'For `NoExecute` taints: how long the pod stays on a tainted node before it is evicted and its endpoints disappear.',
  'schema.Pod.spec.dnsPolicy':
    "How the pod's `/etc/resolv.conf` is built. `ClusterFirst` (default): `nameserver 10.96.0.10` (the kube-dns ClusterIP), `search <ns>.svc.cluster.local svc.cluster.local cluster.local` and `options ndots:5`, so a name with fewer than 5 dots tries the search list first. `Default` copies the node's resolv.conf, `ClusterFirstWithHostNet` is ClusterFirst for `hostNetwork` pods, `None` uses only `dnsConfig`.",
  'schema.Pod.spec.dnsConfig':
    'Extra resolv.conf settings, merged into what `dnsPolicy` generates (or used alone with `dnsPolicy: None`).',
  'schema.Pod.spec.dnsConfig.nameservers':
    "DNS server IPs added after the policy's nameserver (at most 3 in total); the resolver tries them in order.",
  'schema.Pod.spec.dnsConfig.searches':
    'Search domains appended to the list. Each one can add a query to every lookup of a short name.',
  'schema.Pod.spec.dnsConfig.options':
    'resolv.conf options such as `ndots`. Lowering `ndots:5` to `ndots:2` sends a name like `api.example.com` as an absolute query first instead of walking the cluster search list.',
  'schema.Pod.spec.dnsConfig.options.name':
    "The option's name, e.g. `ndots`, `timeout`, `attempts`, `single-request-reopen`.",
  'schema.Pod.spec.dnsConfig.options.value': "The option's value as a string, e.g. `'2'` for `ndots`.",
  'schema.Pod.spec.hostname':
    "The pod's hostname (default: the pod's name). With `subdomain` naming a headless Service it also gets the DNS record `<hostname>.<subdomain>.<ns>.svc.cluster.local`.",
  'schema.Pod.spec.subdomain':
    'The name of a headless Service in the same namespace. With `hostname` it gives the pod an A record `<hostname>.<subdomain>.<ns>.svc.cluster.local` pointing at its pod IP.',
  'schema.Pod.spec.hostAliases':
    'Extra `/etc/hosts` entries. These names resolve inside the pod without any DNS packet being sent.',
  'schema.Pod.spec.hostAliases.ip': 'The IP address the names resolve to.',
  'schema.Pod.spec.hostAliases.hostnames': 'The names that resolve to `ip`.',
  'schema.Pod.spec.restartPolicy':
    'What happens when a container exits: `Always` (required by Deployments), `OnFailure` or `Never` (Jobs). A pod that is not running is not a ready endpoint, so Services stop sending it traffic.',
  'schema.Pod.status':
    'What the cluster reports about the pod. From a `kubectl get -o yaml` dump, `podIP`, `hostIP` and `phase` are used as they are instead of being allocated.',
  'schema.Pod.status.podIP':
    "The pod's IP on its `eth0`, allocated by the CNI from the node's pod CIDR (e.g. `10.244.1.5`): the address kube-proxy DNATs Service traffic to.",
  'schema.Pod.status.podIPs': "All of the pod's IPs, one per address family; the first equals `podIP`.",
  'schema.Pod.status.podIPs.ip': 'One pod IP address.',
  'schema.Pod.status.hostIP':
    "The IP of the node the pod runs on: the outer destination of VXLAN/IPIP packets tunnelled to this pod, and the pod's own IP when `hostNetwork` is true.",
  'schema.Pod.status.hostIPs': "All IPs of the pod's node, one per address family.",
  'schema.Pod.status.hostIPs.ip': 'One node IP address.',
  'schema.Pod.status.phase':
    '`Pending`, `Running`, `Succeeded`, `Failed` or `Unknown`. Only a `Running` pod whose `Ready` condition is `True` is a ready endpoint.',
  'schema.Pod.status.conditions':
    "The pod's conditions. `Ready` decides whether its IP is a ready endpoint of the Services that select it.",
  'schema.Pod.status.conditions.type':
    'The condition: `PodScheduled`, `Initialized`, `ContainersReady`, `Ready`…',
  'schema.Pod.status.conditions.status':
    "`True`, `False` or `Unknown`. `Ready: False` takes the pod out of its Services' ready endpoints, so kube-proxy stops sending it new connections.",

  // Workloads
  'schema.Deployment.spec':
    'Runs `replicas` identical pods from `template` through a ReplicaSet. Pods are named `<deployment>-<hash>-<random>`, and every ready one becomes an endpoint of the Services that select it.',
  'schema.ReplicaSet.spec':
    'Keeps `replicas` pods from `template` running (usually on behalf of a Deployment). Every ready pod becomes an endpoint of the Services that select it.',
  'schema.StatefulSet.spec':
    'Runs pods with stable names (`<name>-0`, `<name>-1`…). With `serviceName` naming a headless Service, each pod gets a stable DNS name `<pod>.<serviceName>.<ns>.svc.cluster.local`.',
  'schema.StatefulSet.spec.serviceName':
    "The headless Service (`clusterIP: None`) that governs the pods' DNS: `<pod>.<serviceName>.<ns>.svc.cluster.local` resolves straight to the pod IP, with no kube-proxy rule in between.",
  'schema.DaemonSet.spec':
    'Runs one pod from `template` on every matching node. Node agents such as kube-proxy, flannel and calico-node run this way, often with `hostNetwork: true`.',
  'schema.Job.spec':
    'Runs pods from `template` until `completions` of them succeed. While running and ready they are ordinary Service endpoints.',
  'schema.Job.spec.parallelism': 'How many pods may run at the same time.',
  'schema.Job.spec.completions': 'How many pods must finish successfully for the Job to be complete.',

  // Service
  'schema.Service.spec':
    'A stable virtual IP and DNS name in front of the pods `selector` matches. kube-proxy turns every port into rules on every node: `KUBE-SERVICES` → `KUBE-SVC-…` → `KUBE-SEP-…`, which DNATs to one pod.',
  'schema.Service.spec.type':
    '`ClusterIP` (default): a virtual IP reachable inside the cluster. `NodePort`: also `<node IP>:<nodePort>` on every node (`KUBE-NODEPORTS`). `LoadBalancer`: a NodePort plus an external IP in `status.loadBalancer.ingress`. `ExternalName`: only a DNS CNAME, no IP and no kube-proxy rules.',
  'schema.Service.spec.clusterIP':
    'The virtual IP, allocated from the service CIDR (e.g. `10.96.0.0/12`) when omitted. In iptables mode no interface holds it: packets to it are DNATed in `KUBE-SERVICES`, so it does not answer ping. `None` makes the Service headless: no kube-proxy rules, and DNS returns the ready pod IPs directly.',
  'schema.Service.spec.clusterIPs': 'The ClusterIPs, one per IP family; the first equals `clusterIP`.',
  'schema.Service.spec.ports':
    'The ports the Service exposes. Each gets its own kube-proxy chains, named from a hash of `<namespace>/<name>:<port name>` and the protocol (`KUBE-SVC-…`, `KUBE-SEP-…`).',
  'schema.Service.spec.ports.name':
    "The port's name, required when there are several. It is part of the chain-name hash and of the rule comments (`default/web:http`), and a named port gets a DNS SRV record (`_http._tcp.web.default.svc.cluster.local`).",
  'schema.Service.spec.ports.protocol':
    '`TCP` (default), `UDP` or `SCTP`. kube-proxy matches `-p <protocol> --dport <port>`, so a TCP port does not catch UDP packets to the same number.',
  'schema.Service.spec.ports.port':
    'The port clients connect to on the ClusterIP (and external IPs): matched as `-d <clusterIP> --dport <port>` in `KUBE-SERVICES`.',
  'schema.Service.spec.ports.targetPort':
    "The port on the pod the packet is DNATed to (`KUBE-SEP-… -j DNAT --to-destination podIP:targetPort`); defaults to `port`. A name is looked up in each pod's container ports. A NetworkPolicy on the pod must allow this port, not `port`.",
  'schema.Service.spec.ports.nodePort':
    "For NodePort and LoadBalancer Services: the port opened on every node's IPs (default range 30000-32767), matched in `KUBE-NODEPORTS` and sent on through `KUBE-EXT-…`. Allocated when omitted.",
  'schema.Service.spec.selector':
    "The labels of the pods that receive this Service's traffic. Every ready pod that matches becomes an endpoint (an EndpointSlice entry and a `KUBE-SEP-…` chain). Without a selector there are no automatic endpoints: you supply EndpointSlices yourself.",
  'schema.Service.spec.externalTrafficPolicy':
    "For traffic from outside (NodePort, LoadBalancer, external IPs). `Cluster` (default) masquerades the packet to the node's address (`KUBE-MARK-MASQ` in `KUBE-EXT-…`) and may forward it to a pod on another node. `Local` keeps the client's source IP because kube-proxy does not SNAT external traffic, but a node without a ready local endpoint drops it (`KUBE-EXT-…` → `KUBE-SVL-…`).",
  'schema.Service.spec.internalTrafficPolicy':
    "For traffic from inside the cluster to the ClusterIP. `Cluster` (default) uses every endpoint; `Local` only endpoints on the sender's node (`KUBE-SVL-…`), and drops the packet when there are none (`has no local endpoints`).",
  'schema.Service.spec.sessionAffinity':
    '`ClientIP` sends every connection from one client IP to the same pod: `KUBE-SVC-…` gets `-m recent --rcheck` rules ahead of the random choice. `None` (default) picks an endpoint for each new connection.',
  'schema.Service.spec.sessionAffinityConfig': 'Settings for `sessionAffinity: ClientIP`.',
  'schema.Service.spec.sessionAffinityConfig.clientIP': 'Client-IP affinity settings.',
  'schema.Service.spec.sessionAffinityConfig.clientIP.timeoutSeconds':
    'How long a client stays pinned to its pod after its last packet (default 10800, 3 hours): the `--seconds` of the `-m recent --rcheck` rule.',
  'schema.Service.spec.externalIPs':
    'Extra IPs, routed to your nodes, on which the Service also answers: `KUBE-SERVICES` matches `-d <externalIP> --dport <port>` and jumps to `KUBE-EXT-…`. Kubernetes does not manage these addresses.',
  'schema.Service.spec.externalName':
    'For `type: ExternalName`: the DNS name this Service is an alias for. CoreDNS answers `<svc>.<ns>.svc.cluster.local` with a CNAME to it; there is no ClusterIP and no kube-proxy rule, so packets go straight to whatever the name resolves to.',
  'schema.Service.spec.loadBalancerIP':
    'The external IP requested from the load balancer implementation (deprecated, implementation-specific). The IP actually assigned appears in `status.loadBalancer.ingress`.',
  'schema.Service.spec.loadBalancerSourceRanges':
    'Client CIDRs allowed through the load balancer IP. kube-proxy sends matching sources from `KUBE-FW-…` to `KUBE-EXT-…`; everything else is dropped in `KUBE-PROXY-FIREWALL`. The NodePort itself is not filtered.',
  'schema.Service.spec.loadBalancerClass':
    'Which load balancer implementation handles this Service (e.g. `service.k8s.aws/nlb`); the default implementation ignores Services that name a class.',
  'schema.Service.spec.healthCheckNodePort':
    "With `externalTrafficPolicy: Local`: the TCP port on every node where kube-proxy answers health checks, with success only on nodes that have a ready local endpoint, so the load balancer avoids the others. Accepted in the filter table's `KUBE-NODEPORTS`.",
  'schema.Service.spec.publishNotReadyAddresses':
    'List pods as endpoints even when they are not ready. Mostly for the headless Service of a StatefulSet, so peers can find each other in DNS before they pass their readiness probes.',
  'schema.Service.spec.ipFamilies': 'The IP families of the ClusterIPs, in order: `IPv4`, `IPv6` or both.',
  'schema.Service.spec.ipFamilyPolicy':
    '`SingleStack` (default): one ClusterIP. `PreferDualStack` / `RequireDualStack`: an IPv4 and an IPv6 ClusterIP, each with its own rules (iptables and ip6tables).',
  'schema.Service.spec.allocateLoadBalancerNodePorts':
    'For LoadBalancer Services: whether to allocate NodePorts (default true). Set false when the load balancer sends traffic straight to pod IPs, never through `<node IP>:<nodePort>`.',
  'schema.Service.status': 'What the cluster reports about the Service: its load balancer addresses.',
  'schema.Service.status.loadBalancer': 'The load balancer in front of the Service.',
  'schema.Service.status.loadBalancer.ingress':
    "The load balancer's addresses. kube-proxy adds a `-d <ip> --dport <port>` rule in `KUBE-SERVICES` for each IP, so packets to it are handled on the node like NodePort traffic (`KUBE-EXT-…`).",
  'schema.Service.status.loadBalancer.ingress.ip': 'A load balancer IP clients connect to.',
  'schema.Service.status.loadBalancer.ingress.hostname':
    'A load balancer DNS name (e.g. an AWS ELB); kube-proxy installs no rule for a hostname.',
  'schema.Service.status.loadBalancer.ingress.ipMode':
    '`VIP` (default): packets arrive with the load balancer IP as destination and kube-proxy DNATs them on the node. `Proxy`: the load balancer rewrites the destination itself, so kube-proxy installs no rule for this IP.',

  // Endpoints (legacy)
  'schema.Endpoints.metadata.name':
    'Must equal the name of the Service these endpoints belong to: the name is the only link between them.',
  'schema.Endpoints.subsets':
    'Groups of addresses that share the same ports. Legacy API: kube-proxy reads EndpointSlices, and for a Service without a selector the mirroring controller copies these into one.',
  'schema.Endpoints.subsets.addresses': 'Ready addresses: each gets one `KUBE-SEP-…` DNAT chain per port.',
  'schema.Endpoints.subsets.addresses.ip':
    'The endpoint IP: usually a pod IP, or any reachable IP for a Service without a selector (e.g. a database outside the cluster).',
  'schema.Endpoints.subsets.addresses.hostname':
    "The endpoint's hostname; behind a headless Service it becomes the DNS record `<hostname>.<svc>.<ns>.svc.cluster.local`.",
  'schema.Endpoints.subsets.addresses.nodeName':
    'The node hosting the endpoint; `Local` traffic policies use it to tell local endpoints from remote ones.',
  'schema.Endpoints.subsets.notReadyAddresses':
    'Addresses that are not ready: no kube-proxy rules and no DNS records (unless `publishNotReadyAddresses`).',
  'schema.Endpoints.subsets.ports': "The ports of these addresses, matched by name to the Service's ports.",
  'schema.Endpoints.subsets.ports.name': 'Must equal the name of the Service port it serves.',
  'schema.Endpoints.subsets.ports.port':
    'The port on the endpoint IP: the `:port` in `DNAT --to-destination ip:port`.',

  // EndpointSlice
  'schema.EndpointSlice.metadata.labels':
    "`kubernetes.io/service-name: <service>` ties this slice to its Service: kube-proxy collects every slice carrying that label in the Service's namespace. `endpointslice.kubernetes.io/managed-by` says who maintains it.",
  'schema.EndpointSlice.addressType':
    '`IPv4`, `IPv6` or `FQDN`. kube-proxy ignores FQDN slices, and an IPv4 proxier only reads IPv4 slices.',
  'schema.EndpointSlice.endpoints':
    'The backends of the Service. Each usable endpoint gets a `KUBE-SEP-…` chain per port, and new connections are spread over them at random.',
  'schema.EndpointSlice.endpoints.addresses':
    "The endpoint's addresses (one is used): where the Service's packets are DNATed to.",
  'schema.EndpointSlice.endpoints.conditions':
    "The endpoint's state, which decides whether kube-proxy uses it.",
  'schema.EndpointSlice.endpoints.conditions.ready':
    'Ready for traffic. kube-proxy only uses ready endpoints, falling back to serving terminating ones when none is ready; with nothing usable the Service gets a `REJECT` rule (`has no endpoints`), so clients see "connection refused".',
  'schema.EndpointSlice.endpoints.conditions.serving':
    'The pod passes its readiness probe, even while terminating. Such endpoints are the fallback when no endpoint is ready.',
  'schema.EndpointSlice.endpoints.conditions.terminating':
    'The pod is shutting down. A terminating endpoint is never ready; kube-proxy only uses it, if serving, when no ready endpoint is left.',
  'schema.EndpointSlice.endpoints.nodeName':
    'The node hosting this endpoint. kube-proxy compares it with its own node to build `KUBE-SVL-…` (local endpoints) for `Local` traffic policies.',
  'schema.EndpointSlice.endpoints.hostname':
    "The endpoint's hostname; behind a headless Service it gets the DNS record `<hostname>.<svc>.<ns>.svc.cluster.local`.",
  'schema.EndpointSlice.endpoints.zone':
    "The endpoint's zone; topology-aware routing uses it to prefer endpoints in the client's zone.",
  'schema.EndpointSlice.ports':
    "The ports every endpoint of this slice serves, matched by name to the Service's ports.",
  'schema.EndpointSlice.ports.name':
    'Must equal the name of the Service port (empty for a single unnamed port).',
  'schema.EndpointSlice.ports.port':
    'The port on the endpoint: the `:port` in `DNAT --to-destination ip:port`.',

  // NetworkPolicy
  'schema.NetworkPolicy.spec':
    'An allow-list for the pods `podSelector` picks in this namespace. Once any policy selects a pod for a direction, everything no policy allows is dropped in that direction; replies of allowed connections always pass.',
  'schema.NetworkPolicy.spec.podSelector':
    "The pods in this policy's namespace it applies to; `{}` selects all of them. A pod no policy selects is not isolated and accepts everything.",
  'schema.NetworkPolicy.spec.policyTypes':
    'The directions this policy isolates. Omitted: `Ingress` always, plus `Egress` if there is an `egress` section. `[Ingress, Egress]` with no rules is default-deny both ways, and default-deny egress also blocks DNS queries to kube-dns on port 53.',
  'schema.NetworkPolicy.spec.ingress':
    'Rules for packets arriving at the selected pods; a packet passes if any rule allows it. `[{}]` allows everything; an empty or missing list with `Ingress` in `policyTypes` denies everything.',
  'schema.NetworkPolicy.spec.ingress.from':
    'Allowed sources. Separate elements are ORed; within one element `podSelector` and `namespaceSelector` are ANDed. Omitted or empty: any source.',
  'schema.NetworkPolicy.spec.ingress.from.podSelector':
    "Source pods by label. Alone it only matches pods in the policy's own namespace; in the same element as `namespaceSelector` it matches those pods in the selected namespaces (AND).",
  'schema.NetworkPolicy.spec.ingress.from.namespaceSelector':
    'Source namespaces by label (e.g. `kubernetes.io/metadata.name: monitoring`); `{}` means all namespaces. Alone it allows every pod in them; with `podSelector` in the same element only the matching pods (AND); as a separate element it is an OR.',
  'schema.NetworkPolicy.spec.ingress.from.ipBlock':
    'Source addresses by CIDR, meant for IPs outside the cluster. Whether the policy sees the source before or after SNAT depends on the CNI: with `externalTrafficPolicy: Cluster`, external clients usually arrive masqueraded to a node address.',
  'schema.NetworkPolicy.spec.ingress.from.ipBlock.cidr': 'The allowed source range, e.g. `203.0.113.0/24`.',
  'schema.NetworkPolicy.ipBlock.except':
    'Ranges inside `cidr` that are not matched; each must lie within `cidr`.',
  'schema.NetworkPolicy.spec.ingress.ports':
    "Allowed destination ports on the selected pods; omitted means all. Policy sees the packet after the Service's DNAT, so allow the pod's `targetPort` (e.g. 8080), not the Service `port` (80).",
  'schema.NetworkPolicy.spec.ingress.ports.port':
    'A destination port number, or the name of a container port of the selected pod (looked up in its `ports[].name`). With only `protocol` set, every port of that protocol is allowed.',
  'schema.NetworkPolicy.ports.protocol':
    '`TCP` (default), `UDP` or `SCTP`. A rule for DNS needs both UDP and TCP 53.',
  'schema.NetworkPolicy.ports.endPort':
    'Makes `port`…`endPort` a range; needs a numeric `port` and `endPort >= port`.',
  'schema.NetworkPolicy.spec.egress':
    'Rules for packets leaving the selected pods; any matching rule allows. `[{}]` allows everything; with `Egress` in `policyTypes` and no rules nothing may leave, not even DNS queries to kube-dns.',
  'schema.NetworkPolicy.spec.egress.to':
    'Allowed destinations. Separate elements are ORed; within one element `podSelector` and `namespaceSelector` are ANDed. Omitted or empty: anywhere.',
  'schema.NetworkPolicy.spec.egress.to.podSelector':
    'Destination pods by label. Policy sees the packet after DNAT, so to reach a Service select its backend pods, not its ClusterIP. Alone it matches this namespace only; with `namespaceSelector` in the same element, AND.',
  'schema.NetworkPolicy.spec.egress.to.namespaceSelector':
    'Destination namespaces by label; `{}` means all namespaces. To allow DNS, select `kubernetes.io/metadata.name: kube-system` (with `podSelector` `k8s-app: kube-dns` in the same element) on UDP and TCP port 53.',
  'schema.NetworkPolicy.spec.egress.to.ipBlock':
    'Destinations by CIDR, meant for addresses outside the cluster. A ClusterIP range here generally does not match Service traffic, because the policy sees the pod IP after DNAT.',
  'schema.NetworkPolicy.spec.egress.to.ipBlock.cidr':
    'The allowed destination range, e.g. `0.0.0.0/0` for anywhere.',
  'schema.NetworkPolicy.spec.egress.ports':
    "Allowed destination ports; omitted means all. They are compared after DNAT, i.e. with the backend pod's `targetPort`; DNS needs UDP and TCP 53.",
  'schema.NetworkPolicy.spec.egress.ports.port':
    'A destination port number, or the name of a container port of the destination pod. For a Service use its `targetPort`: policy sees the packet after DNAT.',

  // Ingress
  'schema.Ingress.spec':
    "HTTP routing rules for an Ingress controller (a pod such as ingress-nginx). The client's TCP connection ends at the controller, which opens a new one to a backend pod, usually straight to a pod IP from the Service's endpoints; the pod sees the controller's IP as source.",
  'schema.Ingress.spec.ingressClassName':
    'Which IngressClass, and so which controller, handles this Ingress. Omitted: the class annotated `ingressclass.kubernetes.io/is-default-class`.',
  'schema.Ingress.spec.defaultBackend':
    'Where requests that match no rule go. Without one the controller answers them itself (ingress-nginx: 404).',
  'schema.Ingress.backend.service': 'The Service whose endpoints receive the request.',
  'schema.Ingress.backend.service.name': "The Service's name, in the Ingress's namespace.",
  'schema.Ingress.backend.service.port':
    'The Service port, by `number` or by `name`. The controller finds its `targetPort` and connects to the pod on that port.',
  'schema.Ingress.backend.service.port.number': 'The Service `port` number (not the `targetPort`).',
  'schema.Ingress.backend.service.port.name': 'The name of the Service port.',
  'schema.Ingress.backend.resource':
    'A backend that is another object (e.g. a storage bucket) instead of a Service; controller-specific.',
  'schema.Ingress.spec.rules':
    'Host and path rules, which the controller matches against the HTTP `Host` header and the request path.',
  'schema.Ingress.spec.rules.host':
    'The HTTP `Host` (or TLS SNI name) this rule applies to, e.g. `shop.example.com`; a leading `*.` matches one label. Omitted: any host.',
  'schema.Ingress.spec.rules.http': 'Path rules for requests to this host.',
  'schema.Ingress.spec.rules.http.paths':
    'Path rules. The longest matching path wins, and at equal length `Exact` beats `Prefix`.',
  'schema.Ingress.spec.rules.http.paths.path': 'The URL path to match; it starts with `/`.',
  'schema.Ingress.spec.rules.http.paths.pathType':
    '`Exact`: the path must be equal. `Prefix`: matches whole `/`-separated elements (`/foo` matches `/foo` and `/foo/bar`, not `/foobar`). `ImplementationSpecific`: up to the controller.',
  'schema.Ingress.spec.rules.http.paths.backend': 'Where requests matching this path go.',
  'schema.Ingress.spec.tls':
    'TLS termination at the controller: it decrypts, then forwards plain HTTP to the backend pod unless configured otherwise.',
  'schema.Ingress.spec.tls.hosts': 'The hosts this certificate covers, matched against the TLS SNI name.',
  'schema.Ingress.spec.tls.secretName':
    "The Secret, in the Ingress's namespace, that holds `tls.crt` and `tls.key`.",
  'schema.IngressClass.spec': 'Names a class of Ingresses and the controller that implements it.',
  'schema.IngressClass.spec.controller':
    "The controller that handles this class's Ingresses, e.g. `k8s.io/ingress-nginx`. Only that controller's pods proxy the traffic.",

  // Namespace, Node, ConfigMap
  'schema.Namespace.metadata.name':
    "The namespace's name. It appears in every Service DNS name here (`<svc>.<name>.svc.cluster.local`), in the pods' search list, and in the automatic label `kubernetes.io/metadata.name`.",
  'schema.Namespace.metadata.labels':
    'The labels a NetworkPolicy `namespaceSelector` matches. Every namespace also carries `kubernetes.io/metadata.name: <name>`, the usual way to select exactly one namespace.',
  'schema.Node.metadata.name':
    "The node's name, which a pod's `spec.nodeName` and an endpoint's `nodeName` refer to; kube-proxy uses it to find its local endpoints.",
  'schema.Node.metadata.labels':
    "The labels a pod's `nodeSelector` and node affinity match, e.g. `kubernetes.io/hostname`, `node-role.kubernetes.io/control-plane`.",
  'schema.Node.spec': "The node's pod CIDR and taints.",
  'schema.Node.spec.podCIDR':
    'The range this node gives pod IPs from (e.g. `10.244.1.0/24`). The other nodes route it here: flannel VXLAN adds `10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink`, host-gw adds `via <node IP>`.',
  'schema.Node.spec.podCIDRs': "The node's pod CIDRs, one per IP family; the first equals `podCIDR`.",
  'schema.Node.spec.taints':
    'Taints keep away pods without a matching toleration, so they decide which pods, and which endpoints, can live on this node.',
  'schema.Node.spec.taints.key': "The taint's key, e.g. `node-role.kubernetes.io/control-plane`.",
  'schema.Node.spec.taints.value': "The taint's value (may be empty).",
  'schema.Node.spec.taints.effect':
    '`NoSchedule`: no new pods without a toleration. `PreferNoSchedule`: avoided when possible. `NoExecute`: running pods without a toleration are evicted too.',
  'schema.Node.spec.unschedulable':
    'Cordoned: no new pods are scheduled here. Pods already running keep serving traffic.',
  'schema.Node.status': 'What the node reports: its addresses.',
  'schema.Node.status.addresses':
    "The node's addresses. The `InternalIP` is the node IP: the outer source and destination of tunnelled packets, the next hop of host-gw and BGP routes, and where NodePorts listen.",
  'schema.Node.status.addresses.type':
    '`InternalIP`, `ExternalIP`, `Hostname`, `InternalDNS` or `ExternalDNS`.',
  'schema.Node.status.addresses.address': 'The address itself, e.g. `192.168.1.11`.',
  'schema.ConfigMap.data':
    'Key/value strings. A few well-known ConfigMaps change the dataplane: `kube-proxy` (`config.conf`), `kube-flannel-cfg` (`net-conf.json`) and `coredns` (`Corefile`).',
  'schema.ConfigMap.data.config.conf':
    'In the `kube-proxy` ConfigMap: the KubeProxyConfiguration. `mode` (iptables, ipvs, nftables), `clusterCIDR` (the `! -s` of the masquerade rule), `iptables.masqueradeAll` and `ipvs.scheduler` change the rules on every node.',
  'schema.ConfigMap.data.net-conf.json':
    'In the `kube-flannel-cfg` ConfigMap: flannel\'s network, e.g. `{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan"}}`. `Backend.Type` picks `vxlan` (`flannel.1`, VNI 1, UDP 8472) or `host-gw` (plain routes via the node IPs).',
  'schema.ConfigMap.data.Corefile':
    "In the `coredns` ConfigMap: CoreDNS's configuration. The `kubernetes cluster.local …` block answers Service and pod names; `forward . /etc/resolv.conf` sends every other name to the node's resolvers.",

  // Calico IPPool
  'schema.IPPool.spec': 'A Calico pool of pod IPs, and how packets between its pods cross nodes.',
  'schema.IPPool.spec.cidr':
    "The pool's range; pod IPs are handed out from it in per-node blocks (`192.168.0.0/16` in Calico's default manifests).",
  'schema.IPPool.spec.ipipMode':
    'IP-in-IP between nodes: `Always`, `CrossSubnet` (only when the nodes are in different subnets) or `Never`. Encapsulated packets leave through `tunl0` (MTU 1480) with the node IPs as outer header, IP protocol 4.',
  'schema.IPPool.spec.vxlanMode':
    'VXLAN between nodes: `Always`, `CrossSubnet` or `Never`, through `vxlan.calico` (UDP 4789, VNI 4096, MTU 1450). With both modes `Never`, BGP routes send pod traffic unencapsulated over `eth0` (`proto bird`).',
  'schema.IPPool.spec.natOutgoing':
    "Masquerade packets from this pool's pods to destinations outside every pool (e.g. the internet) to the node's IP.",
  'schema.IPPool.spec.blockSize':
    'The prefix length of the per-node blocks carved from the pool (default 26: 64 addresses). Other nodes route each block to its node; the owner holds a `blackhole` route for it.',
  'schema.IPPool.spec.disabled':
    'No new pod IPs come from this pool; existing pods keep their IPs and routes.',
  'schema.IPPool.spec.nodeSelector':
    'A Calico selector (e.g. `all()`) choosing which nodes allocate pod IPs from this pool.',

  // packetwalk Cluster
  'schema.Cluster.spec':
    'What the manifests leave open: address ranges, the CNI and its mode, the kube-proxy mode, the nodes and the external clients. Anything omitted takes the kubeadm + flannel defaults.',
  'schema.Cluster.spec.podCIDR':
    'The cluster-wide pod range (default `10.244.0.0/16`), split into one range per node. kube-proxy masquerades Service traffic from sources outside it (`! -s 10.244.0.0/16 -j KUBE-MARK-MASQ`).',
  'schema.Cluster.spec.serviceCIDR':
    'The range ClusterIPs come from (default `10.96.0.0/12`). Its `.1` address is the `kubernetes` Service (`10.96.0.1`) and its `.10` is kube-dns (`10.96.0.10`).',
  'schema.Cluster.spec.clusterDomain':
    'The DNS suffix (default `cluster.local`): Services are `<svc>.<ns>.svc.cluster.local`, and pods search `<ns>.svc.cluster.local svc.cluster.local cluster.local`.',
  'schema.Cluster.spec.nodePortRange':
    'The range NodePorts are allocated from, written `<first>-<last>` (default `30000-32767`).',
  'schema.Cluster.spec.cni':
    'The network plugin that wires pods to their node and carries packets between nodes.',
  'schema.Cluster.spec.cni.plugin':
    '`flannel`: a `cni0` bridge, VXLAN or host-gw, no NetworkPolicy. `calico`: routed `cali…` veths, BGP, IPIP or VXLAN, and policy. `cilium`: an eBPF datapath and policy. `weave`: a `weave` bridge and its own overlay. `canal`: flannel networking with Calico policy.',
  'schema.Cluster.spec.cni.mode':
    "How packets cross nodes. `vxlan`: flannel `flannel.1` (VNI 1, UDP 8472), Calico `vxlan.calico` (UDP 4789) or `cilium_vxlan` (UDP 8472). `host-gw`: flannel routes via the other node's IP (nodes on one L2 segment). `bgp`: Calico routes from BIRD, no encapsulation. `ipip`: Calico `tunl0`. `geneve`: `cilium_geneve` (UDP 6081). `native`: Cilium without a tunnel.",
  'schema.Cluster.spec.kubeProxy': 'How Services are implemented on every node.',
  'schema.Cluster.spec.kubeProxy.mode':
    '`iptables` (default): NAT chains `KUBE-SERVICES` → `KUBE-SVC-…` → `KUBE-SEP-…`. `ipvs`: IPVS virtual servers, every ClusterIP bound to `kube-ipvs0` (so ClusterIPs answer ping). `nftables`: the `ip kube-proxy` table. `none`: no kube-proxy, e.g. Cilium replacing it and balancing at the socket.',
  'schema.Cluster.spec.kubeProxy.scheduler':
    'The IPVS scheduler for `mode: ipvs` (default `rr`, round robin): `lc` least connections, `dh` / `sh` destination / source hashing, `sed`, `nq`, `wrr`, `wlc`.',
  'schema.Cluster.spec.kubeProxy.masqueradeAll':
    'SNAT every packet sent to a ClusterIP, not only those from outside the pod range: the `KUBE-SVC-…` masquerade rule loses its `! -s <podCIDR>`, so backend pods see a node address as source instead of the client pod.',
  'schema.Cluster.spec.nodes':
    "The cluster's nodes. Each gets its own dataplane (bridge, rules, routes, tunnel device) and, unless given, a pod range from `podCIDR`.",
  'schema.Cluster.spec.nodes.name': "The node's name, as pods' `nodeName` and `node/<name>` refer to it.",
  'schema.Cluster.spec.nodes.ip':
    "The node's underlay IP (its `eth0`): the outer address of tunnelled packets, the next hop of host-gw and BGP routes, and where NodePorts listen.",
  'schema.Cluster.spec.nodes.podCIDR':
    "This node's pod range, e.g. `10.244.1.0/24`: its pods get IPs from it, and the other nodes route it here.",
  'schema.Cluster.spec.nodes.role':
    '`control-plane` nodes carry the `node-role.kubernetes.io/control-plane:NoSchedule` taint, so ordinary pods run on the `worker` nodes.',
  'schema.Cluster.spec.externalClients':
    'Machines outside the cluster that a walk can start from, e.g. a laptop reaching a NodePort or a load balancer IP.',
  'schema.Cluster.spec.externalClients.name': 'A name for the client, shown in the source picker.',
  'schema.Cluster.spec.externalClients.ip':
    "The client's IP: the source address of its packets, which `externalTrafficPolicy: Local` preserves.",
  'schema.Cluster.spec.upstreamDNS':
    'The resolver CoreDNS forwards non-cluster names to (`forward . /etc/resolv.conf` on the node), e.g. `8.8.8.8`.',

  // List
  'schema.List.items':
    'The objects of a `kubectl get … -o yaml` dump; each item is read as if it were a document of its own.',
} as const;
