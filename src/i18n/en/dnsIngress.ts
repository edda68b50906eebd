/**
 * Explanations of DNS lookups and Ingress routing, keyed `dns.*` and `ingress.*`: what happened, why, and
 * what would change it. Written for someone learning how clusters work.
 */
export const dnsIngress = {
  'dns.resolve.answered':
    '"{name}" resolved to {addresses} on try {tries}, as {candidate}. The pod\'s resolver tries the search domains from /etc/resolv.conf in order and stops at the first name that has an address',
  'dns.resolve.nxdomain':
    '"{name}" did not resolve: all {tries} names the resolver tried (the search domains, then the name itself) were NXDOMAIN. Check the spelling and the namespace, or end the name with a dot to skip the search list',
  'dns.resolve.nodata':
    '"{name}" did not resolve: after {tries} tries, some names exist but none has an IPv4 address (NOERROR with no answer). A headless Service with no ready pods, or a name with only other record types, looks like this',
  'dns.resolve.servfail':
    '"{name}" did not resolve: a DNS server failed (SERVFAIL) and no other name in the search list ({tries} tried) had an address',
  'dns.coredns.answer':
    '{name} is in the cluster zone {zone}, so CoreDNS answers it from what the API server knows: {type} {answers}',
  'dns.coredns.nodata':
    '{name} exists in the cluster zone (it has {types}), but has no {type} record: CoreDNS answers NOERROR with an empty answer (NODATA), and the resolver moves on',
  'dns.coredns.cname':
    '{name} is an ExternalName Service: CoreDNS answers with a CNAME to {target} and looks that name up too, giving {answers}. No ClusterIP and no kube-proxy rules are involved: the client connects straight to that address',
  'dns.coredns.cnameUnresolved':
    '{name} is an ExternalName Service pointing to {target}, but {target} has no {type} record, so the answer is the CNAME alone and the client gets no address. Point externalName at a name that resolves',
  'dns.coredns.nodataApex':
    '{name} is a structural name in the cluster zone {zone}: it exists but holds no records, so CoreDNS answers NOERROR with an empty answer',
  'dns.coredns.nxdomainNotKubernetes':
    '{name} is inside the cluster zone {zone} but is not a Service (…svc.{zone}) or pod (…pod.{zone}) name, so CoreDNS answers NXDOMAIN itself instead of forwarding it. This is what the search list produces for external names with fewer than 5 dots',
  'dns.coredns.nxdomainNamespace':
    '{name} asks about namespace "{namespace}", which does not exist, so CoreDNS answers NXDOMAIN',
  'dns.coredns.nodataNamespace':
    '{name} names namespace "{namespace}" but no Service or pod in it, so CoreDNS answers NOERROR with an empty answer',
  'dns.coredns.nxdomainPod':
    '{name} is not a pod name CoreDNS understands: pod names are the IP with dashes, like 10-244-1-5.{namespace}.pod.{zone}',
  'dns.coredns.podInsecure':
    '{name} is a pod-style name: with "pods insecure" (kubeadm\'s Corefile) CoreDNS turns the dashes back into {ip} and answers without checking that such a pod exists',
  'dns.coredns.nxdomainService':
    'There is no Service "{service}" in namespace "{namespace}", so {name} is NXDOMAIN. If the Service lives in another namespace, ask for {service}.<namespace>',
  'dns.coredns.nxdomainHeadless':
    'Service "{service}" in "{namespace}" is headless (clusterIP: None), so its name resolves to its ready pods, and it has none: the DNS specification says the answer is NXDOMAIN. Make its pods Ready, or check its selector',
  'dns.coredns.nxdomainName':
    'Service "{service}" exists in "{namespace}", but {name} names none of its endpoints or named ports, so CoreDNS answers NXDOMAIN',
  'dns.forward.answer':
    '{name} is outside the cluster zone, so CoreDNS forwards it to the upstream resolver {upstream}, which answers {type}',
  'dns.forward.nodata':
    '{name} is outside the cluster zone; the upstream resolver {upstream} knows the name but has no {type} record for it',
  'dns.forward.nxdomain':
    "{name} is outside the cluster zone; CoreDNS forwarded it to the upstream resolver {upstream}, which says it does not exist (NXDOMAIN). packetwalk's simulated Internet knows only the documentation names example.com, example.net and example.org",
  'ingress.noController':
    'No Ingress controller runs in this cluster, so nothing answers HTTP for {host}. Add an Ingress (packetwalk then adds ingress-nginx) or deploy a controller',
  'ingress.backend':
    'ingress-nginx matched {host}{path} to {pathType} path "{rulePath}" of Ingress {ingress} (spec.rules[{rule}].http.paths[{index}]) and proxies it as {rewrittenPath} to Service {service} port {port}: straight to its {endpoints} ready endpoint(s), not through the ClusterIP',
  'ingress.noEndpoints':
    'Ingress {ingress} sends {host}{path} to Service {service} port {port}, but the Service has no ready endpoint, so ingress-nginx answers 503 Service Unavailable. Check that the Service selects running, Ready pods',
  'ingress.serviceMissing':
    'Ingress {ingress} sends {host}{path} to Service {service}, which does not exist, so ingress-nginx answers 503. Create the Service or fix the backend name',
  'ingress.portMissing':
    "Ingress {ingress} sends {host}{path} to port {port} of Service {service}, but the Service has no such port, so ingress-nginx answers 503. Use one of the Service's port numbers or names",
  'ingress.externalName':
    'Ingress {ingress} sends {host}{path} to Service {service}, an ExternalName Service: ingress-nginx proxies to {externalName} as {rewrittenPath}',
  'ingress.defaultBackendOfIngress':
    'No path of {host} matched {path}, so the request goes to the defaultBackend of Ingress {ingress}: Service {service} port {port}',
  'ingress.sslRedirect':
    '{host} has a TLS certificate in an Ingress, so ingress-nginx redirects plain HTTP to {location} (308). Set nginx.ingress.kubernetes.io/ssl-redirect: "false" on Ingress {ingress} to serve HTTP too',
  'ingress.noPathMatch':
    "An Ingress has rules for {host}, but none of their paths matches {path}, and no defaultBackend is set: the controller's default backend answers 404. Remember that Prefix matches whole path segments and Exact the exact path",
  'ingress.noHostMatch':
    "No Ingress served by the controller has a rule for host {host} or a rule without a host, so the controller's default backend answers 404. Add the host to a rule, or a rule without host",
  'ingress.unservedClass':
    'Ingress {ingress} has a rule for {host}, but its class "{className}" is handled by no controller running here, so it is ignored and the request gets 404. Use the class of a running controller',
} as const;
