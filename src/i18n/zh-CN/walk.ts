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
  'walk.socket-send.why':
    '为什么：在任何规则看到这个包之前，内核就根据发送方命名空间的路由表选好了源地址和第一个出口设备。怎样会不同：该命名空间里换一条路由，或者发往另一个地址。',
  'walk.socket-lb.why':
    '为什么：启用 socket-LB 后，Cilium 在 connect() 时就完成 Service 转换，所以没有任何包携带 ClusterIP，也不需要逐包 NAT。怎样会不同：关闭 socket-LB（bpf-lb-sock），或者 Service 的后端发生变化。',
  'walk.route.why':
    '为什么：内核在当前命名空间里选择最具体的匹配路由（最长前缀）。怎样会不同：换一条路由（CNI 换了路由模式、节点加入或离开），或者在这次查找之前目的地址已被 NAT 改写。',
  'walk.neighbour.why':
    '为什么：以太网按 MAC 地址投递，所以必须先把下一跳的 IP 解析成 MAC；结果缓存在邻居表里。怎样会不同：下一跳变了、表项过期，或者对端开启了 proxy_arp。',
  'walk.veth.why':
    '为什么：veth 对是离开 Pod 网络命名空间的唯一通道，从一端进、从另一端出。怎样会不同：包本身不变，变的只是位置：从这里开始，适用的是另一个命名空间的路由和规则。',
  'walk.bridge.why':
    '为什么：Linux 网桥就是交换机：按目的 MAC 转发，发给网桥自身 MAC 的帧交给宿主机 IP 协议栈，Pod 流量就是这样进入 iptables 和路由的。怎样会不同：目的 MAC 不同（同一网桥上的另一个 Pod 会被直接交换过去）。',
  'walk.netfilter.why':
    '为什么：在每个钩子处，内核按固定顺序（raw、mangle、nat、filter）运行各表，每张表从内置链开始逐条匹配，直到某条规则做出决定或执行链的默认策略。怎样会不同：kube-proxy、CNI 或策略安装的规则变化；地址、端口或标记不同的包会匹配到别的规则。',
  'walk.nftables.why':
    '为什么：kube-proxy 的 nftables 模式把所有 Service 放在 ip kube-proxy 表的判决映射里，一次映射查找代替了在长链中逐条匹配。怎样会不同：Service 的地址、端口或 Endpoint 变化（变化时映射会被重写）。',
  'walk.ipvs.why':
    '为什么：IPVS 模式下，每个 Service IP 都是 kube-ipvs0 上的本地地址，也是一个 IPVS 虚拟服务器；内核按调度算法选出真实服务器并 DNAT 过去。怎样会不同：换调度算法（rr、lc、sh…）、会话亲和性，或 Endpoint 变化。',
  'walk.ebpf.why':
    '为什么：Cilium 把 eBPF 程序挂在 Pod 和节点的网卡上，不用 iptables 就完成 Service 负载均衡、按身份（identity）执行策略和路由。怎样会不同：允许或拒绝这个身份的策略，或者 Service 的后端变化。',
  'walk.conntrack.why':
    '为什么：conntrack 只在连接的第一个包时决定 NAT 并记录下来；之后的每个包和每个回复都按这条记录转换，不再查规则。怎样会不同：只有新连接（另一个源端口）才会重新决定。',
  'walk.encap.why':
    '为什么：节点网络只认识节点地址，所以覆盖网络把 Pod 的包装进节点之间的包里，由对端节点拆开。怎样会不同：节点在同一网络时改用不封装的路由模式（host-gw、BGP）。',
  'walk.decap.why':
    '为什么：隧道设备占有隧道的 UDP 端口（或 IP 协议 4），内核把外层包交给它，由它取出原始包。怎样会不同：VNI 或端口与发送方不一致，包就会在这里被丢弃。',
  'walk.underlay.why':
    '为什么：在机器之间，包走的是物理（或云上的）网络，它只按节点地址路由。怎样会不同：节点网络的路由和防火墙——packetwalk 假定它们是放通的。',
  'walk.load-balancer.why':
    '为什么：云负载均衡器把连接分发给通过健康检查的节点；externalTrafficPolicy 为 Local 时，只有本地有后端的节点才能通过。怎样会不同：Service 的 externalTrafficPolicy，或 loadBalancerSourceRanges。',
  'walk.deliver.why':
    '为什么：目的地址是这个命名空间的本地地址，而且有套接字在监听该端口，于是包交给了应用。怎样会不同：那里没有进程监听，或者途中有规则把它丢弃。',
  'walk.drop.why':
    '为什么：包在这里无法继续前进，原因见上面的说明。怎样会不同：修正那个原因（路由、监听进程、策略、TTL）后再走一遍。',
  'walk.dns-answer.why':
    '为什么：Pod 的 resolv.conf 指向 kube-dns 这个 Service，CoreDNS 根据 API 回答集群内的名字：Service 名字得到它的 ClusterIP。怎样会不同：换一个名字、命名空间的搜索路径和 ndots，或者 Service 根本不存在。',
  'walk.proxy.why':
    '为什么：七层代理会终结客户端的连接，再向它选中的后端新建自己的连接，所以这里有两条连接。怎样会不同：Ingress 规则（主机名和路径）或后端 Service。',
  'walk.netfilter.dnat.why':
    '为什么：目的地址是 Service 的虚拟 IP，没有任何机器拥有它；kube-proxy 的链选中了一个 Endpoint 并把目的地址改写成它。conntrack 记住了这次转换，所以回复会被改回来。怎样会不同：换一个 Endpoint（每个连接随机选择），或者没有 Endpoint，包就会被拒绝。',
  'walk.netfilter.masquerade.why':
    '为什么：这个包被打上了 MASQUERADE 标记（KUBE-MARK-MASQ），或者正在离开 Pod 网络，所以源地址改成本节点的地址，回复必须经过本节点返回。怎样会不同：外部流量使用 externalTrafficPolicy Local，或者源地址本来就在 Pod 网络内。',
  'walk.netfilter.snat.why':
    '为什么：一条规则把源地址改写成固定地址，让回复回到这里。怎样会不同：修改这条规则，或者包不匹配它。',
  'walk.netfilter.drop.why':
    '为什么：一条 DROP 规则匹配了：包被静默丢弃，不会有任何应答，客户端只会等到超时。怎样会不同：链中更靠前的规则接受这个包（对 NetworkPolicy 来说：一条允许该来源和端口的策略）。',
  'walk.netfilter.reject.why':
    '为什么：一条 REJECT 规则匹配了（kube-proxy 对没有 Endpoint 的 Service 就这样做）：发送方立即收到 ICMP 错误，而不是等待超时。怎样会不同：Service 后面有一个就绪的 Endpoint。',
  'walk.netfilter.policyDrop.why':
    '为什么：链中没有规则接受这个包，而内置链的默认策略是 DROP。怎样会不同：一条接受这类流量的规则，或者把默认策略改为 ACCEPT。',
  'walk.netfilter.policyDefaultDrop.why':
    '为什么：有 NetworkPolicy 选中了目的 Pod，于是只有被某个策略允许的流量才能进入；策略链中没有规则匹配这个包。怎样会不同：一条在 from/ports 中允许该来源和端口的策略。',
  'walk.netfilter.fallThrough.why':
    '为什么：途中有规则匹配（跳转后又返回），但没有规则做出决定，于是内置链的 ACCEPT 默认策略让包原样通过。怎样会不同：包匹配到这些链中的某条规则（例如目的是 Service IP，或带有标记）。',
  'walk.netfilter.accept.why':
    '为什么：一条 ACCEPT 规则匹配了，这张表在这个钩子处的处理就此结束；后面的表和钩子仍会继续处理。怎样会不同：包不匹配这条规则（地址、网卡或状态不同）。',
  'walk.conntrack.new.why':
    '为什么：这是连接的第一个包，conntrack 里还没有条目；它新建一个条目，nat 表只在此时、只为这第一个包查询一次。怎样会不同：对这个包没有别的可能；同一连接后续的包会跳过 nat 规则，直接复用这个条目。',
  'walk.conntrack.reverseNat.why':
    '为什么：回复匹配了条目的回复方向元组，conntrack 对它做与第一个包相反的 NAT：客户端看到的还是它当初访问的地址。怎样会不同：连接从未做过 NAT 时，这里什么也不改。',
  'walk.encap.vxlan.why':
    '为什么：目的 Pod 在另一个节点上，而节点网络不路由 Pod 地址，所以 {dev} 把整个帧装进 UDP，发往目标节点的 {port} 端口；VNI {vni} 标识这个覆盖网络。怎样会不同：节点在同一网络时使用 host-gw 或 BGP 路由，或者目的 Pod 在同一节点上（完全不需要隧道）。',
  'walk.decap.udp.why':
    '为什么：外层包到达 UDP 端口 {port}，该端口属于 VXLAN 设备；VNI {vni} 与它自己的一致，于是它拆出帧，Pod 的原始包就像从 {dev} 收到的一样继续前进。怎样会不同：节点之间 VNI 或端口不一致，包会被丢弃。',
  'walk.ipvs.schedule.why':
    '为什么：{vip} 是一个 IPVS 虚拟服务器；{scheduler} 调度算法在就绪的 Endpoint 中选中了 {real}，连接被 DNAT 过去并由 conntrack 记录。怎样会不同：换调度算法或启用会话亲和性，或者 Endpoint 变化。',
  'walk.route.unicast.why':
    '为什么：{dst} 的最长匹配路由指明从 {dev} 发往 {via}。怎样会不同：换一条路由（CNI 路由模式、节点网段变化），或在查找前目的地址已被改写。',
  'walk.route.local.why':
    '为什么：{dst} 是这个命名空间自己的地址（local 路由），所以包进入 INPUT 交给套接字，而不是被转发。怎样会不同：之前的 DNAT 把目的地址改写到了别处。',
  'walk.deliver.socket.why':
    '为什么：有进程在监听 {protocol} 端口 {port}，内核把包交给它；连接的回复经 conntrack 返回。怎样会不同：容器端口上没有监听，回应就会是 RST 或 ICMP 端口不可达。',
  'walk.drop.noListener.why':
    '为什么：包到达了 {dst}，但没有套接字监听端口 {port}。怎样会不同：让 Service 的 targetPort 与容器实际监听的端口一致。',
  'walk.nftables.dnat.why':
    '为什么：Service 地址在 kube-proxy 的服务映射中命中；Endpoint 链用 numgen 选出一个后端并 DNAT 过去，由 conntrack 记录。怎样会不同：每个连接可能选中另一个 Endpoint，或者没有 Endpoint（此时拒绝）。',
  'walk.bridge.toHost.why':
    '为什么：帧的目的 MAC 是网桥自己的（即 Pod 的默认网关），所以帧不会被交换，而是交给宿主机 IP 层，iptables 和路由在那里运行。怎样会不同：目的 Pod 在同一网桥上并直接用它的 MAC 访问。',
  'walk.neighbour.proxy-arp.why':
    '为什么：Pod 的网关地址不在任何网卡上；开启 proxy_arp 的宿主机一端替它应答，于是所有包都发给宿主机。怎样会不同：关闭 proxy_arp，Pod 就无法到达它的网关。',
};
