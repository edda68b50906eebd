import type { schema as en } from '../en/schema.ts';

export const schema: Readonly<Record<keyof typeof en, string>> = {
  'schema.title': 'Kubernetes 对象',
  'schema.root': 'packetwalk 清单：每个 YAML 文档是一个 Kubernetes 对象，按其 `kind` 对应的 schema 校验。',
  'schema.error.cidr': '需要 CIDR，例如 10.244.0.0/16（地址、斜杠和前缀长度）。',
  'schema.error.ip': '需要 IP 地址，例如 192.168.1.10，不带前缀长度。',
  'schema.error.portRange': '需要端口范围，例如 30000-32767。',

  // 所有类型共用
  'schema.common.apiVersion':
    '对象的 API 组和版本：Service 和 Pod 用 `v1`，Deployment 用 `apps/v1`，NetworkPolicy 用 `networking.k8s.io/v1`。它与 `kind` 一起决定文档其余部分如何解读。',
  'schema.common.kind':
    '对象的类型。packetwalk 模拟的类型（Service、Pod、EndpointSlice、NetworkPolicy……）会变成节点上的规则、路由和设备；其他类型会保留，但不影响数据包。',
  'schema.common.metadata':
    '名称、命名空间、标签和注解。对数据包而言最重要的是标签：Service 和 NetworkPolicy 的选择器匹配的就是它们。',
  'schema.common.metadata.name':
    '对象名称，在同一命名空间内同类对象中唯一。Service 的名称同时也是它的 DNS 名（`<name>.<namespace>.svc.cluster.local`），并出现在 kube-proxy 规则的注释里（`<namespace>/<name>:<port>`）。',
  'schema.common.metadata.namespace':
    '对象所在的命名空间（省略时为 `default`）。它是每个 Service DNS 名的一部分，也在 Pod 的 DNS 搜索列表中；NetworkPolicy 只作用于自己命名空间内的 Pod。',
  'schema.common.metadata.labels':
    '附加在对象上的键值字符串。Service 的 `spec.selector` 和 NetworkPolicy 的 `podSelector` 匹配的就是它们：标签不匹配的 Pod 收不到该 Service 的流量，也不受该策略约束。',
  'schema.common.metadata.annotations':
    '任意键值字符串，选择器从不匹配它们。部分控制器会读取（Ingress 控制器选项、云负载均衡器设置）；除此之外不影响数据包。',
  'schema.common.podTemplate.metadata.labels':
    '由此模板创建的每个 Pod 都带有这些标签。它们必须与 `spec.selector` 匹配，Service 和 NetworkPolicy 选择的也是它们：改动后 Pod 会从这些 Service 的端点中消失。',
  'schema.common.labelSelector.matchLabels': '必须全部存在且值完全相同的标签，与 `matchExpressions` 取 AND。',
  'schema.common.labelSelector.matchExpressions':
    '基于集合的标签条件；所有条件以及 `matchLabels` 都必须满足（AND）。',
  'schema.common.labelSelector.matchExpressions.key': '该条件检查的标签键。',
  'schema.common.labelSelector.matchExpressions.operator':
    '`In` / `NotIn`：标签值属于 / 不属于 `values`。`Exists` / `DoesNotExist`：该键存在 / 不存在，此时 `values` 必须为空。',
  'schema.common.labelSelector.matchExpressions.values':
    '`In` 和 `NotIn` 使用的标签值；`Exists` 和 `DoesNotExist` 时留空。',
  'schema.common.workload.replicas':
    '按模板运行多少个 Pod。每个就绪的 Pod 都会成为选中它的每个 Service 的一个端点，kube-proxy 把新连接随机分摊到它们上面（`KUBE-SVC-…` 中的 `-m statistic --mode random --probability …`）。',
  'schema.common.workload.selector':
    '该控制器管理哪些 Pod，必须与 `template.metadata.labels` 匹配。它不转发任何流量：哪些 Pod 接收数据包由 Service 自己的 `spec.selector` 决定。',
  'schema.common.workload.template':
    '每个副本据以创建的 Pod。它的标签、容器端口和网络设置（`hostNetwork`、`dnsPolicy`）就是 Service 端点和数据包路径所看到的内容。',
  'schema.common.targetRef': '该端点地址背后的对象，通常是 Pod：被 DNAT 到这个地址的数据包最终到达的 Pod。',
  'schema.common.targetRef.kind': '被引用对象的类型，通常为 `Pod`。',
  'schema.common.targetRef.name': '被引用 Pod 的名称。',
  'schema.common.targetRef.namespace': '被引用 Pod 所在的命名空间。',
  'schema.common.protocol':
    '四层协议：`TCP`（默认）、`UDP` 或 `SCTP`。端口只匹配同协议的数据包，所以 DNS 需要 UDP 和 TCP 两个 53 端口。',
  'schema.common.appProtocol':
    '该端口上的应用层协议（如 `http`、`kubernetes.io/h2c`）。kube-proxy 忽略它；Ingress 控制器和服务网格可能会使用。',

  // Pod
  'schema.Pod.spec':
    'Pod 的期望状态：容器和端口，以及决定其地址（`hostNetwork`）、DNS（`dnsPolicy`）和所在节点的设置。',
  'schema.Pod.spec.containers':
    'Pod 中的容器。它们共享同一个网络命名空间：一个 `eth0`、一个 Pod IP、一套端口，所以两个容器不能监听同一端口。',
  'schema.Pod.spec.containers.name': '容器名称，在 Pod 内唯一。',
  'schema.Pod.spec.containers.image':
    '容器镜像。packetwalk 不会运行它；对数据包路径有意义的只是下面声明的端口。',
  'schema.Pod.spec.containers.ports':
    '容器监听的端口。未声明的端口同样能收到数据包，但以名称给出的 Service `targetPort` 或 NetworkPolicy 端口要在这里查找。',
  'schema.Pod.spec.containers.ports.name':
    '端口名称（小写，最多 15 个字符）。Service 的 `targetPort: http` 或 NetworkPolicy 的 `port: http` 会在每个 Pod 中按此名称解析，因此各 Pod 可以监听不同的端口号。',
  'schema.Pod.spec.containers.ports.containerPort':
    '进程在 Pod 网络命名空间中监听的端口，也就是 Service 流量被 DNAT 到的端口号（`--to-destination podIP:containerPort`）。',
  'schema.Pod.spec.containers.ports.protocol':
    '`TCP`（默认）、`UDP` 或 `SCTP`。以名称给出的 `targetPort` 只匹配同协议的容器端口。',
  'schema.Pod.spec.containers.ports.hostPort':
    '同时在节点 IP 上暴露该端口：CNI `portmap` 插件把 `nodeIP:hostPort` DNAT 到 `podIP:containerPort`（链 `CNI-HOSTPORT-DNAT`）。同一节点上一个 hostPort 只能被一个 Pod 占用。',
  'schema.Pod.spec.containers.ports.hostIP': 'hostPort 绑定的节点地址；为空表示节点的所有地址。',
  'schema.Pod.spec.containers.readinessProbe':
    '决定 Pod 是否就绪的检查。只有就绪的 Pod 才是 EndpointSlice 中的就绪端点，kube-proxy 只把新连接发给它们。',
  'schema.Pod.spec.initContainers': '在应用容器启动前运行至结束的容器。它们共享 Pod 的网络命名空间和 IP。',
  'schema.Pod.spec.hostNetwork':
    '让 Pod 运行在节点的网络命名空间中：没有 veth，也没有自己的 Pod IP（`podIP` 就是节点 IP），端口就是节点的端口，数据包直接从节点自身的网络栈发出，而不是从 veth 后面。配合 `dnsPolicy: ClusterFirst` 时使用节点的 DNS；要用集群 DNS 请设为 `ClusterFirstWithHostNet`。',
  'schema.Pod.spec.nodeName':
    '把 Pod 绑定到该节点，绕过调度器。所在节点决定了发往该 Pod 的数据包是留在一个节点上，还是要穿过隧道（`flannel.1`、`tunl0`……）才能到达。',
  'schema.Pod.spec.nodeSelector':
    'Pod 所在节点必须带有的标签（如 `kubernetes.io/hostname: worker-1`）。它决定节点，也就决定了发往该 Pod 的流量是节点本地的还是要穿过 overlay 网络。',
  'schema.Pod.spec.affinity':
    '节点亲和性和 Pod（反）亲和性。它们只通过调度位置影响数据包：Pod 运行在哪个节点，决定了到达它的路径。',
  'schema.Pod.spec.tolerations':
    '该 Pod 能容忍的污点。没有对 `node-role.kubernetes.io/control-plane:NoSchedule` 的容忍度，Pod 不会被调度到控制平面节点上。',
  'schema.Pod.spec.tolerations.key': '要容忍的污点键；为空且 `operator: Exists` 时容忍所有污点。',
  'schema.Pod.spec.tolerations.operator': '`Equal`（默认）要求键和值都匹配；`Exists` 匹配该键的任意值。',
  'schema.Pod.spec.tolerations.value': '`operator: Equal` 时要匹配的污点值。',
  'schema.Pod.spec.tolerations.effect':
    '容忍的污点效果（`NoSchedule`、`PreferNoSchedule`、`NoExecute`）；为空表示容忍所有效果。',
  'schema.Pod.spec.tolerations.tolerationSeconds':
    '仅用于 `NoExecute` 污点：Pod 在带污点的节点上还能停留多久，之后会被驱逐，其端点也随之消失。',
  'schema.Pod.spec.dnsPolicy':
    'Pod 的 `/etc/resolv.conf` 如何生成。`ClusterFirst`（默认）：`nameserver 10.96.0.10`（kube-dns 的 ClusterIP）、`search <ns>.svc.cluster.local svc.cluster.local cluster.local` 和 `options ndots:5`，因此点数少于 5 的名称会先走搜索列表。`Default` 复制节点的 resolv.conf，`ClusterFirstWithHostNet` 是用于 `hostNetwork` Pod 的 ClusterFirst，`None` 只使用 `dnsConfig`。',
  'schema.Pod.spec.dnsConfig':
    '额外的 resolv.conf 设置，合并到 `dnsPolicy` 生成的内容中（`dnsPolicy: None` 时单独使用）。',
  'schema.Pod.spec.dnsConfig.nameservers':
    '追加在策略生成的 nameserver 之后的 DNS 服务器 IP（总数最多 3 个）；解析器按顺序尝试。',
  'schema.Pod.spec.dnsConfig.searches': '追加到搜索列表的域。每多一个域，解析短名称时就可能多一次查询。',
  'schema.Pod.spec.dnsConfig.options':
    'resolv.conf 选项，如 `ndots`。把 `ndots:5` 降到 `ndots:2` 后，`api.example.com` 这样的名称会先作为绝对名称查询，而不是先遍历集群搜索列表。',
  'schema.Pod.spec.dnsConfig.options.name':
    '选项名称，如 `ndots`、`timeout`、`attempts`、`single-request-reopen`。',
  'schema.Pod.spec.dnsConfig.options.value': "选项的值，为字符串，例如 `ndots` 的 `'2'`。",
  'schema.Pod.spec.hostname':
    'Pod 的主机名（默认为 Pod 名称）。当 `subdomain` 指向一个 headless Service 时，它还会获得 DNS 记录 `<hostname>.<subdomain>.<ns>.svc.cluster.local`。',
  'schema.Pod.spec.subdomain':
    '同一命名空间中某个 headless Service 的名称。与 `hostname` 一起，为 Pod 生成指向其 Pod IP 的 A 记录 `<hostname>.<subdomain>.<ns>.svc.cluster.local`。',
  'schema.Pod.spec.hostAliases':
    '额外的 `/etc/hosts` 条目。这些名称在 Pod 内直接解析，不会发出任何 DNS 数据包。',
  'schema.Pod.spec.hostAliases.ip': '这些名称解析到的 IP 地址。',
  'schema.Pod.spec.hostAliases.hostnames': '解析到 `ip` 的名称。',
  'schema.Pod.spec.restartPolicy':
    '容器退出后的处理：`Always`（Deployment 必须如此）、`OnFailure` 或 `Never`（Job）。未运行的 Pod 不是就绪端点，Service 不再向它发送流量。',
  'schema.Pod.status':
    '集群报告的 Pod 状态。对于 `kubectl get -o yaml` 导出的内容，`podIP`、`hostIP` 和 `phase` 会按原样使用，而不是重新分配。',
  'schema.Pod.status.podIP':
    'Pod 在其 `eth0` 上的 IP，由 CNI 从节点的 Pod CIDR 中分配（如 `10.244.1.5`），也是 kube-proxy 把 Service 流量 DNAT 到的地址。',
  'schema.Pod.status.podIPs': 'Pod 的全部 IP，每个地址族一个；第一个等于 `podIP`。',
  'schema.Pod.status.podIPs.ip': '一个 Pod IP 地址。',
  'schema.Pod.status.hostIP':
    'Pod 所在节点的 IP：经隧道发往该 Pod 的 VXLAN/IPIP 数据包的外层目的地址；`hostNetwork` 为 true 时也是 Pod 自己的 IP。',
  'schema.Pod.status.hostIPs': 'Pod 所在节点的全部 IP，每个地址族一个。',
  'schema.Pod.status.hostIPs.ip': '一个节点 IP 地址。',
  'schema.Pod.status.phase':
    '`Pending`、`Running`、`Succeeded`、`Failed` 或 `Unknown`。只有 `Running` 且 `Ready` 条件为 `True` 的 Pod 才是就绪端点。',
  'schema.Pod.status.conditions': 'Pod 的状况。`Ready` 决定它的 IP 是否是选中它的 Service 的就绪端点。',
  'schema.Pod.status.conditions.type':
    '状况类型：`PodScheduled`、`Initialized`、`ContainersReady`、`Ready`……',
  'schema.Pod.status.conditions.status':
    '`True`、`False` 或 `Unknown`。`Ready: False` 会把 Pod 移出其 Service 的就绪端点，kube-proxy 不再向它发送新连接。',

  // 工作负载
  'schema.Deployment.spec':
    '通过 ReplicaSet 按 `template` 运行 `replicas` 个相同的 Pod。Pod 命名为 `<deployment>-<hash>-<random>`，每个就绪的 Pod 都会成为选中它的 Service 的端点。',
  'schema.ReplicaSet.spec':
    '保持按 `template` 运行 `replicas` 个 Pod（通常由 Deployment 创建）。每个就绪的 Pod 都会成为选中它的 Service 的端点。',
  'schema.StatefulSet.spec':
    '运行名称稳定的 Pod（`<name>-0`、`<name>-1`……）。当 `serviceName` 指向一个 headless Service 时，每个 Pod 都有稳定的 DNS 名 `<pod>.<serviceName>.<ns>.svc.cluster.local`。',
  'schema.StatefulSet.spec.serviceName':
    '管理这些 Pod DNS 的 headless Service（`clusterIP: None`）：`<pod>.<serviceName>.<ns>.svc.cluster.local` 直接解析为 Pod IP，中间没有任何 kube-proxy 规则。',
  'schema.DaemonSet.spec':
    '在每个匹配的节点上按 `template` 运行一个 Pod。kube-proxy、flannel、calico-node 等节点代理都以这种方式运行，常常带有 `hostNetwork: true`。',
  'schema.Job.spec':
    '按 `template` 运行 Pod，直到其中 `completions` 个成功。运行并就绪期间，它们是普通的 Service 端点。',
  'schema.Job.spec.parallelism': '同时最多运行多少个 Pod。',
  'schema.Job.spec.completions': '需要多少个 Pod 成功结束，Job 才算完成。',

  // Service
  'schema.Service.spec':
    '位于 `selector` 所匹配 Pod 前面的稳定虚拟 IP 和 DNS 名。kube-proxy 在每个节点上把每个端口变成规则：`KUBE-SERVICES` → `KUBE-SVC-…` → `KUBE-SEP-…`，最后 DNAT 到某个 Pod。',
  'schema.Service.spec.type':
    '`ClusterIP`（默认）：集群内可达的虚拟 IP。`NodePort`：另外在每个节点上开放 `<node IP>:<nodePort>`（`KUBE-NODEPORTS`）。`LoadBalancer`：在 NodePort 基础上再加一个外部 IP，见 `status.loadBalancer.ingress`。`ExternalName`：只是一条 DNS CNAME，没有 IP，也没有 kube-proxy 规则。',
  'schema.Service.spec.clusterIP':
    '虚拟 IP，省略时从 Service CIDR（如 `10.96.0.0/12`）中分配。iptables 模式下没有任何接口持有它：发往它的数据包在 `KUBE-SERVICES` 中被 DNAT，所以它不响应 ping。`None` 表示 headless Service：没有 kube-proxy 规则，DNS 直接返回就绪 Pod 的 IP。',
  'schema.Service.spec.clusterIPs': 'ClusterIP 列表，每个 IP 族一个；第一个等于 `clusterIP`。',
  'schema.Service.spec.ports':
    'Service 暴露的端口。每个端口都有自己的 kube-proxy 链，链名由 `<namespace>/<name>:<port name>` 加协议的哈希得出（`KUBE-SVC-…`、`KUBE-SEP-…`）。',
  'schema.Service.spec.ports.name':
    '端口名称，有多个端口时必填。它参与链名哈希，也出现在规则注释中（`default/web:http`）；具名端口还会有 DNS SRV 记录（`_http._tcp.web.default.svc.cluster.local`）。',
  'schema.Service.spec.ports.protocol':
    '`TCP`（默认）、`UDP` 或 `SCTP`。kube-proxy 匹配 `-p <protocol> --dport <port>`，所以 TCP 端口不会截获发往同一端口号的 UDP 数据包。',
  'schema.Service.spec.ports.port':
    '客户端在 ClusterIP（以及外部 IP）上连接的端口：在 `KUBE-SERVICES` 中以 `-d <clusterIP> --dport <port>` 匹配。',
  'schema.Service.spec.ports.targetPort':
    '数据包被 DNAT 到的 Pod 端口（`KUBE-SEP-… -j DNAT --to-destination podIP:targetPort`），默认等于 `port`。若为名称，则在每个 Pod 的容器端口中查找。Pod 上的 NetworkPolicy 必须放行这个端口，而不是 `port`。',
  'schema.Service.spec.ports.nodePort':
    '用于 NodePort 和 LoadBalancer Service：在每个节点 IP 上开放的端口（默认范围 30000-32767），在 `KUBE-NODEPORTS` 中匹配后经 `KUBE-EXT-…` 继续处理。省略时自动分配。',
  'schema.Service.spec.selector':
    '接收该 Service 流量的 Pod 的标签。每个匹配且就绪的 Pod 都会成为一个端点（一条 EndpointSlice 记录和一条 `KUBE-SEP-…` 链）。没有 selector 就没有自动生成的端点，需要你自己提供 EndpointSlice。',
  'schema.Service.spec.externalTrafficPolicy':
    '针对来自集群外的流量（NodePort、LoadBalancer、外部 IP）。`Cluster`（默认）把数据包伪装成节点地址（`KUBE-EXT-…` 中的 `KUBE-MARK-MASQ`），并可能转发到其他节点上的 Pod。`Local` 保留客户端源 IP，因为 kube-proxy 不对外部流量做 SNAT，但没有本地就绪端点的节点会丢弃它（`KUBE-EXT-…` → `KUBE-SVL-…`）。',
  'schema.Service.spec.internalTrafficPolicy':
    '针对集群内部发往 ClusterIP 的流量。`Cluster`（默认）使用所有端点；`Local` 只使用发送方所在节点上的端点（`KUBE-SVL-…`），没有时丢弃数据包（`has no local endpoints`）。',
  'schema.Service.spec.sessionAffinity':
    '`ClientIP` 把同一客户端 IP 的所有连接发往同一个 Pod：`KUBE-SVC-…` 在随机选择之前加上 `-m recent --rcheck` 规则。`None`（默认）为每个新连接单独选择端点。',
  'schema.Service.spec.sessionAffinityConfig': '`sessionAffinity: ClientIP` 的设置。',
  'schema.Service.spec.sessionAffinityConfig.clientIP': '按客户端 IP 保持会话的设置。',
  'schema.Service.spec.sessionAffinityConfig.clientIP.timeoutSeconds':
    '客户端在最后一个数据包之后仍固定到同一 Pod 的时长（默认 10800，即 3 小时），即 `-m recent --rcheck` 规则中的 `--seconds`。',
  'schema.Service.spec.externalIPs':
    '路由到你的节点上、Service 也会响应的额外 IP：`KUBE-SERVICES` 匹配 `-d <externalIP> --dport <port>` 并跳转到 `KUBE-EXT-…`。Kubernetes 不管理这些地址。',
  'schema.Service.spec.externalName':
    '用于 `type: ExternalName`：该 Service 作为别名指向的 DNS 名。CoreDNS 对 `<svc>.<ns>.svc.cluster.local` 返回指向它的 CNAME；没有 ClusterIP，也没有 kube-proxy 规则，数据包直接发往该名称解析出的地址。',
  'schema.Service.spec.loadBalancerIP':
    '向负载均衡器实现申请的外部 IP（已弃用，取决于具体实现）。实际分配的 IP 见 `status.loadBalancer.ingress`。',
  'schema.Service.spec.loadBalancerSourceRanges':
    '允许通过负载均衡器 IP 访问的客户端 CIDR。kube-proxy 在 `KUBE-FW-…` 中把匹配的源地址送往 `KUBE-EXT-…`，其余流量在 `KUBE-PROXY-FIREWALL` 中被丢弃。NodePort 本身不受此限制。',
  'schema.Service.spec.loadBalancerClass':
    '由哪个负载均衡器实现处理该 Service（如 `service.k8s.aws/nlb`）；默认实现会忽略指定了 class 的 Service。',
  'schema.Service.spec.healthCheckNodePort':
    '配合 `externalTrafficPolicy: Local`：kube-proxy 在每个节点上应答健康检查的 TCP 端口，只有存在本地就绪端点的节点才返回成功，负载均衡器据此避开其他节点。该端口在 filter 表的 `KUBE-NODEPORTS` 中被放行。',
  'schema.Service.spec.publishNotReadyAddresses':
    '即使 Pod 未就绪也把它列为端点。主要用于 StatefulSet 的 headless Service，让成员在通过就绪探针之前就能在 DNS 中互相发现。',
  'schema.Service.spec.ipFamilies': 'ClusterIP 的 IP 族，按顺序：`IPv4`、`IPv6` 或两者。',
  'schema.Service.spec.ipFamilyPolicy':
    '`SingleStack`（默认）：一个 ClusterIP。`PreferDualStack` / `RequireDualStack`：一个 IPv4 和一个 IPv6 ClusterIP，各有自己的规则（iptables 和 ip6tables）。',
  'schema.Service.spec.allocateLoadBalancerNodePorts':
    '用于 LoadBalancer Service：是否分配 NodePort（默认 true）。若负载均衡器把流量直接发往 Pod IP、从不经过 `<node IP>:<nodePort>`，可设为 false。',
  'schema.Service.status': '集群报告的 Service 状态：负载均衡器地址。',
  'schema.Service.status.loadBalancer': '位于 Service 前面的负载均衡器。',
  'schema.Service.status.loadBalancer.ingress':
    '负载均衡器的地址。kube-proxy 为每个 IP 在 `KUBE-SERVICES` 中添加 `-d <ip> --dport <port>` 规则，因此发往它的数据包在节点上按 NodePort 流量的方式处理（`KUBE-EXT-…`）。',
  'schema.Service.status.loadBalancer.ingress.ip': '客户端连接的负载均衡器 IP。',
  'schema.Service.status.loadBalancer.ingress.hostname':
    '负载均衡器的 DNS 名（如 AWS ELB）；kube-proxy 不为主机名安装规则。',
  'schema.Service.status.loadBalancer.ingress.ipMode':
    '`VIP`（默认）：数据包以负载均衡器 IP 为目的地址到达，由 kube-proxy 在节点上 DNAT。`Proxy`：负载均衡器自己改写目的地址，kube-proxy 不为该 IP 安装规则。',

  // Endpoints（旧 API）
  'schema.Endpoints.metadata.name': '必须与这些端点所属 Service 的名称相同：名称是两者之间唯一的关联。',
  'schema.Endpoints.subsets':
    '共享同一组端口的地址分组。旧 API：kube-proxy 读取的是 EndpointSlice，对于没有 selector 的 Service，镜像控制器会把这里的内容复制到 EndpointSlice 中。',
  'schema.Endpoints.subsets.addresses': '就绪地址：每个地址的每个端口对应一条 `KUBE-SEP-…` DNAT 链。',
  'schema.Endpoints.subsets.addresses.ip':
    '端点 IP：通常是 Pod IP；对于没有 selector 的 Service，也可以是任何可达的 IP（如集群外的数据库）。',
  'schema.Endpoints.subsets.addresses.hostname':
    '端点的主机名；在 headless Service 后面会成为 DNS 记录 `<hostname>.<svc>.<ns>.svc.cluster.local`。',
  'schema.Endpoints.subsets.addresses.nodeName':
    '端点所在的节点；`Local` 流量策略据此区分本地端点和远端端点。',
  'schema.Endpoints.subsets.notReadyAddresses':
    '未就绪的地址：没有 kube-proxy 规则，也没有 DNS 记录（除非设置了 `publishNotReadyAddresses`）。',
  'schema.Endpoints.subsets.ports': '这些地址的端口，按名称与 Service 的端口对应。',
  'schema.Endpoints.subsets.ports.name': '必须与它所服务的 Service 端口名称相同。',
  'schema.Endpoints.subsets.ports.port':
    '端点 IP 上的端口，即 `DNAT --to-destination ip:port` 中的 `:port`。',

  // EndpointSlice
  'schema.EndpointSlice.metadata.labels':
    '`kubernetes.io/service-name: <service>` 把这个切片关联到它的 Service：kube-proxy 收集 Service 所在命名空间中带有该标签的所有切片。`endpointslice.kubernetes.io/managed-by` 表示由谁维护。',
  'schema.EndpointSlice.addressType':
    '`IPv4`、`IPv6` 或 `FQDN`。kube-proxy 忽略 FQDN 切片，IPv4 代理只读取 IPv4 切片。',
  'schema.EndpointSlice.endpoints':
    'Service 的后端。每个可用端点的每个端口对应一条 `KUBE-SEP-…` 链，新连接随机分摊到它们上面。',
  'schema.EndpointSlice.endpoints.addresses': '端点的地址（使用其中一个）：Service 的数据包被 DNAT 到这里。',
  'schema.EndpointSlice.endpoints.conditions': '端点的状态，决定 kube-proxy 是否使用它。',
  'schema.EndpointSlice.endpoints.conditions.ready':
    '可以接收流量。kube-proxy 只使用就绪端点，没有就绪端点时退而使用仍在服务的终止中端点；一个可用端点都没有时，Service 会得到一条 `REJECT` 规则（`has no endpoints`），客户端看到 "connection refused"。',
  'schema.EndpointSlice.endpoints.conditions.serving':
    'Pod 通过了就绪探针，即使正在终止。没有就绪端点时，这类端点作为后备。',
  'schema.EndpointSlice.endpoints.conditions.terminating':
    'Pod 正在关闭。终止中的端点永远不是就绪的；只有在没有任何就绪端点时，kube-proxy 才会使用仍在服务的终止中端点。',
  'schema.EndpointSlice.endpoints.nodeName':
    '该端点所在的节点。kube-proxy 将它与自己的节点比较，为 `Local` 流量策略构建 `KUBE-SVL-…`（本地端点）。',
  'schema.EndpointSlice.endpoints.hostname':
    '端点的主机名；在 headless Service 后面会获得 DNS 记录 `<hostname>.<svc>.<ns>.svc.cluster.local`。',
  'schema.EndpointSlice.endpoints.zone': '端点所在的可用区；拓扑感知路由据此优先选择与客户端同区的端点。',
  'schema.EndpointSlice.ports': '该切片中每个端点提供的端口，按名称与 Service 的端口对应。',
  'schema.EndpointSlice.ports.name': '必须与 Service 端口的名称相同（只有一个未命名端口时为空）。',
  'schema.EndpointSlice.ports.port': '端点上的端口，即 `DNAT --to-destination ip:port` 中的 `:port`。',

  // NetworkPolicy
  'schema.NetworkPolicy.spec':
    '为本命名空间中 `podSelector` 选中的 Pod 设置的放行列表。一旦某个方向上有任一策略选中了某 Pod，该方向上没有任何策略放行的流量都会被丢弃；已放行连接的回包始终通过。',
  'schema.NetworkPolicy.spec.podSelector':
    '该策略作用于本命名空间中的哪些 Pod；`{}` 表示全部。没有被任何策略选中的 Pod 不受隔离，接受一切流量。',
  'schema.NetworkPolicy.spec.policyTypes':
    '该策略隔离的方向。省略时：总是包含 `Ingress`，有 `egress` 段时再加上 `Egress`。`[Ingress, Egress]` 且没有规则即双向默认拒绝，而默认拒绝出站也会阻断发往 kube-dns 53 端口的 DNS 查询。',
  'schema.NetworkPolicy.spec.ingress':
    '针对到达被选中 Pod 的数据包的规则；任一规则放行即可通过。`[{}]` 放行一切；`policyTypes` 含 `Ingress` 而列表为空或缺失时拒绝一切。',
  'schema.NetworkPolicy.spec.ingress.from':
    '允许的来源。不同元素之间为 OR；同一元素内的 `podSelector` 和 `namespaceSelector` 为 AND。省略或为空：任意来源。',
  'schema.NetworkPolicy.spec.ingress.from.podSelector':
    '按标签选择来源 Pod。单独使用时只匹配策略所在命名空间中的 Pod；与 `namespaceSelector` 位于同一元素时，匹配被选命名空间中的这些 Pod（AND）。',
  'schema.NetworkPolicy.spec.ingress.from.namespaceSelector':
    '按标签选择来源命名空间（如 `kubernetes.io/metadata.name: monitoring`）；`{}` 表示所有命名空间。单独使用时放行其中所有 Pod；与 `podSelector` 位于同一元素时只放行匹配的 Pod（AND）；作为单独元素时是 OR。',
  'schema.NetworkPolicy.spec.ingress.from.ipBlock':
    '按 CIDR 选择来源地址，用于集群外的 IP。策略看到的是 SNAT 之前还是之后的源地址取决于 CNI：在 `externalTrafficPolicy: Cluster` 下，外部客户端通常已被伪装成某个节点地址。',
  'schema.NetworkPolicy.spec.ingress.from.ipBlock.cidr': '允许的来源地址范围，如 `203.0.113.0/24`。',
  'schema.NetworkPolicy.ipBlock.except': '`cidr` 中不匹配的子范围；每一个都必须位于 `cidr` 之内。',
  'schema.NetworkPolicy.spec.ingress.ports':
    '被选中 Pod 上允许的目的端口；省略表示全部。策略看到的是 Service DNAT 之后的数据包，所以要放行 Pod 的 `targetPort`（如 8080），而不是 Service 的 `port`（80）。',
  'schema.NetworkPolicy.spec.ingress.ports.port':
    '目的端口号，或被选中 Pod 的容器端口名称（在其 `ports[].name` 中查找）。只设置 `protocol` 时放行该协议的所有端口。',
  'schema.NetworkPolicy.ports.protocol':
    '`TCP`（默认）、`UDP` 或 `SCTP`。放行 DNS 的规则需要 UDP 和 TCP 53 两者。',
  'schema.NetworkPolicy.ports.endPort':
    '让 `port`…`endPort` 成为一个范围；要求 `port` 为数字且 `endPort >= port`。',
  'schema.NetworkPolicy.spec.egress':
    '针对离开被选中 Pod 的数据包的规则；任一规则匹配即放行。`[{}]` 放行一切；`policyTypes` 含 `Egress` 而没有规则时什么都出不去，连发往 kube-dns 的 DNS 查询也不行。',
  'schema.NetworkPolicy.spec.egress.to':
    '允许的目的地。不同元素之间为 OR；同一元素内的 `podSelector` 和 `namespaceSelector` 为 AND。省略或为空：任意目的地。',
  'schema.NetworkPolicy.spec.egress.to.podSelector':
    '按标签选择目的 Pod。策略看到的是 DNAT 之后的数据包，所以要访问某个 Service，应选择它的后端 Pod，而不是它的 ClusterIP。单独使用时只匹配本命名空间；与 `namespaceSelector` 位于同一元素时为 AND。',
  'schema.NetworkPolicy.spec.egress.to.namespaceSelector':
    '按标签选择目的命名空间；`{}` 表示所有命名空间。要放行 DNS，可选择 `kubernetes.io/metadata.name: kube-system`（在同一元素中加上 `podSelector` `k8s-app: kube-dns`），端口为 UDP 和 TCP 53。',
  'schema.NetworkPolicy.spec.egress.to.ipBlock':
    '按 CIDR 选择目的地，用于集群外的地址。在这里写 ClusterIP 范围通常匹配不到 Service 流量，因为策略看到的是 DNAT 之后的 Pod IP。',
  'schema.NetworkPolicy.spec.egress.to.ipBlock.cidr': '允许的目的地址范围，如 `0.0.0.0/0` 表示任意地址。',
  'schema.NetworkPolicy.spec.egress.ports':
    '允许的目的端口；省略表示全部。比较发生在 DNAT 之后，即与后端 Pod 的 `targetPort` 比较；DNS 需要 UDP 和 TCP 53。',
  'schema.NetworkPolicy.spec.egress.ports.port':
    '目的端口号，或目的 Pod 的容器端口名称。对于 Service 要写它的 `targetPort`：策略看到的是 DNAT 之后的数据包。',

  // Ingress
  'schema.Ingress.spec':
    '供 Ingress 控制器（如 ingress-nginx 这样的 Pod）使用的 HTTP 路由规则。客户端的 TCP 连接终止于控制器，控制器再向后端 Pod 建立新连接，通常直接连 Service 端点中的 Pod IP；后端 Pod 看到的源地址是控制器的 IP。',
  'schema.Ingress.spec.ingressClassName':
    '由哪个 IngressClass（也就是哪个控制器）处理该 Ingress。省略时使用带有 `ingressclass.kubernetes.io/is-default-class` 注解的类。',
  'schema.Ingress.spec.defaultBackend':
    '没有匹配任何规则的请求发往何处。没有时由控制器自己应答（ingress-nginx：404）。',
  'schema.Ingress.backend.service': '由其端点接收请求的 Service。',
  'schema.Ingress.backend.service.name': 'Service 名称，位于 Ingress 所在的命名空间。',
  'schema.Ingress.backend.service.port':
    'Service 端口，按 `number` 或 `name` 指定。控制器找到它的 `targetPort`，并在该端口上连接 Pod。',
  'schema.Ingress.backend.service.port.number': 'Service 的 `port` 端口号（不是 `targetPort`）。',
  'schema.Ingress.backend.service.port.name': 'Service 端口的名称。',
  'schema.Ingress.backend.resource': '以其他对象（如存储桶）而不是 Service 作为后端；取决于具体控制器。',
  'schema.Ingress.spec.rules': '主机和路径规则，控制器按 HTTP `Host` 头和请求路径进行匹配。',
  'schema.Ingress.spec.rules.host':
    '该规则适用的 HTTP `Host`（或 TLS SNI 名称），如 `shop.example.com`；开头的 `*.` 匹配一级标签。省略：任意主机。',
  'schema.Ingress.spec.rules.http': '发往该主机的请求的路径规则。',
  'schema.Ingress.spec.rules.http.paths':
    '路径规则。最长匹配的路径优先；长度相同时 `Exact` 优先于 `Prefix`。',
  'schema.Ingress.spec.rules.http.paths.path': '要匹配的 URL 路径，以 `/` 开头。',
  'schema.Ingress.spec.rules.http.paths.pathType':
    '`Exact`：路径必须完全相同。`Prefix`：按以 `/` 分隔的完整片段匹配（`/foo` 匹配 `/foo` 和 `/foo/bar`，不匹配 `/foobar`）。`ImplementationSpecific`：由控制器决定。',
  'schema.Ingress.spec.rules.http.paths.backend': '匹配该路径的请求发往何处。',
  'schema.Ingress.spec.tls': '在控制器上终止 TLS：控制器解密后，默认以明文 HTTP 转发给后端 Pod。',
  'schema.Ingress.spec.tls.hosts': '该证书覆盖的主机，与 TLS SNI 名称匹配。',
  'schema.Ingress.spec.tls.secretName':
    '存放 `tls.crt` 和 `tls.key` 的 Secret，位于 Ingress 所在的命名空间。',
  'schema.IngressClass.spec': '命名一类 Ingress 以及实现它的控制器。',
  'schema.IngressClass.spec.controller':
    '处理该类 Ingress 的控制器，如 `k8s.io/ingress-nginx`。只有该控制器的 Pod 代理这些流量。',

  // Namespace、Node、ConfigMap
  'schema.Namespace.metadata.name':
    '命名空间的名称。它出现在这里每个 Service 的 DNS 名中（`<svc>.<name>.svc.cluster.local`），出现在 Pod 的搜索列表中，也出现在自动标签 `kubernetes.io/metadata.name` 中。',
  'schema.Namespace.metadata.labels':
    'NetworkPolicy 的 `namespaceSelector` 匹配的标签。每个命名空间还自动带有 `kubernetes.io/metadata.name: <name>`，这是精确选中单个命名空间的常用方式。',
  'schema.Node.metadata.name':
    '节点名称，Pod 的 `spec.nodeName` 和端点的 `nodeName` 引用的就是它；kube-proxy 用它找出本地端点。',
  'schema.Node.metadata.labels':
    'Pod 的 `nodeSelector` 和节点亲和性匹配的标签，如 `kubernetes.io/hostname`、`node-role.kubernetes.io/control-plane`。',
  'schema.Node.spec': '节点的 Pod CIDR 和污点。',
  'schema.Node.spec.podCIDR':
    '该节点分配 Pod IP 的地址范围（如 `10.244.1.0/24`）。其他节点把它路由到这里：flannel VXLAN 添加 `10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink`，host-gw 添加 `via <node IP>`。',
  'schema.Node.spec.podCIDRs': '节点的 Pod CIDR 列表，每个 IP 族一个；第一个等于 `podCIDR`。',
  'schema.Node.spec.taints':
    '污点会排斥没有相应容忍度的 Pod，因此决定了哪些 Pod（也就是哪些端点）可以位于该节点上。',
  'schema.Node.spec.taints.key': '污点的键，如 `node-role.kubernetes.io/control-plane`。',
  'schema.Node.spec.taints.value': '污点的值（可以为空）。',
  'schema.Node.spec.taints.effect':
    '`NoSchedule`：没有容忍度的新 Pod 不会调度到这里。`PreferNoSchedule`：尽量避免。`NoExecute`：没有容忍度的运行中 Pod 也会被驱逐。',
  'schema.Node.spec.unschedulable':
    '已封锁（cordon）：不再调度新的 Pod 到这里。已在运行的 Pod 继续提供服务。',
  'schema.Node.status': '节点报告的状态：它的地址。',
  'schema.Node.status.addresses':
    '节点的地址。`InternalIP` 就是节点 IP：隧道数据包的外层源和目的地址、host-gw 和 BGP 路由的下一跳，也是 NodePort 监听的地址。',
  'schema.Node.status.addresses.type':
    '`InternalIP`、`ExternalIP`、`Hostname`、`InternalDNS` 或 `ExternalDNS`。',
  'schema.Node.status.addresses.address': '地址本身，如 `192.168.1.11`。',
  'schema.ConfigMap.data':
    '键值字符串。有几个常见的 ConfigMap 会改变数据平面：`kube-proxy`（`config.conf`）、`kube-flannel-cfg`（`net-conf.json`）和 `coredns`（`Corefile`）。',
  'schema.ConfigMap.data.config.conf':
    '位于 `kube-proxy` ConfigMap 中：KubeProxyConfiguration。`mode`（iptables、ipvs、nftables）、`clusterCIDR`（伪装规则中的 `! -s`）、`iptables.masqueradeAll` 和 `ipvs.scheduler` 会改变每个节点上的规则。',
  'schema.ConfigMap.data.net-conf.json':
    '位于 `kube-flannel-cfg` ConfigMap 中：flannel 的网络配置，如 `{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan"}}`。`Backend.Type` 选择 `vxlan`（`flannel.1`，VNI 1，UDP 8472）或 `host-gw`（经节点 IP 的普通路由）。',
  'schema.ConfigMap.data.Corefile':
    '位于 `coredns` ConfigMap 中：CoreDNS 的配置。`kubernetes cluster.local …` 块应答 Service 和 Pod 名称；`forward . /etc/resolv.conf` 把其他名称转发给节点的上游解析器。',

  // Calico IPPool
  'schema.IPPool.spec': 'Calico 的 Pod IP 池，以及池内 Pod 之间的数据包如何跨节点传输。',
  'schema.IPPool.spec.cidr':
    '地址池的范围；Pod IP 以每节点一个块的方式从中分配（Calico 默认清单中为 `192.168.0.0/16`）。',
  'schema.IPPool.spec.ipipMode':
    '节点之间的 IP-in-IP：`Always`、`CrossSubnet`（仅当节点位于不同子网时）或 `Never`。封装后的数据包从 `tunl0`（MTU 1480）发出，外层头部为节点 IP，IP 协议号 4。',
  'schema.IPPool.spec.vxlanMode':
    '节点之间的 VXLAN：`Always`、`CrossSubnet` 或 `Never`，经由 `vxlan.calico`（UDP 4789，VNI 4096，MTU 1450）。两种模式都为 `Never` 时，BGP 路由让 Pod 流量不经封装直接走 `eth0`（`proto bird`）。',
  'schema.IPPool.spec.natOutgoing': '把该池中 Pod 发往所有地址池之外（如互联网）的数据包伪装成节点 IP。',
  'schema.IPPool.spec.blockSize':
    '从地址池中划分出的每节点地址块的前缀长度（默认 26：64 个地址）。其他节点把每个块路由到其所属节点；所属节点自己为它保留一条 `blackhole` 路由。',
  'schema.IPPool.spec.disabled': '不再从该池分配新的 Pod IP；现有 Pod 保留其 IP 和路由。',
  'schema.IPPool.spec.nodeSelector': 'Calico 选择器（如 `all()`），选择哪些节点从该池分配 Pod IP。',

  // packetwalk Cluster
  'schema.Cluster.spec':
    '清单中没有写明的部分：地址范围、CNI 及其模式、kube-proxy 模式、节点和外部客户端。省略的部分采用 kubeadm + flannel 的默认值。',
  'schema.Cluster.spec.podCIDR':
    '集群范围的 Pod 地址段（默认 `10.244.0.0/16`），为每个节点各划出一段。kube-proxy 会伪装来自该范围之外的 Service 流量（`! -s 10.244.0.0/16 -j KUBE-MARK-MASQ`）。',
  'schema.Cluster.spec.serviceCIDR':
    'ClusterIP 的分配范围（默认 `10.96.0.0/12`）。其中 `.1` 是 `kubernetes` Service（`10.96.0.1`），`.10` 是 kube-dns（`10.96.0.10`）。',
  'schema.Cluster.spec.clusterDomain':
    'DNS 后缀（默认 `cluster.local`）：Service 为 `<svc>.<ns>.svc.cluster.local`，Pod 的搜索列表为 `<ns>.svc.cluster.local svc.cluster.local cluster.local`。',
  'schema.Cluster.spec.nodePortRange': 'NodePort 的分配范围，写作 `<first>-<last>`（默认 `30000-32767`）。',
  'schema.Cluster.spec.cni': '把 Pod 接入节点、并在节点之间传送数据包的网络插件。',
  'schema.Cluster.spec.cni.plugin':
    '`flannel`：`cni0` 网桥，VXLAN 或 host-gw，不支持 NetworkPolicy。`calico`：路由式 `cali…` veth，BGP、IPIP 或 VXLAN，并支持策略。`cilium`：eBPF 数据路径和策略。`weave`：`weave` 网桥和它自己的 overlay。`canal`：flannel 网络加 Calico 策略。',
  'schema.Cluster.spec.cni.mode':
    '数据包如何跨节点。`vxlan`：flannel 的 `flannel.1`（VNI 1，UDP 8472）、Calico 的 `vxlan.calico`（UDP 4789）或 `cilium_vxlan`（UDP 8472）。`host-gw`：flannel 经由对端节点 IP 路由（节点需在同一二层网段）。`bgp`：Calico 由 BIRD 下发路由，不封装。`ipip`：Calico 的 `tunl0`。`geneve`：`cilium_geneve`（UDP 6081）。`native`：Cilium 不使用隧道。',
  'schema.Cluster.spec.kubeProxy': '每个节点上如何实现 Service。',
  'schema.Cluster.spec.kubeProxy.mode':
    '`iptables`（默认）：NAT 链 `KUBE-SERVICES` → `KUBE-SVC-…` → `KUBE-SEP-…`。`ipvs`：IPVS 虚拟服务器，每个 ClusterIP 绑定在 `kube-ipvs0` 上（因此 ClusterIP 能响应 ping）。`nftables`：`ip kube-proxy` 表。`none`：没有 kube-proxy，例如由 Cilium 取代并在 socket 层做负载均衡。',
  'schema.Cluster.spec.kubeProxy.scheduler':
    '`mode: ipvs` 时的 IPVS 调度算法（默认 `rr`，轮询）：`lc` 最少连接，`dh` / `sh` 目的 / 源地址哈希，`sed`、`nq`、`wrr`、`wlc`。',
  'schema.Cluster.spec.kubeProxy.masqueradeAll':
    '对所有发往 ClusterIP 的数据包做 SNAT，而不只是来自 Pod 地址段之外的：`KUBE-SVC-…` 中的伪装规则去掉了 `! -s <podCIDR>`，后端 Pod 看到的源地址是某个节点地址而不是客户端 Pod。',
  'schema.Cluster.spec.nodes':
    '集群的节点。每个节点有自己的数据平面（网桥、规则、路由、隧道设备），未指定时从 `podCIDR` 中分得一段 Pod 地址。',
  'schema.Cluster.spec.nodes.name': '节点名称，Pod 的 `nodeName` 和 `node/<name>` 都以此引用它。',
  'schema.Cluster.spec.nodes.ip':
    '节点的底层网络 IP（它的 `eth0`）：隧道数据包的外层地址、host-gw 和 BGP 路由的下一跳，也是 NodePort 监听的地址。',
  'schema.Cluster.spec.nodes.podCIDR':
    '该节点的 Pod 地址段，如 `10.244.1.0/24`：其 Pod 从中获得 IP，其他节点把它路由到这里。',
  'schema.Cluster.spec.nodes.role':
    '`control-plane` 节点带有 `node-role.kubernetes.io/control-plane:NoSchedule` 污点，因此普通 Pod 运行在 `worker` 节点上。',
  'schema.Cluster.spec.externalClients':
    '集群外可以作为路径起点的机器，例如访问 NodePort 或负载均衡器 IP 的笔记本电脑。',
  'schema.Cluster.spec.externalClients.name': '客户端名称，显示在来源选择器中。',
  'schema.Cluster.spec.externalClients.ip':
    '客户端 IP：其数据包的源地址，`externalTrafficPolicy: Local` 会保留它。',
  'schema.Cluster.spec.upstreamDNS':
    'CoreDNS 转发非集群名称时使用的解析器（节点上的 `forward . /etc/resolv.conf`），如 `8.8.8.8`。',

  // List
  'schema.List.items': '`kubectl get … -o yaml` 导出的对象；每一项都像独立文档一样解读。',
};
