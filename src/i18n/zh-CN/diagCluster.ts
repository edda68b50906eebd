import type { diagCluster as en } from '../en/diagCluster.ts';

export const diagCluster: Readonly<Record<keyof typeof en, string>> = {
  'diag.PW101': 'Service "{name}" 的选择器是 {selector}，但没有任何 Pod 带有这些标签',
  'diag.PW102':
    '{setting}：{other} 的值是 {otherValue}，但 {winner} 的值是 {winnerValue}。packetwalk 使用 {winnerValue}（{winner} 优先）',
  'diag.PW103': '{setting} 的值 "{value}" 无法解析，因此改用默认值',
  'diag.PW104':
    'Pod 网段 {podCIDR} 与 Service 网段 {serviceCIDR} 重叠：发往这类地址的包既可能指向 Pod 也可能指向 Service，路由会出错。请选择互不重叠的网段',
  'diag.PW105':
    'Pod 网段 {podCIDR} 与节点网络 {nodeNetwork} 重叠：节点和 Pod 会争用同一批地址。请把 Pod 网段放在节点网络之外',
  'diag.PW106':
    'Service 网段 {serviceCIDR} 与节点网络 {nodeNetwork} 重叠：kube-proxy 会截获本应发给真实机器的流量。请把 Service 网段放在节点网络之外',
  'diag.PW107':
    'Service "{name}" 指定的 clusterIP {ip} 不在 Service 网段 {cidr} 内，真实的 API Server 会拒绝它。packetwalk 保留该地址，方便你观察效果',
  'diag.PW108':
    'Service "{name}" 使用的 nodePort {nodePort} 不在 NodePort 范围 {range} 内，除非修改范围，否则真实的 API Server 会拒绝它。packetwalk 保留该端口',
  'diag.PW109': '地址 {ip} 被使用了两次：{first} 和 {second}。每个节点、Pod 和 Service 都需要自己的地址',
  'diag.PW110': 'Pod "{pod}" 被固定到节点 "{node}"，但该节点不存在，因此 Pod 永远不会启动，也拿不到 IP',
  'diag.PW111':
    '{pod} 无法调度：没有节点接受它（{detail}）。它的 Pod 会一直处于 Pending 且没有 IP。请添加容忍（toleration）、修正 nodeSelector 或增加节点',
  'diag.PW112': 'Pod "{pod}" 拿不到 IP：节点 "{node}" 的 Pod 网段 {cidr} 已没有空闲地址',
  'diag.PW113':
    'Service "{name}" 的端口 {port} 指向名为 "{targetPort}"（{protocol}）的容器端口，但被选中的容器都没有声明这个名字的端口，因此该端口没有任何后端',
  'diag.PW114':
    'Service "{name}" 的端口 {port} 以 {protocol} 发往 {targetPort}，但被选中的容器把这个端口声明为 {containerProtocol}；命名端口只有在协议也一致时才会匹配',
  'diag.PW115':
    'Service "{name}" 的端口 {port} 把流量发往端口 {targetPort}，但被选中的容器只声明了 {declared}。除非应用也在监听 {targetPort}，否则连接会被拒绝',
  'diag.PW116':
    'Ingress "{name}" 要求的 class 是 "{className}"，但没有正在运行的 Ingress 控制器服务这个 class，因此没有人转发它的流量',
  'diag.PW117':
    'Ingress "{name}" 没有写 ingressClassName，集群里也没有默认的 IngressClass，因此没有控制器会处理它',
  'diag.PW118':
    'NetworkPolicy "{name}" 不会生效：这里的 CNI（{cni}）不执行 NetworkPolicy，所有流量仍然放行。要让它生效，请使用 Calico、Cilium 或 Canal',
  'diag.PW119':
    '命名空间 "{namespace}" 被使用但从未声明；packetwalk 会创建它（真实的 API Server 会拒绝不存在的命名空间中的对象）',
  'diag.PW120': 'Service "{name}" 最接近的匹配：Pod "{pod}" 的标签是 {has}，而选择器要求 {missing}',
  'diag.PW121':
    '带这些标签的 Pod 位于命名空间 "{otherNamespace}"，但 Service 只会选择它自己命名空间（"{namespace}"）中的 Pod',
  'diag.PW122': '{object}：{field} 的值 "{value}" 不是合法的 IPv4 地址或网段，已忽略',
  'diag.PW123': '节点 "{node}" 的 Pod 网段 {cidr} 不在集群 Pod 网络 {podCIDR} 之内',
  'diag.PW124':
    '节点 "{node}" 分不到 Pod 网段：Pod 网络 {podCIDR} 已没有空闲的 /24，因此该节点上的 Pod 拿不到 IP',
  'diag.PW125': '节点 "{node}" 的 Pod 网段 {cidr} 与节点 "{other}" 的网段重叠',
  'diag.PW126': 'Pod "{pod}" 报告的 IP {ip} 不在其所在节点 "{node}" 的 Pod 网段 {cidr} 内',
  'diag.PW127':
    'NodePort {nodePort}/{protocol} 同时被 {first} 和 {second} 使用；一个 NodePort 只能属于一个 Service',
  'diag.PW128':
    '{kind} "{name}"：选择器与 Pod 模板的标签不匹配，真实的 API Server 会拒绝它，因此不会创建任何 Pod',
  'diag.PW129':
    'EndpointSlice "{name}" 属于 Service "{service}"，但该 Service 不存在，因此 kube-proxy 会忽略它',
  'diag.PW130':
    'Service "{name}" 没有选择器，也没有 EndpointSlice 或 Endpoints，所以没有任何后端：在补上之前，连接它都会失败',
  'diag.PW131':
    'StatefulSet "{name}" 的 serviceName 是 "{serviceName}"，但不存在同名的 Headless Service（clusterIP: None），因此它的 Pod 没有稳定的 DNS 名称',
  'diag.PW132': '{plugin} 没有 packetwalk 可以模拟的模式 "{mode}"，改用 {fallback}',
  'diag.PW133': '节点 "{node}" 没有列出 InternalIP，packetwalk 为它分配 {ip}',
  'diag.PW134': 'Ingress "{name}" 把流量转发给 Service "{service}"，但该 Service 不存在，这些请求会得到 503',
  'diag.PW135': '节点 "{node}" 被声明了两次，第二个声明被忽略',
  'diag.PW136':
    '{pod} 使用 hostNetwork 且 dnsPolicy 为 ClusterFirst，因此它用节点的解析器而不是集群 DNS 来解析名称。设置 dnsPolicy: ClusterFirstWithHostNet 才会使用集群 DNS',
};
