/** Cluster-model diagnostic texts, keyed `diag.<code>`. Written for someone learning how clusters work. */
export const diagCluster = {
  'diag.PW101': 'Service "{name}" selects {selector}, but no pod carries those labels',
  'diag.PW102':
    '{setting}: {other} says {otherValue}, but {winner} says {winnerValue}. packetwalk uses {winnerValue} ({winner} takes precedence)',
  'diag.PW103': '{setting} has a value packetwalk cannot read ("{value}"), so the default is used instead',
  'diag.PW104':
    'The Pod network {podCIDR} overlaps the Service network {serviceCIDR}: a packet to such an address could mean a pod or a Service, so routing breaks. Pick ranges that do not overlap',
  'diag.PW105':
    "The Pod network {podCIDR} overlaps the node network {nodeNetwork}: nodes and pods would claim the same addresses. Pick a Pod range outside the nodes' network",
  'diag.PW106':
    "The Service network {serviceCIDR} overlaps the node network {nodeNetwork}: kube-proxy would capture traffic meant for real machines. Pick a Service range outside the nodes' network",
  'diag.PW107':
    'Service "{name}" asks for clusterIP {ip}, which is outside the Service network {cidr}; a real API server rejects it. packetwalk keeps the address so you can see the effect',
  'diag.PW108':
    'Service "{name}" uses nodePort {nodePort}, outside the node-port range {range}; a real API server rejects it unless the range is changed. packetwalk keeps the port',
  'diag.PW109':
    'The address {ip} is used twice: by {first} and by {second}. Every node, pod and Service needs its own address',
  'diag.PW110':
    'Pod "{pod}" is pinned to node "{node}", which does not exist, so it never starts and gets no IP',
  'diag.PW111':
    '{pod} cannot be scheduled: no node accepts it ({detail}). Its pods stay Pending with no IP. Add a toleration, fix the nodeSelector, or add a node',
  'diag.PW112': 'Pod "{pod}" gets no IP: the pod range {cidr} of node "{node}" has no free address left',
  'diag.PW113':
    'Service "{name}" port {port} targets the container port named "{targetPort}" ({protocol}), but no selected container declares a port with that name, so the Service has no endpoint for this port',
  'diag.PW114':
    'Service "{name}" port {port} sends {protocol} to {targetPort}, but the selected containers declare that port as {containerProtocol}; named ports only match when the protocol matches too',
  'diag.PW115':
    'Service "{name}" port {port} sends traffic to port {targetPort}, but the selected containers declare only {declared}. Unless the app also listens on {targetPort}, connections will be refused',
  'diag.PW116':
    'Ingress "{name}" asks for class "{className}", but no running ingress controller serves that class, so nothing routes its traffic',
  'diag.PW117':
    'Ingress "{name}" names no ingressClassName and there is no default IngressClass, so no controller picks it up',
  'diag.PW118':
    'NetworkPolicy "{name}" has no effect: the CNI here ({cni}) does not enforce NetworkPolicy, so all traffic is still allowed. Use Calico, Cilium or Canal to enforce it',
  'diag.PW119':
    'Namespace "{namespace}" is used but never declared; packetwalk creates it (a real API server would refuse objects in a namespace that does not exist)',
  'diag.PW120':
    'Closest match for Service "{name}": pod "{pod}" has {has} where the selector wants {missing}',
  'diag.PW121':
    'Pods with these labels exist in namespace "{otherNamespace}", but a Service only selects pods in its own namespace ("{namespace}")',
  'diag.PW122': '{object}: {field} "{value}" is not a valid IPv4 address or range, so it is ignored',
  'diag.PW123': 'Node "{node}" has pod range {cidr}, which lies outside the cluster Pod network {podCIDR}',
  'diag.PW124':
    'Node "{node}" gets no pod range: the Pod network {podCIDR} has no free /24 left, so pods on this node get no IP',
  'diag.PW125': 'Node "{node}" has pod range {cidr}, which overlaps the range of node "{other}"',
  'diag.PW126': 'Pod "{pod}" reports IP {ip}, which is outside the pod range {cidr} of its node "{node}"',
  'diag.PW127':
    'NodePort {nodePort}/{protocol} is used by both {first} and {second}; a NodePort can belong to only one Service',
  'diag.PW128':
    '{kind} "{name}": its selector does not match its pod template labels; a real API server rejects it, so it creates no pods',
  'diag.PW129':
    'EndpointSlice "{name}" belongs to Service "{service}", which does not exist, so kube-proxy ignores it',
  'diag.PW130':
    'Service "{name}" has no selector and no EndpointSlices or Endpoints, so it has no endpoints: connections to it fail until you add them',
  'diag.PW131':
    'StatefulSet "{name}" names serviceName "{serviceName}", but there is no headless Service (clusterIP: None) of that name, so its pods get no stable DNS names',
  'diag.PW132': '{plugin} has no mode "{mode}" that packetwalk simulates; using {fallback}',
  'diag.PW133': 'Node "{node}" lists no InternalIP, so packetwalk gives it {ip}',
  'diag.PW134':
    'Ingress "{name}" sends traffic to Service "{service}", which does not exist, so those requests get a 503',
  'diag.PW135': 'Node "{node}" is declared twice; the second one is ignored',
  'diag.PW136':
    "{pod} uses hostNetwork with dnsPolicy ClusterFirst, so it resolves names with the node's resolver, not cluster DNS. Set dnsPolicy: ClusterFirstWithHostNet to use cluster DNS",
} as const;
