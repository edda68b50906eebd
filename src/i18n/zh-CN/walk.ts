import type { walk as en } from '../en/walk.ts';

export const walk: Readonly<Record<keyof typeof en, string>> = {
  'walk.socket-send.connect':
    '应用发起到 {dst} 的 {protocol} 连接；路由查找决定从 {dev} 发出，源地址为 {src}',
  'walk.socket-send.reset': '端口上没有监听者，TCP 协议栈以 RST 回应 SYN：从 {src} 发往 {dst}，出接口 {dev}',
  'walk.socket-send.icmpError':
    '内核回送 ICMP 端口不可达：从 {src} 发往 {dst}，出接口 {dev}；其中引用被拒绝包的报头，conntrack 和客户端据此认出是哪个连接',
  'walk.socket-send.reply': '服务端应答：它的 socket 从 {src} 向 {dst} 发出回包，出接口 {dev}',
  'walk.socket-send.external': '外部主机 {host}（{src}）经由它的路由器向 {dst} 发送 {protocol} 包',
  'walk.socket-send.externalReply': '外部主机 {host} 从 {src} 应答 {dst}',
  'walk.neighbour.table': '邻居表中已有 {dev} 上 {ip} 的条目：帧发往 {mac}',
  'walk.neighbour.arp': '在 {dev} 上 ARP 查询 {ip}：地址的拥有者应答 {mac}',
  'walk.neighbour.proxy-arp':
    '在 {dev} 上 ARP 查询 {ip}：没有设备拥有该地址，但对端开启了 proxy_arp，用自己的 MAC {mac} 应答',
  'walk.neighbour.noarp': '{dev} 不需要链路层地址',
  'walk.neighbour.failed': '{dev} 上没有设备应答 {ip} 的 ARP：包无法发出（主机不可达）',
  'walk.veth.cross': '包从 {from} 离开，从它的 veth 对端 {to}（命名空间 {netns}）出来',
  'walk.bridge.toHost': '帧的目的 MAC 是网桥 {bridge} 自己的，网桥把它交给主机的 IP 层',
  'walk.bridge.forward': '网桥 {bridge} 在转发数据库中查到 {mac}，从 {port} 发出',
  'walk.bridge.flood': '网桥 {bridge} 的 FDB 中没有 {mac}；泛洪后在 {port} 后面找到它',
  'walk.conntrack.new':
    '{node} 上的 conntrack 看到新连接 {src} → {dst} 并创建条目；nat 表此时（仅此一次）决定它的 NAT',
  'walk.conntrack.reverseNat':
    '{node} 上的 conntrack 识别出回包，在 {hook} 撤销连接的 NAT：包现在是 {src} → {dst}',
  'walk.conntrack.sameNat': '{node} 上的 conntrack 在 {hook} 套用连接已有的 NAT：{src} → {dst}',
  'walk.netfilter.accept': '{hook}，{table} 表：{chain} 接受该包（路径 {path}）',
  'walk.netfilter.drop': '{hook}，{table} 表：{chain} 丢弃该包（路径 {path}）',
  'walk.netfilter.reject': '{hook}，{table} 表：{chain} 拒绝该包并回送 ICMP 错误（路径 {path}）',
  'walk.netfilter.dnat': '{hook}，{table} 表：{chain} 改写目的地址（DNAT）（路径 {path}）',
  'walk.netfilter.snat': '{hook}，{table} 表：{chain} 改写源地址（SNAT）（路径 {path}）',
  'walk.netfilter.masquerade':
    '{hook}，{table} 表：{chain} 做 MASQUERADE：源地址变为出接口的地址（路径 {path}）',
  'walk.netfilter.policyDrop': '{hook}，{table} 表：没有规则接受该包，链的默认策略是 DROP',
  'walk.netfilter.fallThrough': '{hook}，{table} 表：没有规则作出决定，链的默认策略 ACCEPT 放行',
  'walk.netfilter.policyDefaultDrop':
    '{hook}，{table} 表：包经过了 {policyChain}，但没有 NetworkPolicy 规则接受它，于是 {chain} 中其后的 DROP 生效（策略代理的默认拒绝）',
  'walk.netfilter.policyNotEnforced':
    '{hook}，{table} 表：{chain} 放行该包。集群中有 NetworkPolicy，但 {cni} 不执行它们：这里没有任何规则检查策略',
  'walk.netfilter.outerAccept':
    '{hook}，{table} 表：隧道外层包 {outerSrc} → {outerDst}（{protocol}）被 {chain} 接受（路径 {path}）',
  'walk.netfilter.outerDrop':
    '{hook}，{table} 表：隧道外层包 {outerSrc} → {outerDst}（{protocol}）被 {chain} 丢弃，内层包到不了隧道设备（路径 {path}）',
  'walk.netfilter.outerNat':
    '{hook}，{table} 表：{chain} 中的 NAT 规则匹配隧道外层包 {outerSrc} → {outerDst}（{protocol}）（路径 {path}）',
  'walk.route.local': '路由：{dst} 是本地地址，包在本命名空间内交付',
  'walk.route.broadcast': '路由：{dst} 在这里是广播地址',
  'walk.route.unicast': '路由：{dst} 经 {dev} 发往 {via}',
  'walk.route.blackhole': '路由：{dst} 命中黑洞路由，包被丢弃',
  'walk.route.unreachable': '路由：从这里无法到达 {dst}',
  'walk.route.none': '路由：没有路由匹配 {dst}',
  'walk.route.reroute': '目的地址在 OUTPUT 中被改写（DNAT），内核重新查路由：{dst} 经 {dev}',
  'walk.route.outer': '发往 {dst} 的外层包像普通包一样路由：从 {dev} 发往 {via}',
  'walk.encap.vxlan':
    '{dev} 把帧封装进 VXLAN：UDP {outerSrc} → {outerDst}:{port}，VNI {vni}；这 {overhead} 字节的头部就是 {dev} 的 MTU 为 {mtu} 的原因',
  'walk.encap.geneve':
    '{dev} 把帧封装进 Geneve：UDP {outerSrc} → {outerDst}:{port}，VNI {vni}；头部 {overhead} 字节（MTU {mtu}）',
  'walk.encap.ipip':
    '{dev} 把包封装成 IP-in-IP：{outerSrc} → {outerDst}，协议号 4；{overhead} 字节（MTU {mtu}）',
  'walk.decap.udp': 'UDP 端口 {port} 属于 {dev}：它剥掉外层头部（VNI {vni}），内层包重新进入 IP 层',
  'walk.encap.switchPort':
    '{dev} 是交换机 {bridge} 的 VXLAN 端口，它封装该帧：UDP {outerSrc} → {outerDst}:{port}，发往目的 MAC 所在的对端节点（隧道 ID 由交换机的流表设置）；这 {overhead} 字节的头部就是 Pod 的 MTU 比节点小的原因',
  'walk.decap.switchPort':
    'UDP 端口 {port} 属于交换机 {bridge} 的端口 {dev}：它剥掉外层头部，把内层帧（MAC 不变）交给 {bridge}',
  'walk.decap.ipip': '{dev} 收下 IP-in-IP 包并剥掉外层头部，内层包重新进入 IP 层',
  'walk.underlay.toNode': '在节点网络上，帧到达 {node}（{ip}）的 {device}',
  'walk.underlay.toRouter': '在节点网络上，帧发往路由器 {ip}',
  'walk.load-balancer.pick': '{service} 的云负载均衡器（{ip}）把包发给节点 {node}（健康节点：{healthy}）',
  'walk.load-balancer.sourceRange':
    '{service} 的云负载均衡器丢弃该包：源地址不在 loadBalancerSourceRanges 内',
  'walk.load-balancer.noHealthy': '{service} 的云负载均衡器没有可用的健康节点',
  'walk.drop.ttl': 'TTL 耗尽（{ttl}）：包被丢弃并回送 ICMP 超时（路由环路）',
  'walk.drop.budget':
    'packetwalk 走了 {steps} 步，包既没有到达也没有耗尽 TTL：这是 TTL 发现不了的环路（追踪在此截断）',
  'walk.drop.noListener': '{dst} 上没有进程监听 {protocol} 端口 {port}：内核回应 {answer}',
  'walk.drop.routerNoRoute': '路由器没有到 {dst} 的路由：集群内部网段不会在节点之外路由',
  'walk.deliver.socket': '监听 {protocol} 端口 {port} 的 socket 在 {dst} 收到该包',
  'walk.deliver.reset': '来自 {src} 的 RST 到达客户端的 socket：connect() 以 ECONNREFUSED 失败',
  'walk.deliver.icmpError':
    '来自 {src} 的 ICMP 端口不可达到达客户端；内核按其中引用的报头找到对应的 socket，连接以 ECONNREFUSED 失败',
  'walk.deliver.reply': '回包到达客户端的 socket',
  'walk.deliver.outside': '包离开集群，到达 {host}（{dst}）',
  'walk.summary.delivered': '{from} → {to}：已交付给 {destination}；回包来自 {replySource}',
  'walk.summary.dropped': '{from} → {to}：被丢弃（{reason}）',
  'walk.summary.rejected': '{from} → {to}：被拒绝（{reason}）',
  'walk.summary.refused': '{from} → {to}：连接被拒，{destination} 上没有进程监听',
  'walk.summary.no-route': '{from} → {to}：没有路由',
  'walk.summary.dns-failure': '{from} → {to}：名称无法解析',
  'walk.summary.ttl-exceeded': '{from} → {to}：TTL 超时（路由环路）',
  'walk.request.unknownPod': '没有名为 "{from}" 的 Pod 或工作负载',
  'walk.request.podNotRunning': 'Pod {pod} 没有在某个节点上以 IP 运行，无法发送',
  'walk.request.unknownExternal': '没有外部客户端 "{from}"（请在 Cluster 文档中命名，或直接给出 IP）',
  'walk.request.unknownNode': '没有节点 "{from}"',
  'walk.request.badTarget': '"{to}" 不是 ip:port、name:port、svc/<ns>/<name>:<port> 或 http:// URL',
  'walk.request.needPort': '"{to}" 缺少端口（TCP 和 UDP 需要端口）',
  'walk.request.unknownService': '没有 Service "{to}"',
  'walk.request.noAddress': '"{to}" 既没有 cluster IP 也没有就绪的端点',
  'walk.ipvs.schedule':
    'IPVS：{vip} 是 {service} 的虚拟服务；{scheduler} 调度器选中真实服务器 {real}，包被 DNAT 到它（Masq）',
  'walk.ipvs.persistence': 'IPVS：{vip} 开启了会话保持；该客户端的持久化模板再次把它送往 {real}',
  'walk.ipvs.noRealServer': 'IPVS：{vip} 没有可用的真实服务器，内核回应 {response}',
  'walk.nftables.dnat': '{hook}：kube-proxy 的 nftables 链 {chain} 对包做 DNAT（路径 {path}）',
  'walk.nftables.masquerade': '{hook}：kube-proxy 的 nftables 链 {chain} 对包做 MASQUERADE（路径 {path}）',
  'walk.nftables.accept': '{hook}：kube-proxy 的 nftables 链 {chain} 接受该包（路径 {path}）',
  'walk.nftables.drop': '{hook}：kube-proxy 的 nftables 链 {chain} 丢弃该包（路径 {path}）',
  'walk.nftables.reject': '{hook}：kube-proxy 的 nftables 链 {chain} 拒绝该包（路径 {path}）',
  'walk.nftables.fallThrough': '{hook}：kube-proxy 的 nftables 链 {chain} 放行该包',
  'walk.dns-answer.coredns': 'CoreDNS 应答 {name} {type}：{rcode} {answers}',
  'walk.request.noIngressController': '没有为 {host} 服务的 Ingress 控制器 Service',
  'walk.socket-lb.connect':
    'Cilium 的 socket-LB 改写 connect()：在任何包生成之前，Service {service} 就变成了后端 {backend}',
  'walk.socket-lb.reverse':
    'Cilium 的 socket-LB 在 recvmsg 时把应答转换回来：{backend} 显示为 Service {service}',
  'walk.socket-lb.noBackend': 'Cilium 的 socket-LB 找不到 {service} 的后端：connect() 被拒绝',
  'walk.ebpf.egressAllowed':
    'Pod veth 上的 bpf_lxc：{pod} 的出向策略表允许身份 {identity}（是否执行：{enforced}）',
  'walk.ebpf.egressDenied':
    'Pod veth 上的 bpf_lxc：{pod} 的出向策略表没有身份 {identity} 的条目：丢弃（策略拒绝）',
  'walk.ebpf.ingressAllowed': 'Cilium 对 {pod} 的入向策略允许身份 {identity}（是否执行：{enforced}）',
  'walk.ebpf.ingressDenied': 'Cilium 对 {pod} 的入向策略没有身份 {identity} 的条目：丢弃（策略拒绝）',
  'walk.ebpf.redirectLocal':
    'ipcache 显示 {dst} 是本节点上的端点：eBPF 直接把包重定向到它的 veth，不经过主机路由',
  'walk.ebpf.serviceLb': 'bpf_lxc 按包把 Service {service} 转换为后端 {backend}（此连接未经 socket-LB）',
  'walk.ebpf.revNat': 'bpf_lxc 在回程中撤销服务转换：{backend} 重新变为 {service}',
  'walk.ebpf.noBackend': 'Cilium 的服务表中 {service} 没有后端',
  'walk.ebpf.nodePortLocal':
    '节点网卡上的 bpf_host：NodePort {frontend} → 本节点上的后端 {backend}；保留客户端地址',
  'walk.ebpf.nodePortSnat':
    '节点网卡上的 bpf_host：NodePort {frontend} → 其他节点上的后端 {backend}，源地址 NAT 为 {snat}，以便回包回到这里',
  'walk.ebpf.nodePortReply': 'bpf_host 撤销 NodePort 转换：回包从 {frontend} 发往 {client}',
  'walk.neighbour.overlay':
    '在 {dev} 上 ARP 查询 {ip}：广播经交换机和隧道 {tunnel} 泛洪到每个对端节点；{node} 上的地址拥有者应答 {mac}',
  'walk.neighbour.userspace':
    '{dev} 上对 {ip} 的 ARP 从 {port} 发往 {peer}，只有用户态进程读取它（Weave sleeve：weave 路由器自己用 UDP 6783 承载帧）；packetwalk 不跟踪用户态路由器，追踪到此为止',
  'walk.bridge.datapath':
    'Weave 的 Open vSwitch datapath {bridge} 把发往 {mac} 的帧从 {port} 发出，依据的是 weave 路由器见过该 MAC 后安装的流表（这里没有 iptables：br_netfilter 只作用于 Linux 网桥）',
};
