import type { dnsIngress as en } from '../en/dnsIngress.ts';

export const dnsIngress: Readonly<Record<keyof typeof en, string>> = {
  'dns.resolve.answered':
    '"{name}" 在第 {tries} 次尝试时以 {candidate} 解析为 {addresses}。Pod 的解析器按 /etc/resolv.conf 中搜索域的顺序逐个尝试，遇到第一个有地址的名字就停止',
  'dns.resolve.nxdomain':
    '"{name}" 无法解析：解析器尝试的全部 {tries} 个名字（先是各搜索域，最后是名字本身）都返回 NXDOMAIN。请检查拼写和命名空间，或在名字末尾加点以跳过搜索列表',
  'dns.resolve.nodata':
    '"{name}" 无法解析：尝试了 {tries} 次，有的名字存在，但都没有 IPv4 地址（NOERROR 且无应答）。没有就绪 Pod 的无头 Service，或只有其他类型记录的名字，就是这种情况',
  'dns.resolve.servfail':
    '"{name}" 无法解析：某个 DNS 服务器出错（SERVFAIL），搜索列表中的其他名字（共尝试 {tries} 个）也都没有地址',
  'dns.coredns.answer':
    '{name} 位于集群域 {zone} 内，CoreDNS 根据 API Server 中的信息直接应答：{type} {answers}',
  'dns.coredns.nodata':
    '{name} 在集群域中存在（有 {types} 记录），但没有 {type} 记录：CoreDNS 返回 NOERROR 和空应答（NODATA），解析器继续尝试下一个名字',
  'dns.coredns.cname':
    '{name} 是 ExternalName 类型的 Service：CoreDNS 返回指向 {target} 的 CNAME，并继续查询该名字，得到 {answers}。这里不涉及 ClusterIP，也没有 kube-proxy 规则：客户端直接连接该地址',
  'dns.coredns.cnameUnresolved':
    '{name} 是指向 {target} 的 ExternalName Service，但 {target} 没有 {type} 记录，因此应答中只有 CNAME，客户端拿不到地址。请把 externalName 指向一个能解析的名字',
  'dns.coredns.nodataApex':
    '{name} 是集群域 {zone} 中的结构性名字：它存在但不包含记录，因此 CoreDNS 返回 NOERROR 和空应答',
  'dns.coredns.nxdomainNotKubernetes':
    '{name} 位于集群域 {zone} 内，但既不是 Service 名（…svc.{zone}）也不是 Pod 名（…pod.{zone}），因此 CoreDNS 直接返回 NXDOMAIN，而不会转发。点数少于 5 个的外部名字经过搜索列表时就会产生这样的查询',
  'dns.coredns.nxdomainNamespace': '{name} 查询的命名空间 "{namespace}" 不存在，因此 CoreDNS 返回 NXDOMAIN',
  'dns.coredns.nodataNamespace':
    '{name} 指向命名空间 "{namespace}"，但没有指明其中的 Service 或 Pod，因此 CoreDNS 返回 NOERROR 和空应答',
  'dns.coredns.nxdomainPod':
    '{name} 不是 CoreDNS 能识别的 Pod 名：Pod 名是用短横线连接的 IP，例如 10-244-1-5.{namespace}.pod.{zone}',
  'dns.coredns.podInsecure':
    '{name} 是 Pod 形式的名字：在 "pods insecure" 模式下（kubeadm 的 Corefile），CoreDNS 把短横线还原为 {ip} 并直接应答，不检查这样的 Pod 是否存在',
  'dns.coredns.nxdomainService':
    '命名空间 "{namespace}" 中没有名为 "{service}" 的 Service，因此 {name} 返回 NXDOMAIN。如果该 Service 在其他命名空间，请查询 {service}.<命名空间>',
  'dns.coredns.nxdomainHeadless':
    '"{namespace}" 中的 Service "{service}" 是无头 Service（clusterIP: None），其名字解析为就绪的 Pod，而它一个也没有：按照 DNS 规范，应答为 NXDOMAIN。请让它的 Pod 进入 Ready 状态，或检查其选择器',
  'dns.coredns.nxdomainName':
    '"{namespace}" 中存在 Service "{service}"，但 {name} 并不对应它的任何端点或命名端口，因此 CoreDNS 返回 NXDOMAIN',
  'dns.forward.answer': '{name} 不在集群域内，CoreDNS 将它转发给上游解析器 {upstream}，由其应答 {type}',
  'dns.forward.nodata': '{name} 不在集群域内；上游解析器 {upstream} 认识这个名字，但它没有 {type} 记录',
  'dns.forward.nxdomain':
    '{name} 不在集群域内；CoreDNS 把它转发给上游解析器 {upstream}，后者表示该名字不存在（NXDOMAIN）。packetwalk 模拟的互联网只认识文档专用名字 example.com、example.net 和 example.org',
  'ingress.noController':
    '集群中没有运行 Ingress 控制器，因此没有谁响应 {host} 的 HTTP 请求。添加一个 Ingress（packetwalk 随后会加入 ingress-nginx），或部署一个控制器',
  'ingress.backend':
    'ingress-nginx 将 {host}{path} 匹配到 Ingress {ingress} 的 {pathType} 路径 "{rulePath}"（spec.rules[{rule}].http.paths[{index}]），并以 {rewrittenPath} 代理到 Service {service} 的端口 {port}：直接发往它的 {endpoints} 个就绪端点，不经过 ClusterIP',
  'ingress.noEndpoints':
    'Ingress {ingress} 把 {host}{path} 发往 Service {service} 的端口 {port}，但该 Service 没有就绪端点，因此 ingress-nginx 返回 503 Service Unavailable。请确认该 Service 选中了正在运行且 Ready 的 Pod',
  'ingress.serviceMissing':
    'Ingress {ingress} 把 {host}{path} 发往 Service {service}，但它不存在，因此 ingress-nginx 返回 503。请创建该 Service 或修正后端名称',
  'ingress.portMissing':
    'Ingress {ingress} 把 {host}{path} 发往 Service {service} 的端口 {port}，但该 Service 没有这个端口，因此 ingress-nginx 返回 503。请使用该 Service 的某个端口号或端口名',
  'ingress.externalName':
    'Ingress {ingress} 把 {host}{path} 发往 ExternalName 类型的 Service {service}：ingress-nginx 以 {rewrittenPath} 代理到 {externalName}',
  'ingress.defaultBackendOfIngress':
    '{host} 的所有路径都不匹配 {path}，因此请求交给 Ingress {ingress} 的 defaultBackend：Service {service} 的端口 {port}',
  'ingress.sslRedirect':
    '{host} 在某个 Ingress 中配置了 TLS 证书，因此 ingress-nginx 把明文 HTTP 重定向到 {location}（308）。在 Ingress {ingress} 上设置 nginx.ingress.kubernetes.io/ssl-redirect: "false" 即可同时提供 HTTP',
  'ingress.noPathMatch':
    '有 Ingress 为 {host} 定义了规则，但其中没有路径匹配 {path}，也没有设置 defaultBackend：由控制器的默认后端返回 404。注意 Prefix 按完整的路径段匹配，Exact 只匹配完全相同的路径',
  'ingress.noHostMatch':
    '控制器所服务的 Ingress 中，既没有针对主机 {host} 的规则，也没有不带主机的规则，因此由控制器的默认后端返回 404。请把该主机加入某条规则，或添加一条不带主机的规则',
  'ingress.unservedClass':
    'Ingress {ingress} 有针对 {host} 的规则，但它的类 "{className}" 不由这里运行的任何控制器处理，因此被忽略，请求得到 404。请使用正在运行的控制器的类',
};
