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
  'walk.socket-send.why':
    '為什麼：在任何規則看到這個封包之前，核心就依據傳送端命名空間的路由表選好了來源位址與第一個出口裝置。怎樣會不同：該命名空間裡換一條路由，或者送往另一個位址。',
  'walk.socket-lb.why':
    '為什麼：啟用 socket-LB 後，Cilium 在 connect() 時就完成 Service 轉換，所以沒有任何封包帶著 ClusterIP，也不需要逐封包 NAT。怎樣會不同：關閉 socket-LB（bpf-lb-sock），或者 Service 的後端改變。',
  'walk.route.why':
    '為什麼：核心在目前的命名空間裡選擇最具體的相符路由（最長前綴）。怎樣會不同：換一條路由（CNI 換了路由模式、節點加入或離開），或者在這次查找之前目的位址已被 NAT 改寫。',
  'walk.neighbour.why':
    '為什麼：乙太網路依 MAC 位址投遞，所以必須先把下一跳的 IP 解析成 MAC；結果快取在鄰居表裡。怎樣會不同：下一跳改變、項目過期，或者對端開啟了 proxy_arp。',
  'walk.veth.why':
    '為什麼：veth 對是離開 Pod 網路命名空間的唯一通道，從一端進、從另一端出。怎樣會不同：封包本身不變，變的只是位置：從這裡開始，套用的是另一個命名空間的路由與規則。',
  'walk.bridge.why':
    '為什麼：Linux 網橋就是交換器：依目的 MAC 轉送，送給網橋自身 MAC 的訊框交給主機 IP 協定堆疊，Pod 流量就是這樣進入 iptables 與路由的。怎樣會不同：目的 MAC 不同（同一網橋上的另一個 Pod 會被直接交換過去）。',
  'walk.netfilter.why':
    '為什麼：在每個掛鉤點，核心依固定順序（raw、mangle、nat、filter）執行各表，每張表從內建鏈開始逐條比對，直到某條規則做出決定或套用鏈的預設策略。怎樣會不同：kube-proxy、CNI 或策略安裝的規則改變；位址、連接埠或標記不同的封包會符合別的規則。',
  'walk.nftables.why':
    '為什麼：kube-proxy 的 nftables 模式把所有 Service 放在 ip kube-proxy 表的判決對應表裡，一次查找就取代了在長鏈中逐條比對。怎樣會不同：Service 的位址、連接埠或 Endpoint 改變（改變時對應表會被重寫）。',
  'walk.ipvs.why':
    '為什麼：IPVS 模式下，每個 Service IP 都是 kube-ipvs0 上的本機位址，也是一個 IPVS 虛擬伺服器；核心依排程演算法選出真實伺服器並 DNAT 過去。怎樣會不同：換排程演算法（rr、lc、sh…）、工作階段親和性，或 Endpoint 改變。',
  'walk.ebpf.why':
    '為什麼：Cilium 把 eBPF 程式掛在 Pod 與節點的網路介面上，不用 iptables 就完成 Service 負載平衡、依身分（identity）執行策略與路由。怎樣會不同：允許或拒絕這個身分的策略，或者 Service 的後端改變。',
  'walk.conntrack.why':
    '為什麼：conntrack 只在連線的第一個封包時決定 NAT 並記錄下來；之後的每個封包與每個回覆都依這筆記錄轉換，不再查規則。怎樣會不同：只有新連線（另一個來源連接埠）才會重新決定。',
  'walk.encap.why':
    '為什麼：節點網路只認得節點位址，所以覆疊網路把 Pod 的封包裝進節點之間的封包裡，由對端節點拆開。怎樣會不同：節點在同一網路時改用不封裝的路由模式（host-gw、BGP）。',
  'walk.decap.why':
    '為什麼：隧道裝置佔有隧道的 UDP 連接埠（或 IP 協定 4），核心把外層封包交給它，由它取出原始封包。怎樣會不同：VNI 或連接埠與傳送端不一致，封包就會在這裡被丟棄。',
  'walk.underlay.why':
    '為什麼：在機器之間，封包走的是實體（或雲端）網路，它只依節點位址路由。怎樣會不同：節點網路的路由與防火牆——packetwalk 假設它們是放行的。',
  'walk.load-balancer.why':
    '為什麼：雲端負載平衡器把連線分配給通過健康檢查的節點；externalTrafficPolicy 為 Local 時，只有本地有後端的節點才會通過。怎樣會不同：Service 的 externalTrafficPolicy，或 loadBalancerSourceRanges。',
  'walk.deliver.why':
    '為什麼：目的位址是這個命名空間的本機位址，而且有 socket 在監聽該連接埠，於是封包交給了應用程式。怎樣會不同：那裡沒有程序監聽，或者途中有規則把它丟棄。',
  'walk.drop.why':
    '為什麼：封包在這裡無法繼續前進，原因見上面的說明。怎樣會不同：修正那個原因（路由、監聽程序、策略、TTL）後再走一次。',
  'walk.dns-answer.why':
    '為什麼：Pod 的 resolv.conf 指向 kube-dns 這個 Service，CoreDNS 依據 API 回答叢集內的名稱：Service 名稱得到它的 ClusterIP。怎樣會不同：換一個名稱、命名空間的搜尋路徑與 ndots，或者 Service 根本不存在。',
  'walk.proxy.why':
    '為什麼：第七層代理會終結用戶端的連線，再向它選中的後端建立自己的連線，所以這裡有兩條連線。怎樣會不同：Ingress 規則（主機名稱與路徑）或後端 Service。',
  'walk.netfilter.dnat.why':
    '為什麼：目的位址是 Service 的虛擬 IP，沒有任何機器擁有它；kube-proxy 的鏈選中了一個 Endpoint 並把目的位址改寫成它。conntrack 記住了這次轉換，所以回覆會被改回來。怎樣會不同：換一個 Endpoint（每條連線隨機選擇），或者沒有 Endpoint，封包就會被拒絕。',
  'walk.netfilter.masquerade.why':
    '為什麼：這個封包被標記了 MASQUERADE（KUBE-MARK-MASQ），或者正在離開 Pod 網路，所以來源位址改成本節點的位址，回覆必須經過本節點返回。怎樣會不同：外部流量使用 externalTrafficPolicy Local，或者來源位址本來就在 Pod 網路內。',
  'walk.netfilter.snat.why':
    '為什麼：一條規則把來源位址改寫成固定位址，讓回覆回到這裡。怎樣會不同：修改這條規則，或者封包不符合它。',
  'walk.netfilter.drop.why':
    '為什麼：一條 DROP 規則符合了：封包被靜默丟棄，不會有任何回應，用戶端只會等到逾時。怎樣會不同：鏈中更前面的規則接受這個封包（對 NetworkPolicy 而言：一條允許該來源與連接埠的策略）。',
  'walk.netfilter.reject.why':
    '為什麼：一條 REJECT 規則符合了（kube-proxy 對沒有 Endpoint 的 Service 就這麼做）：傳送端立即收到 ICMP 錯誤，而不是等待逾時。怎樣會不同：Service 後面有一個就緒的 Endpoint。',
  'walk.netfilter.policyDrop.why':
    '為什麼：鏈中沒有規則接受這個封包，而內建鏈的預設策略是 DROP。怎樣會不同：一條接受這類流量的規則，或者把預設策略改為 ACCEPT。',
  'walk.netfilter.policyDefaultDrop.why':
    '為什麼：有 NetworkPolicy 選中了目的 Pod，於是只有被某個策略允許的流量才能進入；策略鏈中沒有規則符合這個封包。怎樣會不同：一條在 from/ports 中允許該來源與連接埠的策略。',
  'walk.netfilter.fallThrough.why':
    '為什麼：途中有規則符合（跳轉後又返回），但沒有規則做出決定，於是內建鏈的 ACCEPT 預設策略讓封包原樣通過。怎樣會不同：封包符合這些鏈中的某條規則（例如目的是 Service IP，或帶有標記）。',
  'walk.netfilter.accept.why':
    '為什麼：一條 ACCEPT 規則符合了，這張表在這個掛鉤點的處理就此結束；後面的表與掛鉤點仍會繼續處理。怎樣會不同：封包不符合這條規則（位址、介面或狀態不同）。',
  'walk.conntrack.new.why':
    '為什麼：這是連線的第一個封包，conntrack 裡還沒有項目；它建立一個項目，nat 表只在此時、只為這第一個封包查詢一次。怎樣會不同：對這個封包沒有別的可能；同一連線後續的封包會略過 nat 規則，直接沿用這個項目。',
  'walk.conntrack.reverseNat.why':
    '為什麼：回覆符合了項目的回覆方向元組，conntrack 對它做與第一個封包相反的 NAT：用戶端看到的仍是它當初連線的位址。怎樣會不同：連線從未做過 NAT 時，這裡什麼也不改。',
  'walk.encap.vxlan.why':
    '為什麼：目的 Pod 在另一個節點上，而節點網路不路由 Pod 位址，所以 {dev} 把整個訊框裝進 UDP，送往目標節點的 {port} 連接埠；VNI {vni} 標識這個覆疊網路。怎樣會不同：節點在同一網路時使用 host-gw 或 BGP 路由，或者目的 Pod 在同一節點上（完全不需要隧道）。',
  'walk.decap.udp.why':
    '為什麼：外層封包到達 UDP 連接埠 {port}，該連接埠屬於 VXLAN 裝置；VNI {vni} 與它自己的一致，於是它拆出訊框，Pod 的原始封包就像從 {dev} 收到的一樣繼續前進。怎樣會不同：節點之間 VNI 或連接埠不一致，封包會被丟棄。',
  'walk.ipvs.schedule.why':
    '為什麼：{vip} 是一個 IPVS 虛擬伺服器；{scheduler} 排程演算法在就緒的 Endpoint 中選中了 {real}，連線被 DNAT 過去並由 conntrack 記錄。怎樣會不同：換排程演算法或啟用工作階段親和性，或者 Endpoint 改變。',
  'walk.route.unicast.why':
    '為什麼：{dst} 的最長相符路由指出從 {dev} 送往 {via}。怎樣會不同：換一條路由（CNI 路由模式、節點網段改變），或在查找前目的位址已被改寫。',
  'walk.route.local.why':
    '為什麼：{dst} 是這個命名空間自己的位址（local 路由），所以封包進入 INPUT 交給 socket，而不是被轉送。怎樣會不同：先前的 DNAT 把目的位址改寫到了別處。',
  'walk.deliver.socket.why':
    '為什麼：有程序在監聽 {protocol} 連接埠 {port}，核心把封包交給它；連線的回覆經 conntrack 返回。怎樣會不同：容器連接埠上沒有監聽，回應就會是 RST 或 ICMP 連接埠無法連線。',
  'walk.drop.noListener.why':
    '為什麼：封包到達了 {dst}，但沒有 socket 監聽連接埠 {port}。怎樣會不同：讓 Service 的 targetPort 與容器實際監聽的連接埠一致。',
  'walk.nftables.dnat.why':
    '為什麼：Service 位址在 kube-proxy 的服務對應表中命中；Endpoint 鏈用 numgen 選出一個後端並 DNAT 過去，由 conntrack 記錄。怎樣會不同：每條連線可能選中另一個 Endpoint，或者沒有 Endpoint（此時拒絕）。',
  'walk.bridge.toHost.why':
    '為什麼：訊框的目的 MAC 是網橋自己的（即 Pod 的預設閘道），所以訊框不會被交換，而是交給主機 IP 層，iptables 與路由在那裡執行。怎樣會不同：目的 Pod 在同一網橋上並直接用它的 MAC 連線。',
  'walk.neighbour.proxy-arp.why':
    '為什麼：Pod 的閘道位址不在任何介面上；開啟 proxy_arp 的主機端替它回應，於是所有封包都送給主機。怎樣會不同：關閉 proxy_arp，Pod 就無法到達它的閘道。',
};
