import type { walk as en } from '../en/walk.ts';

export const walk: Readonly<Record<keyof typeof en, string>> = {
  'walk.socket-send.connect':
    '應用發起到 {dst} 的 {protocol} 連接；路由查找決定從 {dev} 發出，源地址為 {src}',
  'walk.socket-send.reset': '端口上沒有監聽者，TCP 協議棧以 RST 回應 SYN：從 {src} 發往 {dst}，出接口 {dev}',
  'walk.socket-send.icmpError':
    '核心回送 ICMP 端口不可達：從 {src} 發往 {dst}，出接口 {dev}；其中引用被拒絕包的標頭，conntrack 和客戶端據此認出是哪個連線',
  'walk.socket-send.reply': '服務端應答：它的 socket 從 {src} 向 {dst} 發出回包，出接口 {dev}',
  'walk.socket-send.external': '外部主機 {host}（{src}）經由它的路由器向 {dst} 發送 {protocol} 包',
  'walk.socket-send.externalReply': '外部主機 {host} 從 {src} 應答 {dst}',
  'walk.neighbour.table': '鄰居表中已有 {dev} 上 {ip} 的條目：幀發往 {mac}',
  'walk.neighbour.arp': '在 {dev} 上 ARP 查詢 {ip}：地址的擁有者應答 {mac}',
  'walk.neighbour.proxy-arp':
    '在 {dev} 上 ARP 查詢 {ip}：沒有設備擁有該地址，但對端開啟了 proxy_arp，用自己的 MAC {mac} 應答',
  'walk.neighbour.noarp': '{dev} 不需要鏈路層地址',
  'walk.neighbour.failed': '{dev} 上沒有設備應答 {ip} 的 ARP：包無法發出（主機不可達）',
  'walk.veth.cross': '包從 {from} 離開，從它的 veth 對端 {to}（命名空間 {netns}）出來',
  'walk.bridge.toHost': '幀的目的 MAC 是網橋 {bridge} 自己的，網橋把它交給主機的 IP 層',
  'walk.bridge.forward': '網橋 {bridge} 在轉發數據庫中查到 {mac}，從 {port} 發出',
  'walk.bridge.flood': '網橋 {bridge} 的 FDB 中沒有 {mac}；泛洪後在 {port} 後面找到它',
  'walk.conntrack.new':
    '{node} 上的 conntrack 看到新連接 {src} → {dst} 並創建條目；nat 表此時（僅此一次）決定它的 NAT',
  'walk.conntrack.reverseNat':
    '{node} 上的 conntrack 識別出回包，在 {hook} 撤銷連接的 NAT：包現在是 {src} → {dst}',
  'walk.conntrack.sameNat': '{node} 上的 conntrack 在 {hook} 套用連接已有的 NAT：{src} → {dst}',
  'walk.netfilter.accept': '{hook}，{table} 表：{chain} 接受該包（路徑 {path}）',
  'walk.netfilter.drop': '{hook}，{table} 表：{chain} 丟棄該包（路徑 {path}）',
  'walk.netfilter.reject': '{hook}，{table} 表：{chain} 拒絕該包並回送 ICMP 錯誤（路徑 {path}）',
  'walk.netfilter.dnat': '{hook}，{table} 表：{chain} 改寫目的地址（DNAT）（路徑 {path}）',
  'walk.netfilter.snat': '{hook}，{table} 表：{chain} 改寫源地址（SNAT）（路徑 {path}）',
  'walk.netfilter.masquerade':
    '{hook}，{table} 表：{chain} 做 MASQUERADE：源地址變為出接口的地址（路徑 {path}）',
  'walk.netfilter.policyDrop': '{hook}，{table} 表：沒有規則接受該包，鏈的默認策略是 DROP',
  'walk.netfilter.fallThrough': '{hook}，{table} 表：沒有規則作出決定，鏈的默認策略 ACCEPT 放行',
  'walk.netfilter.policyDefaultDrop':
    '{hook}，{table} 表：包經過了 {policyChain}，但沒有 NetworkPolicy 規則接受它，於是 {chain} 中其後的 DROP 生效（策略代理的預設拒絕）',
  'walk.netfilter.policyNotEnforced':
    '{hook}，{table} 表：{chain} 放行該包。集群中有 NetworkPolicy，但 {cni} 不執行它們：這裡沒有任何規則檢查策略',
  'walk.netfilter.outerAccept':
    '{hook}，{table} 表：隧道外層包 {outerSrc} → {outerDst}（{protocol}）被 {chain} 接受（路徑 {path}）',
  'walk.netfilter.outerDrop':
    '{hook}，{table} 表：隧道外層包 {outerSrc} → {outerDst}（{protocol}）被 {chain} 丟棄，內層包到不了隧道設備（路徑 {path}）',
  'walk.netfilter.outerNat':
    '{hook}，{table} 表：{chain} 中的 NAT 規則匹配隧道外層包 {outerSrc} → {outerDst}（{protocol}）（路徑 {path}）',
  'walk.route.local': '路由：{dst} 是本地地址，包在本命名空間內交付',
  'walk.route.broadcast': '路由：{dst} 在這裡是廣播地址',
  'walk.route.unicast': '路由：{dst} 經 {dev} 發往 {via}',
  'walk.route.blackhole': '路由：{dst} 命中黑洞路由，包被丟棄',
  'walk.route.unreachable': '路由：從這裡無法到達 {dst}',
  'walk.route.none': '路由：沒有路由匹配 {dst}',
  'walk.route.reroute': '目的地址在 OUTPUT 中被改寫（DNAT），內核重新查路由：{dst} 經 {dev}',
  'walk.route.outer': '發往 {dst} 的外層包像普通包一樣路由：從 {dev} 發往 {via}',
  'walk.encap.vxlan':
    '{dev} 把幀封裝進 VXLAN：UDP {outerSrc} → {outerDst}:{port}，VNI {vni}；這 {overhead} 字節的頭部就是 {dev} 的 MTU 為 {mtu} 的原因',
  'walk.encap.geneve':
    '{dev} 把幀封裝進 Geneve：UDP {outerSrc} → {outerDst}:{port}，VNI {vni}；頭部 {overhead} 字節（MTU {mtu}）',
  'walk.encap.ipip':
    '{dev} 把包封裝成 IP-in-IP：{outerSrc} → {outerDst}，協議號 4；{overhead} 字節（MTU {mtu}）',
  'walk.decap.udp': 'UDP 端口 {port} 屬於 {dev}：它剝掉外層頭部（VNI {vni}），內層包重新進入 IP 層',
  'walk.encap.switchPort':
    '{dev} 是交換機 {bridge} 的 VXLAN 端口，它封裝該幀：UDP {outerSrc} → {outerDst}:{port}，發往目的 MAC 所在的對端節點（隧道 ID 由交換機的流表設定）；這 {overhead} 位元組的標頭就是 Pod 的 MTU 比節點小的原因',
  'walk.decap.switchPort':
    'UDP 埠 {port} 屬於交換機 {bridge} 的端口 {dev}：它剝掉外層標頭，把內層幀（MAC 不變）交給 {bridge}',
  'walk.decap.ipip': '{dev} 收下 IP-in-IP 包並剝掉外層頭部，內層包重新進入 IP 層',
  'walk.underlay.toNode': '在節點網絡上，幀到達 {node}（{ip}）的 {device}',
  'walk.underlay.toRouter': '在節點網絡上，幀發往路由器 {ip}',
  'walk.load-balancer.pick': '{service} 的雲負載均衡器（{ip}）把包發給節點 {node}（健康節點：{healthy}）',
  'walk.load-balancer.sourceRange':
    '{service} 的雲負載均衡器丟棄該包：源地址不在 loadBalancerSourceRanges 內',
  'walk.load-balancer.noHealthy': '{service} 的雲負載均衡器沒有可用的健康節點',
  'walk.drop.ttl': 'TTL 耗盡（{ttl}）：包被丟棄並回送 ICMP 超時（路由環路）',
  'walk.drop.budget':
    'packetwalk 走了 {steps} 步，包既沒有到達也沒有耗盡 TTL：這是 TTL 發現不了的環路（追蹤在此截斷）',
  'walk.drop.noListener': '{dst} 上沒有進程監聽 {protocol} 端口 {port}：內核回應 {answer}',
  'walk.drop.routerNoRoute': '路由器沒有到 {dst} 的路由：集群內部網段不會在節點之外路由',
  'walk.deliver.socket': '監聽 {protocol} 端口 {port} 的 socket 在 {dst} 收到該包',
  'walk.deliver.reset': '來自 {src} 的 RST 到達客戶端的 socket：connect() 以 ECONNREFUSED 失敗',
  'walk.deliver.icmpError':
    '來自 {src} 的 ICMP 端口不可達到達客戶端；核心依其中引用的標頭找到對應的 socket，連線以 ECONNREFUSED 失敗',
  'walk.deliver.reply': '回包到達客戶端的 socket',
  'walk.deliver.outside': '包離開集群，到達 {host}（{dst}）',
  'walk.summary.delivered': '{from} → {to}：已交付給 {destination}；回包來自 {replySource}',
  'walk.summary.dropped': '{from} → {to}：被丟棄（{reason}）',
  'walk.summary.rejected': '{from} → {to}：被拒絕（{reason}）',
  'walk.summary.refused': '{from} → {to}：連接被拒，{destination} 上沒有進程監聽',
  'walk.summary.no-route': '{from} → {to}：沒有路由',
  'walk.summary.dns-failure': '{from} → {to}：名稱無法解析',
  'walk.summary.ttl-exceeded': '{from} → {to}：TTL 超時（路由環路）',
  'walk.request.unknownPod': '沒有名為 "{from}" 的 Pod 或工作負載',
  'walk.request.podNotRunning': 'Pod {pod} 沒有在某個節點上以 IP 運行，無法發送',
  'walk.request.unknownExternal': '沒有外部客戶端 "{from}"（請在 Cluster 文檔中命名，或直接給出 IP）',
  'walk.request.unknownNode': '沒有節點 "{from}"',
  'walk.request.badTarget': '"{to}" 不是 ip:port、name:port、svc/<ns>/<name>:<port> 或 http:// URL',
  'walk.request.needPort': '"{to}" 缺少端口（TCP 和 UDP 需要端口）',
  'walk.request.unknownService': '沒有 Service "{to}"',
  'walk.request.noAddress': '"{to}" 既沒有 cluster IP 也沒有就緒的端點',
  'walk.ipvs.schedule':
    'IPVS：{vip} 是 {service} 的虛擬服務；{scheduler} 調度器選中真實服務器 {real}，包被 DNAT 到它（Masq）',
  'walk.ipvs.persistence': 'IPVS：{vip} 開啟了會話保持；該客戶端的持久化模板再次把它送往 {real}',
  'walk.ipvs.noRealServer': 'IPVS：{vip} 沒有可用的真實服務器，內核回應 {response}',
  'walk.nftables.dnat': '{hook}：kube-proxy 的 nftables 鏈 {chain} 對包做 DNAT（路徑 {path}）',
  'walk.nftables.masquerade': '{hook}：kube-proxy 的 nftables 鏈 {chain} 對包做 MASQUERADE（路徑 {path}）',
  'walk.nftables.accept': '{hook}：kube-proxy 的 nftables 鏈 {chain} 接受該包（路徑 {path}）',
  'walk.nftables.drop': '{hook}：kube-proxy 的 nftables 鏈 {chain} 丟棄該包（路徑 {path}）',
  'walk.nftables.reject': '{hook}：kube-proxy 的 nftables 鏈 {chain} 拒絕該包（路徑 {path}）',
  'walk.nftables.fallThrough': '{hook}：kube-proxy 的 nftables 鏈 {chain} 放行該包',
  'walk.dns-answer.coredns': 'CoreDNS 應答 {name} {type}：{rcode} {answers}',
  'walk.request.noIngressController': '沒有為 {host} 服務的 Ingress 控制器 Service',
  'walk.socket-lb.connect':
    'Cilium 的 socket-LB 改寫 connect()：在任何包生成之前，Service {service} 就變成了後端 {backend}',
  'walk.socket-lb.reverse':
    'Cilium 的 socket-LB 在 recvmsg 時把應答轉換回來：{backend} 顯示為 Service {service}',
  'walk.socket-lb.noBackend': 'Cilium 的 socket-LB 找不到 {service} 的後端：connect() 被拒絕',
  'walk.ebpf.egressAllowed':
    'Pod veth 上的 bpf_lxc：{pod} 的出向策略表允許身份 {identity}（是否執行：{enforced}）',
  'walk.ebpf.egressDenied':
    'Pod veth 上的 bpf_lxc：{pod} 的出向策略表沒有身份 {identity} 的條目：丟棄（策略拒絕）',
  'walk.ebpf.ingressAllowed': 'Cilium 對 {pod} 的入向策略允許身份 {identity}（是否執行：{enforced}）',
  'walk.ebpf.ingressDenied': 'Cilium 對 {pod} 的入向策略沒有身份 {identity} 的條目：丟棄（策略拒絕）',
  'walk.ebpf.redirectLocal':
    'ipcache 顯示 {dst} 是本節點上的端點：eBPF 直接把包重定向到它的 veth，不經過主機路由',
  'walk.ebpf.serviceLb': 'bpf_lxc 按包把 Service {service} 轉換為後端 {backend}（此連接未經 socket-LB）',
  'walk.ebpf.revNat': 'bpf_lxc 在回程中撤銷服務轉換：{backend} 重新變為 {service}',
  'walk.ebpf.noBackend': 'Cilium 的服務表中 {service} 沒有後端',
  'walk.ebpf.nodePortLocal':
    '節點網卡上的 bpf_host：NodePort {frontend} → 本節點上的後端 {backend}；保留客戶端地址',
  'walk.ebpf.nodePortSnat':
    '節點網卡上的 bpf_host：NodePort {frontend} → 其他節點上的後端 {backend}，源地址 NAT 為 {snat}，以便回包回到這裡',
  'walk.ebpf.nodePortReply': 'bpf_host 撤銷 NodePort 轉換：回包从 {frontend} 發往 {client}',
  'walk.neighbour.overlay':
    '在 {dev} 上 ARP 查詢 {ip}：廣播經交換機和隧道 {tunnel} 泛洪到每個對端節點；{node} 上的地址擁有者應答 {mac}',
  'walk.neighbour.userspace':
    '{dev} 上對 {ip} 的 ARP 從 {port} 發往 {peer}，只有用戶態進程讀取它（Weave sleeve：weave 路由器自己用 UDP 6783 承載幀）；packetwalk 不追蹤用戶態路由器，追蹤到此為止',
  'walk.bridge.datapath':
    'Weave 的 Open vSwitch datapath {bridge} 把發往 {mac} 的幀從 {port} 發出，依據的是 weave 路由器見過該 MAC 後安裝的流表（這裡沒有 iptables：br_netfilter 只作用於 Linux 網橋）',
};
