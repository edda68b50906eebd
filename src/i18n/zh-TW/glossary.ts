import type { glossary as en } from '../en/glossary.ts';

export const glossary: Readonly<Record<keyof typeof en, string>> = {
  'glossary.title': '術語表',
  'glossary.open': '{term} 是什麼？',
  'glossary.close': '關閉釋義（Esc）',
  'glossary.veth.term': 'veth 對',
  'glossary.veth.text':
    '一條有兩端的虛擬網路線：從一端進去的封包會從另一端出來。CNI 把一端放進 Pod（即 Pod 的 eth0），另一端留在主機上，封包才能離開 Pod 的網路命名空間。',
  'glossary.bridge.term': 'Linux 網橋（bridge）',
  'glossary.bridge.text':
    '核心裡的軟體交換器（cni0、docker0）。它記住每個 MAC 在哪個連接埠後面（FDB），在各 Pod 的 veth 主機端之間轉送訊框；送給網橋自身 MAC 的訊框會交給主機的 IP 層。',
  'glossary.netns.term': '網路命名空間（netns）',
  'glossary.netns.text':
    '一份獨立的網路堆疊：有自己的網路介面、位址、路由和 iptables。每個 Pod 有一個，節點自己的叫 host 命名空間。封包透過 veth 在它們之間移動。',
  'glossary.conntrack.term': 'conntrack（連線追蹤）',
  'glossary.conntrack.text':
    '核心的連線追蹤器。它記錄每條連線原始方向與回覆方向的位址，只在第一個封包時決定 NAT，之後同一連線的封包與回覆都按同樣方式改寫。`conntrack -L` 可以列出項目。',
  'glossary.dnat.term': 'DNAT',
  'glossary.dnat.text':
    '目的位址轉換：改寫封包的目的 IP（和連接埠）。kube-proxy 用它把 Service 的虛擬 IP 換成選中的 Pod IP；回覆時 conntrack 再換回來，所以用戶端看到的仍是 Service 位址。',
  'glossary.snat.term': 'SNAT',
  'glossary.snat.text':
    '來源位址轉換：改寫封包的來源 IP（和連接埠），讓回覆回到做轉換的節點。回覆時由 conntrack 還原。',
  'glossary.masquerade.term': 'MASQUERADE',
  'glossary.masquerade.text':
    '一種 SNAT：來源位址改成封包送出那張網路介面當下的位址。kube-proxy 對標記了 0x4000（KUBE-MARK-MASQ）的流量做 MASQUERADE，例如迴轉（hairpin）或 NodePort 流量，確保回覆經由同一個節點返回。',
  'glossary.hook.term': 'netfilter 掛鉤點',
  'glossary.hook.text':
    '核心收送路徑上執行 iptables、nftables 與 IPVS 的五個位置：PREROUTING（剛收到）、INPUT（送給本機）、FORWARD（經本機轉送）、OUTPUT（本機送出）、POSTROUTING（即將送出）。',
  'glossary.chain.term': 'iptables 鏈',
  'glossary.chain.text':
    '某張表（nat、filter、mangle、raw）中有序的一串規則。內建鏈掛在掛鉤點上，沒有規則做出決定時套用鏈的預設策略；KUBE-SERVICES 這類自訂鏈透過跳轉進入，規則走完後返回。',
  'glossary.kube-services.term': 'KUBE-SERVICES',
  'glossary.kube-services.text':
    'kube-proxy 在 nat 表中的入口鏈：每個 Service 連接埠一條規則，比對 ClusterIP（以及外部 IP），跳轉到該 Service 的 KUBE-SVC 鏈。',
  'glossary.kube-svc.term': 'KUBE-SVC-… 鏈',
  'glossary.kube-svc.text':
    '每個 Service 連接埠一條鏈，負責挑選後端：每個 Endpoint 一條規則，帶 `-m statistic --mode random --probability`，讓每個後端被選中的機率相同，然後跳到該後端的 KUBE-SEP 鏈。',
  'glossary.kube-sep.term': 'KUBE-SEP-… 鏈',
  'glossary.kube-sep.text':
    '每個 Service 後端一條鏈：為迴轉流量標記 MASQUERADE，並把封包 DNAT 到 Pod 的 IP 與連接埠。',
  'glossary.ipvs.term': 'IPVS',
  'glossary.ipvs.text':
    '核心的第四層負載平衡器。IPVS 模式下，kube-proxy 把每個 Service IP 加到虛擬介面 kube-ipvs0 上，並建立以 Pod 為真實伺服器（real server）的虛擬伺服器；用雜湊查找取代冗長的 iptables 鏈。`ipvsadm -Ln` 可以查看。',
  'glossary.nftables.term': 'nftables',
  'glossary.nftables.text':
    '核心中 iptables 的繼任者：由鏈、集合（set）與判決對應表（verdict map）組成的表。kube-proxy 的 nftables 模式在 `ip kube-proxy` 表裡用一次對應查找處理所有 Service。',
  'glossary.vxlan.term': 'VXLAN',
  'glossary.vxlan.text':
    '一種覆疊網路：把 Pod 的整個乙太網路訊框封裝進 UDP（Flannel 用 8472 連接埠，標準連接埠是 4789），在節點 IP 之間傳送，節點網路因此看不到 Pod 位址。多出的 50 位元組就是 Pod MTU 比較小的原因。',
  'glossary.vni.term': 'VNI',
  'glossary.vni.text':
    'VXLAN 網路識別碼：VXLAN 標頭裡 24 位元的編號，說明這個訊框屬於哪個覆疊網路（Flannel 用 1，Calico 用 4096）。兩端必須一致。',
  'glossary.ipip.term': 'IP-in-IP（IPIP）',
  'glossary.ipip.text':
    '一種覆疊網路：把 Pod 的 IP 封包放進另一個以節點位址為來源與目的的 IP 封包裡（IP 協定號 4），額外負擔 20 位元組。Calico 透過 tunl0 使用它。',
  'glossary.bgp.term': 'BGP',
  'glossary.bgp.text':
    'Calico 用來告訴每個節點「哪些 Pod 網段在哪個節點後面」的路由協定，這樣 Pod 流量不需封裝就能直接路由。',
  'glossary.ebpf.term': 'eBPF',
  'glossary.ebpf.text':
    '核心在掛鉤點（例如網路介面的 tc、socket 的 connect()）執行、經過驗證的小程式。Cilium 用它們取代 iptables 來做 Service 負載平衡、策略與路由。',
  'glossary.clusterip.term': 'ClusterIP',
  'glossary.clusterip.text':
    'Service 的虛擬 IP。沒有任何介面擁有它，也沒有封包會真正送達它：每個節點上的規則（iptables、IPVS、nftables 或 eBPF）在封包經過時把它改寫成某個後端 Pod 的 IP。',
  'glossary.nodeport.term': 'NodePort',
  'glossary.nodeport.text':
    '為 Service 在每個節點位址上開啟的連接埠（預設 30000–32767）：送往任一節點該連接埠的流量會被 DNAT 到一個後端，後端可能在別的節點上。',
  'glossary.loadbalancer.term': 'LoadBalancer 類型的 Service',
  'glossary.loadbalancer.text':
    '由雲端供應商的外部負載平衡器對外公開的 Service，負載平衡器把流量分配到各節點的 NodePort（或直接送往節點上的 Service 外部 IP）。',
  'glossary.etp.term': 'externalTrafficPolicy',
  'glossary.etp.text':
    '`Cluster`（預設）允許節點把外部流量轉送到任何位置的後端，並做 MASQUERADE，用戶端 IP 因此遺失；`Local` 只用本節點上的後端並保留用戶端 IP，沒有本地後端的節點健康檢查會失敗。',
  'glossary.endpointslice.term': 'EndpointSlice',
  'glossary.endpointslice.text':
    'Service 就緒後端（Pod IP 與連接埠）的清單，由 Kubernetes 依 Service 的選擇器維護。kube-proxy 依此產生規則：沒有 Endpoint，就沒有後端。',
  'glossary.coredns.term': 'CoreDNS',
  'glossary.coredns.text':
    '叢集的 DNS 伺服器，透過 kube-dns 這個 Service 存取。它用 ClusterIP 回答 <service>.<namespace>.svc.cluster.local，其他名稱轉送給上游。',
  'glossary.ndots.term': 'ndots',
  'glossary.ndots.text':
    'resolv.conf 的一個選項（Pod 中為 5）：點數少於它的名稱會先依序加上搜尋網域去查詢，所以 `web` 變成 web.default.svc.cluster.local；查詢叢集外的名稱可能要先經歷幾次 NXDOMAIN。',
  'glossary.search-path.term': '搜尋路徑（search）',
  'glossary.search-path.text':
    'resolv.conf 依序附加在短名稱後面的網域：對 `default` 命名空間裡的 Pod 是 default.svc.cluster.local、svc.cluster.local、cluster.local。這就是只寫 Service 名稱也能解析的原因。',
  'glossary.networkpolicy.term': 'NetworkPolicy',
  'glossary.networkpolicy.text':
    '依標籤選擇 Pod 的防火牆規則。一旦某個策略在傳入或傳出方向選中了一個 Pod，就只有被某個策略允許的流量才能通過；由 CNI（Calico、Cilium 等）執行，有些 CNI（如單獨的 Flannel）並不執行。',
  'glossary.mtu.term': 'MTU',
  'glossary.mtu.text':
    '一條鏈路能承載的最大封包長度。隧道會增加標頭（VXLAN 50 位元組，IPIP 20 位元組），所以 Pod 介面的 MTU 比節點小，否則大封包裝不下。',
  'glossary.arp.term': 'ARP 與鄰居表',
  'glossary.arp.text':
    '在乙太網路上送出之前，核心需要下一跳的 MAC 位址：它用 ARP 詢問，並把答案快取在鄰居表裡（`ip neigh`）。開啟 proxy_arp 的介面會替不屬於自己的位址回應。',
};
