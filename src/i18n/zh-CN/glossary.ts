import type { glossary as en } from '../en/glossary.ts';

export const glossary: Readonly<Record<keyof typeof en, string>> = {
  'glossary.title': '术语表',
  'glossary.open': '{term} 是什么？',
  'glossary.close': '关闭释义（Esc）',
  'glossary.veth.term': 'veth 对',
  'glossary.veth.text':
    '一根有两端的虚拟网线：从一端进去的包会从另一端出来。CNI 把一端放进 Pod（即 Pod 的 eth0），另一端留在宿主机上，包才能离开 Pod 的网络命名空间。',
  'glossary.bridge.term': 'Linux 网桥（bridge）',
  'glossary.bridge.text':
    '内核里的软件交换机（cni0、docker0）。它记住每个 MAC 在哪个端口后面（FDB），在各 Pod 的 veth 宿主端之间转发帧；发给网桥自身 MAC 的帧会交给宿主机的 IP 层。',
  'glossary.netns.term': '网络命名空间（netns）',
  'glossary.netns.text':
    '一份独立的网络栈：有自己的网卡、地址、路由和 iptables。每个 Pod 有一个，节点自己的叫 host 命名空间。包通过 veth 在它们之间移动。',
  'glossary.conntrack.term': 'conntrack（连接跟踪）',
  'glossary.conntrack.text':
    '内核的连接跟踪器。它记录每个连接的原始方向和回复方向的地址，只在第一个包时决定 NAT，之后同一连接的包和回复都按同样方式改写。`conntrack -L` 可以列出条目。',
  'glossary.dnat.term': 'DNAT',
  'glossary.dnat.text':
    '目的地址转换：改写包的目的 IP（和端口）。kube-proxy 用它把 Service 的虚拟 IP 换成选中的 Pod IP；回复时 conntrack 再换回来，所以客户端看到的仍是 Service 地址。',
  'glossary.snat.term': 'SNAT',
  'glossary.snat.text':
    '源地址转换：改写包的源 IP（和端口），让回复回到做转换的节点。回复时由 conntrack 还原。',
  'glossary.masquerade.term': 'MASQUERADE',
  'glossary.masquerade.text':
    '一种 SNAT：源地址改成包出去那张网卡当时的地址。kube-proxy 对打了 0x4000 标记（KUBE-MARK-MASQ）的流量做 MASQUERADE，例如回环（hairpin）或 NodePort 流量，保证回复经过同一个节点返回。',
  'glossary.hook.term': 'netfilter 钩子',
  'glossary.hook.text':
    '内核收发路径上运行 iptables、nftables 和 IPVS 的五个位置：PREROUTING（刚收到）、INPUT（发给本机）、FORWARD（经本机转发）、OUTPUT（本机发出）、POSTROUTING（即将发出）。',
  'glossary.chain.term': 'iptables 链',
  'glossary.chain.text':
    '某张表（nat、filter、mangle、raw）中有序的一串规则。内置链挂在钩子上，没有规则做出决定时执行链的默认策略；KUBE-SERVICES 这样的自定义链通过跳转进入，规则走完后返回。',
  'glossary.kube-services.term': 'KUBE-SERVICES',
  'glossary.kube-services.text':
    'kube-proxy 在 nat 表中的入口链：每个 Service 端口一条规则，匹配 ClusterIP（以及外部 IP），跳转到该 Service 的 KUBE-SVC 链。',
  'glossary.kube-svc.term': 'KUBE-SVC-… 链',
  'glossary.kube-svc.text':
    '每个 Service 端口一条链，负责挑选后端：每个 Endpoint 一条规则，带 `-m statistic --mode random --probability`，使每个后端被选中的概率相同，然后跳到该后端的 KUBE-SEP 链。',
  'glossary.kube-sep.term': 'KUBE-SEP-… 链',
  'glossary.kube-sep.text':
    '每个 Service 后端一条链：给回环流量打上 MASQUERADE 标记，并把包 DNAT 到 Pod 的 IP 和端口。',
  'glossary.ipvs.term': 'IPVS',
  'glossary.ipvs.text':
    '内核的四层负载均衡器。IPVS 模式下，kube-proxy 把每个 Service IP 加到虚拟网卡 kube-ipvs0 上，并创建以 Pod 为真实服务器（real server）的虚拟服务器；用哈希查找代替冗长的 iptables 链。`ipvsadm -Ln` 可以查看。',
  'glossary.nftables.term': 'nftables',
  'glossary.nftables.text':
    '内核中 iptables 的继任者：由链、集合（set）和判决映射（verdict map）组成的表。kube-proxy 的 nftables 模式在 `ip kube-proxy` 表里用一次映射查找处理所有 Service。',
  'glossary.vxlan.term': 'VXLAN',
  'glossary.vxlan.text':
    '一种覆盖网络：把 Pod 的整个以太网帧封装进 UDP（Flannel 用 8472 端口，标准端口是 4789），在节点 IP 之间传送，节点网络因此看不到 Pod 地址。多出的 50 字节就是 Pod MTU 更小的原因。',
  'glossary.vni.term': 'VNI',
  'glossary.vni.text':
    'VXLAN 网络标识：VXLAN 头里 24 位的编号，说明这个帧属于哪个覆盖网络（Flannel 用 1，Calico 用 4096）。两端必须一致。',
  'glossary.ipip.term': 'IP-in-IP（IPIP）',
  'glossary.ipip.text':
    '一种覆盖网络：把 Pod 的 IP 包放进另一个以节点地址为源和目的的 IP 包里（IP 协议号 4），额外开销 20 字节。Calico 通过 tunl0 使用它。',
  'glossary.bgp.term': 'BGP',
  'glossary.bgp.text':
    'Calico 用来告诉每个节点“哪些 Pod 网段在哪个节点后面”的路由协议，这样 Pod 流量无需封装就能直接路由。',
  'glossary.ebpf.term': 'eBPF',
  'glossary.ebpf.text':
    '内核在钩子处（例如网卡的 tc、套接字的 connect()）运行的、经过校验的小程序。Cilium 用它们代替 iptables 来做 Service 负载均衡、策略和路由。',
  'glossary.clusterip.term': 'ClusterIP',
  'glossary.clusterip.text':
    'Service 的虚拟 IP。没有任何网卡拥有它，也没有包会真正投递给它：每个节点上的规则（iptables、IPVS、nftables 或 eBPF）在包经过时把它改写成某个后端 Pod 的 IP。',
  'glossary.nodeport.term': 'NodePort',
  'glossary.nodeport.text':
    '为 Service 在每个节点地址上打开的端口（默认 30000–32767）：发往任一节点该端口的流量会被 DNAT 到一个后端，后端可能在别的节点上。',
  'glossary.loadbalancer.term': 'LoadBalancer 类型的 Service',
  'glossary.loadbalancer.text':
    '由云厂商的外部负载均衡器对外暴露的 Service，负载均衡器把流量分发到各节点的 NodePort（或直接发往节点上的 Service 外部 IP）。',
  'glossary.etp.term': 'externalTrafficPolicy',
  'glossary.etp.text':
    '`Cluster`（默认）允许节点把外部流量转发到任何位置的后端，并做 MASQUERADE，客户端 IP 因此丢失；`Local` 只用本节点上的后端并保留客户端 IP，没有本地后端的节点健康检查失败。',
  'glossary.endpointslice.term': 'EndpointSlice',
  'glossary.endpointslice.text':
    'Service 就绪后端（Pod IP 和端口）的列表，由 Kubernetes 根据 Service 的选择器维护。kube-proxy 据此生成规则：没有 Endpoint，就没有后端。',
  'glossary.coredns.term': 'CoreDNS',
  'glossary.coredns.text':
    '集群的 DNS 服务器，通过 kube-dns 这个 Service 访问。它用 ClusterIP 回答 <service>.<namespace>.svc.cluster.local，其他名字转发给上游。',
  'glossary.ndots.term': 'ndots',
  'glossary.ndots.text':
    'resolv.conf 的一个选项（Pod 中为 5）：点数少于它的名字会先依次加上搜索域去查询，所以 `web` 变成 web.default.svc.cluster.local；查询集群外的名字可能要先经历几次 NXDOMAIN。',
  'glossary.search-path.term': '搜索路径（search）',
  'glossary.search-path.text':
    'resolv.conf 依次附加到短名字后面的域：对 `default` 命名空间里的 Pod 是 default.svc.cluster.local、svc.cluster.local、cluster.local。这就是只写 Service 名字也能解析的原因。',
  'glossary.networkpolicy.term': 'NetworkPolicy',
  'glossary.networkpolicy.text':
    '按标签选择 Pod 的防火墙规则。一旦某个策略在入站或出站方向选中了一个 Pod，就只有被某个策略允许的流量才能通过；由 CNI（Calico、Cilium 等）执行，有些 CNI（如单独的 Flannel）并不执行。',
  'glossary.mtu.term': 'MTU',
  'glossary.mtu.text':
    '一条链路能承载的最大包长。隧道会增加包头（VXLAN 50 字节，IPIP 20 字节），所以 Pod 网卡的 MTU 比节点小，否则大包装不下。',
  'glossary.arp.term': 'ARP 与邻居表',
  'glossary.arp.text':
    '在以太网上发送之前，内核需要下一跳的 MAC 地址：它用 ARP 询问，并把答案缓存在邻居表里（`ip neigh`）。开启 proxy_arp 的网卡会替不属于自己的地址应答。',
};
