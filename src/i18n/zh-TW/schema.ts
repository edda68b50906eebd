import type { schema as en } from '../en/schema.ts';

export const schema: Readonly<Record<keyof typeof en, string>> = {
  'schema.title': 'Kubernetes 物件',
  'schema.root': 'packetwalk 清單：每個 YAML 文件是一個 Kubernetes 物件，依其 `kind` 對應的 schema 檢查。',
  'schema.error.cidr': '需要 CIDR，例如 10.244.0.0/16（位址、斜線與前綴長度）。',
  'schema.error.ip': '需要 IP 位址，例如 192.168.1.10，不含前綴長度。',
  'schema.error.portRange': '需要連接埠範圍，例如 30000-32767。',

  // 所有種類共用
  'schema.common.apiVersion':
    '物件的 API 群組與版本：Service 和 Pod 用 `v1`，Deployment 用 `apps/v1`，NetworkPolicy 用 `networking.k8s.io/v1`。它與 `kind` 一起決定文件其餘部分如何解讀。',
  'schema.common.kind':
    '物件的種類。packetwalk 模擬的種類（Service、Pod、EndpointSlice、NetworkPolicy……）會變成節點上的規則、路由與裝置；其他種類會保留，但不影響封包。',
  'schema.common.metadata':
    '名稱、命名空間、標籤與註解。對封包來說最重要的是標籤：Service 與 NetworkPolicy 的選擇器比對的就是它們。',
  'schema.common.metadata.name':
    '物件名稱，在同一命名空間的同種物件中唯一。Service 的名稱同時也是它的 DNS 名稱（`<name>.<namespace>.svc.cluster.local`），並出現在 kube-proxy 規則的註解中（`<namespace>/<name>:<port>`）。',
  'schema.common.metadata.namespace':
    '物件所在的命名空間（省略時為 `default`）。它是每個 Service DNS 名稱的一部分，也在 Pod 的 DNS 搜尋清單中；NetworkPolicy 只作用於自己命名空間內的 Pod。',
  'schema.common.metadata.labels':
    '附加在物件上的鍵值字串。Service 的 `spec.selector` 與 NetworkPolicy 的 `podSelector` 比對的就是它們：標籤不符的 Pod 收不到該 Service 的流量，也不受該政策約束。',
  'schema.common.metadata.annotations':
    '任意鍵值字串，選擇器從不比對它們。部分控制器會讀取（Ingress 控制器選項、雲端負載平衡器設定）；除此之外不影響封包。',
  'schema.common.podTemplate.metadata.labels':
    '由此範本建立的每個 Pod 都帶有這些標籤。它們必須符合 `spec.selector`，Service 與 NetworkPolicy 選取的也是它們：改動後 Pod 會從這些 Service 的端點中消失。',
  'schema.common.labelSelector.matchLabels': '必須全部存在且值完全相同的標籤，與 `matchExpressions` 取 AND。',
  'schema.common.labelSelector.matchExpressions':
    '以集合為基礎的標籤條件；所有條件以及 `matchLabels` 都必須成立（AND）。',
  'schema.common.labelSelector.matchExpressions.key': '此條件檢查的標籤鍵。',
  'schema.common.labelSelector.matchExpressions.operator':
    '`In` / `NotIn`：標籤值屬於 / 不屬於 `values`。`Exists` / `DoesNotExist`：該鍵存在 / 不存在，此時 `values` 必須為空。',
  'schema.common.labelSelector.matchExpressions.values':
    '`In` 與 `NotIn` 使用的標籤值；`Exists` 與 `DoesNotExist` 時留空。',
  'schema.common.workload.replicas':
    '依範本執行多少個 Pod。每個就緒的 Pod 都會成為選取它的每個 Service 的一個端點，kube-proxy 把新連線隨機分攤到它們身上（`KUBE-SVC-…` 中的 `-m statistic --mode random --probability …`）。',
  'schema.common.workload.selector':
    '此控制器管理哪些 Pod，必須符合 `template.metadata.labels`。它不轉送任何流量：哪些 Pod 接收封包由 Service 自己的 `spec.selector` 決定。',
  'schema.common.workload.template':
    '每個副本據以建立的 Pod。它的標籤、容器連接埠與網路設定（`hostNetwork`、`dnsPolicy`）就是 Service 端點與封包路徑所看到的內容。',
  'schema.common.targetRef': '此端點位址背後的物件，通常是 Pod：被 DNAT 到這個位址的封包最終抵達的 Pod。',
  'schema.common.targetRef.kind': '被參照物件的種類，通常為 `Pod`。',
  'schema.common.targetRef.name': '被參照 Pod 的名稱。',
  'schema.common.targetRef.namespace': '被參照 Pod 所在的命名空間。',
  'schema.common.protocol':
    '第四層協定：`TCP`（預設）、`UDP` 或 `SCTP`。連接埠只比對同協定的封包，所以 DNS 需要 UDP 與 TCP 兩個 53 連接埠。',
  'schema.common.appProtocol':
    '此連接埠上的應用層協定（如 `http`、`kubernetes.io/h2c`）。kube-proxy 會忽略它；Ingress 控制器與服務網格可能會使用。',

  // Pod
  'schema.Pod.spec':
    'Pod 的期望狀態：容器與連接埠，以及決定其位址（`hostNetwork`）、DNS（`dnsPolicy`）與所在節點的設定。',
  'schema.Pod.spec.containers':
    'Pod 中的容器。它們共用同一個網路命名空間：一個 `eth0`、一個 Pod IP、一組連接埠，所以兩個容器不能監聽同一個連接埠。',
  'schema.Pod.spec.containers.name': '容器名稱，在 Pod 內唯一。',
  'schema.Pod.spec.containers.image':
    '容器映像檔。packetwalk 不會執行它；對封包路徑有意義的只有下方宣告的連接埠。',
  'schema.Pod.spec.containers.ports':
    '容器監聽的連接埠。未宣告的連接埠一樣收得到封包，但以名稱指定的 Service `targetPort` 或 NetworkPolicy 連接埠要在這裡查找。',
  'schema.Pod.spec.containers.ports.name':
    '連接埠名稱（小寫，最多 15 個字元）。Service 的 `targetPort: http` 或 NetworkPolicy 的 `port: http` 會在每個 Pod 中依此名稱解析，因此各 Pod 可以監聽不同的連接埠號碼。',
  'schema.Pod.spec.containers.ports.containerPort':
    '行程在 Pod 網路命名空間中監聽的連接埠，也就是 Service 流量被 DNAT 到的連接埠號碼（`--to-destination podIP:containerPort`）。',
  'schema.Pod.spec.containers.ports.protocol':
    '`TCP`（預設）、`UDP` 或 `SCTP`。以名稱指定的 `targetPort` 只會比對同協定的容器連接埠。',
  'schema.Pod.spec.containers.ports.hostPort':
    '同時在節點 IP 上開放此連接埠：CNI `portmap` 外掛把 `nodeIP:hostPort` DNAT 到 `podIP:containerPort`（鏈 `CNI-HOSTPORT-DNAT`）。同一節點上一個 hostPort 只能由一個 Pod 使用。',
  'schema.Pod.spec.containers.ports.hostIP': 'hostPort 綁定的節點位址；留空表示節點的所有位址。',
  'schema.Pod.spec.containers.readinessProbe':
    '決定 Pod 是否就緒的檢查。只有就緒的 Pod 才是 EndpointSlice 中的就緒端點，kube-proxy 只把新連線送給它們。',
  'schema.Pod.spec.initContainers':
    '在應用程式容器啟動前執行到結束的容器。它們共用 Pod 的網路命名空間與 IP。',
  'schema.Pod.spec.hostNetwork':
    '讓 Pod 在節點的網路命名空間中執行：沒有 veth，也沒有自己的 Pod IP（`podIP` 就是節點 IP），連接埠就是節點的連接埠，封包直接從節點本身的網路堆疊送出，而不是從 veth 後面。搭配 `dnsPolicy: ClusterFirst` 時使用節點的 DNS；要使用叢集 DNS 請設為 `ClusterFirstWithHostNet`。',
  'schema.Pod.spec.nodeName':
    '把 Pod 綁定到此節點，略過排程器。所在節點決定了送往該 Pod 的封包是留在同一節點上，還是要穿過通道（`flannel.1`、`tunl0`……）才能抵達。',
  'schema.Pod.spec.nodeSelector':
    'Pod 所在節點必須帶有的標籤（如 `kubernetes.io/hostname: worker-1`）。它決定節點，也就決定送往該 Pod 的流量是節點本機的，還是要穿過 overlay 網路。',
  'schema.Pod.spec.affinity':
    '節點親和性與 Pod（反）親和性。它們只透過排程位置影響封包：Pod 在哪個節點上執行，決定了抵達它的路徑。',
  'schema.Pod.spec.tolerations':
    '此 Pod 能容忍的污點。沒有對 `node-role.kubernetes.io/control-plane:NoSchedule` 的容忍，Pod 不會被排程到控制平面節點上。',
  'schema.Pod.spec.tolerations.key': '要容忍的污點鍵；留空且 `operator: Exists` 時容忍所有污點。',
  'schema.Pod.spec.tolerations.operator': '`Equal`（預設）要求鍵與值都相符；`Exists` 符合該鍵的任何值。',
  'schema.Pod.spec.tolerations.value': '`operator: Equal` 時要比對的污點值。',
  'schema.Pod.spec.tolerations.effect':
    '容忍的污點效果（`NoSchedule`、`PreferNoSchedule`、`NoExecute`）；留空表示容忍所有效果。',
  'schema.Pod.spec.tolerations.tolerationSeconds':
    '僅用於 `NoExecute` 污點：Pod 還能在帶污點的節點上停留多久，之後會被驅逐，其端點也隨之消失。',
  'schema.Pod.spec.dnsPolicy':
    'Pod 的 `/etc/resolv.conf` 如何產生。`ClusterFirst`（預設）：`nameserver 10.96.0.10`（kube-dns 的 ClusterIP）、`search <ns>.svc.cluster.local svc.cluster.local cluster.local` 與 `options ndots:5`，因此點數少於 5 的名稱會先走搜尋清單。`Default` 複製節點的 resolv.conf，`ClusterFirstWithHostNet` 是給 `hostNetwork` Pod 用的 ClusterFirst，`None` 只使用 `dnsConfig`。',
  'schema.Pod.spec.dnsConfig':
    '額外的 resolv.conf 設定，合併到 `dnsPolicy` 產生的內容中（`dnsPolicy: None` 時單獨使用）。',
  'schema.Pod.spec.dnsConfig.nameservers':
    '附加在政策產生的 nameserver 之後的 DNS 伺服器 IP（總數最多 3 個）；解析器會依序嘗試。',
  'schema.Pod.spec.dnsConfig.searches': '附加到搜尋清單的網域。每多一個網域，解析短名稱時就可能多一次查詢。',
  'schema.Pod.spec.dnsConfig.options':
    'resolv.conf 選項，如 `ndots`。把 `ndots:5` 降為 `ndots:2` 後，像 `api.example.com` 這樣的名稱會先以絕對名稱查詢，而不是先走過叢集搜尋清單。',
  'schema.Pod.spec.dnsConfig.options.name':
    '選項名稱，如 `ndots`、`timeout`、`attempts`、`single-request-reopen`。',
  'schema.Pod.spec.dnsConfig.options.value': "選項的值，為字串，例如 `ndots` 的 `'2'`。",
  'schema.Pod.spec.hostname':
    'Pod 的主機名稱（預設為 Pod 名稱）。當 `subdomain` 指向一個 headless Service 時，它還會取得 DNS 紀錄 `<hostname>.<subdomain>.<ns>.svc.cluster.local`。',
  'schema.Pod.spec.subdomain':
    '同一命名空間中某個 headless Service 的名稱。與 `hostname` 一起，為 Pod 產生指向其 Pod IP 的 A 紀錄 `<hostname>.<subdomain>.<ns>.svc.cluster.local`。',
  'schema.Pod.spec.hostAliases':
    '額外的 `/etc/hosts` 項目。這些名稱在 Pod 內直接解析，不會送出任何 DNS 封包。',
  'schema.Pod.spec.hostAliases.ip': '這些名稱解析到的 IP 位址。',
  'schema.Pod.spec.hostAliases.hostnames': '解析到 `ip` 的名稱。',
  'schema.Pod.spec.restartPolicy':
    '容器結束後的處理方式：`Always`（Deployment 必須如此）、`OnFailure` 或 `Never`（Job）。沒有在執行的 Pod 不是就緒端點，Service 不再送流量給它。',
  'schema.Pod.status':
    '叢集回報的 Pod 狀態。對於 `kubectl get -o yaml` 匯出的內容，`podIP`、`hostIP` 與 `phase` 會照原樣使用，而不是重新配置。',
  'schema.Pod.status.podIP':
    'Pod 在其 `eth0` 上的 IP，由 CNI 從節點的 Pod CIDR 中配置（如 `10.244.1.5`），也是 kube-proxy 把 Service 流量 DNAT 過去的位址。',
  'schema.Pod.status.podIPs': 'Pod 的所有 IP，每個位址家族一個；第一個等於 `podIP`。',
  'schema.Pod.status.podIPs.ip': '一個 Pod IP 位址。',
  'schema.Pod.status.hostIP':
    'Pod 所在節點的 IP：經通道送往此 Pod 的 VXLAN/IPIP 封包的外層目的位址；`hostNetwork` 為 true 時也是 Pod 自己的 IP。',
  'schema.Pod.status.hostIPs': 'Pod 所在節點的所有 IP，每個位址家族一個。',
  'schema.Pod.status.hostIPs.ip': '一個節點 IP 位址。',
  'schema.Pod.status.phase':
    '`Pending`、`Running`、`Succeeded`、`Failed` 或 `Unknown`。只有 `Running` 且 `Ready` 狀況為 `True` 的 Pod 才是就緒端點。',
  'schema.Pod.status.conditions': 'Pod 的狀況。`Ready` 決定它的 IP 是否為選取它的 Service 的就緒端點。',
  'schema.Pod.status.conditions.type':
    '狀況類型：`PodScheduled`、`Initialized`、`ContainersReady`、`Ready`……',
  'schema.Pod.status.conditions.status':
    '`True`、`False` 或 `Unknown`。`Ready: False` 會把 Pod 移出其 Service 的就緒端點，kube-proxy 不再送新連線給它。',

  // 工作負載
  'schema.Deployment.spec':
    '透過 ReplicaSet 依 `template` 執行 `replicas` 個相同的 Pod。Pod 命名為 `<deployment>-<hash>-<random>`，每個就緒的 Pod 都會成為選取它的 Service 的端點。',
  'schema.ReplicaSet.spec':
    '維持依 `template` 執行 `replicas` 個 Pod（通常由 Deployment 建立）。每個就緒的 Pod 都會成為選取它的 Service 的端點。',
  'schema.StatefulSet.spec':
    '執行名稱固定的 Pod（`<name>-0`、`<name>-1`……）。當 `serviceName` 指向一個 headless Service 時，每個 Pod 都有固定的 DNS 名稱 `<pod>.<serviceName>.<ns>.svc.cluster.local`。',
  'schema.StatefulSet.spec.serviceName':
    '管理這些 Pod DNS 的 headless Service（`clusterIP: None`）：`<pod>.<serviceName>.<ns>.svc.cluster.local` 直接解析為 Pod IP，中間沒有任何 kube-proxy 規則。',
  'schema.DaemonSet.spec':
    '在每個符合條件的節點上依 `template` 執行一個 Pod。kube-proxy、flannel、calico-node 等節點代理程式都以這種方式執行，常常帶有 `hostNetwork: true`。',
  'schema.Job.spec':
    '依 `template` 執行 Pod，直到其中 `completions` 個成功。執行中且就緒時，它們就是一般的 Service 端點。',
  'schema.Job.spec.parallelism': '同時最多執行幾個 Pod。',
  'schema.Job.spec.completions': '需要幾個 Pod 成功結束，Job 才算完成。',

  // Service
  'schema.Service.spec':
    '位於 `selector` 所選 Pod 前方的固定虛擬 IP 與 DNS 名稱。kube-proxy 在每個節點上把每個連接埠變成規則：`KUBE-SERVICES` → `KUBE-SVC-…` → `KUBE-SEP-…`，最後 DNAT 到某個 Pod。',
  'schema.Service.spec.type':
    '`ClusterIP`（預設）：叢集內可達的虛擬 IP。`NodePort`：另外在每個節點上開放 `<node IP>:<nodePort>`（`KUBE-NODEPORTS`）。`LoadBalancer`：在 NodePort 之上再加一個外部 IP，見 `status.loadBalancer.ingress`。`ExternalName`：只是一筆 DNS CNAME，沒有 IP，也沒有 kube-proxy 規則。',
  'schema.Service.spec.clusterIP':
    '虛擬 IP，省略時從 Service CIDR（如 `10.96.0.0/12`）中配置。iptables 模式下沒有任何介面持有它：送往它的封包在 `KUBE-SERVICES` 中被 DNAT，所以它不回應 ping。`None` 表示 headless Service：沒有 kube-proxy 規則，DNS 直接回傳就緒 Pod 的 IP。',
  'schema.Service.spec.clusterIPs': 'ClusterIP 清單，每個 IP 家族一個；第一個等於 `clusterIP`。',
  'schema.Service.spec.ports':
    'Service 開放的連接埠。每個連接埠都有自己的 kube-proxy 鏈，鏈名由 `<namespace>/<name>:<port name>` 加上協定的雜湊值產生（`KUBE-SVC-…`、`KUBE-SEP-…`）。',
  'schema.Service.spec.ports.name':
    '連接埠名稱，有多個連接埠時必填。它參與鏈名雜湊，也出現在規則註解中（`default/web:http`）；具名連接埠還會有 DNS SRV 紀錄（`_http._tcp.web.default.svc.cluster.local`）。',
  'schema.Service.spec.ports.protocol':
    '`TCP`（預設）、`UDP` 或 `SCTP`。kube-proxy 比對 `-p <protocol> --dport <port>`，所以 TCP 連接埠不會攔到送往同一號碼的 UDP 封包。',
  'schema.Service.spec.ports.port':
    '用戶端在 ClusterIP（以及外部 IP）上連線的連接埠：在 `KUBE-SERVICES` 中以 `-d <clusterIP> --dport <port>` 比對。',
  'schema.Service.spec.ports.targetPort':
    '封包被 DNAT 到的 Pod 連接埠（`KUBE-SEP-… -j DNAT --to-destination podIP:targetPort`），預設等於 `port`。若為名稱，則在每個 Pod 的容器連接埠中查找。Pod 上的 NetworkPolicy 必須允許這個連接埠，而不是 `port`。',
  'schema.Service.spec.ports.nodePort':
    '用於 NodePort 與 LoadBalancer Service：在每個節點 IP 上開放的連接埠（預設範圍 30000-32767），在 `KUBE-NODEPORTS` 中比對後經 `KUBE-EXT-…` 繼續處理。省略時自動配置。',
  'schema.Service.spec.selector':
    '接收此 Service 流量的 Pod 的標籤。每個符合且就緒的 Pod 都會成為一個端點（一筆 EndpointSlice 項目與一條 `KUBE-SEP-…` 鏈）。沒有 selector 就沒有自動產生的端點，需要你自行提供 EndpointSlice。',
  'schema.Service.spec.externalTrafficPolicy':
    '針對來自叢集外的流量（NodePort、LoadBalancer、外部 IP）。`Cluster`（預設）把封包偽裝成節點位址（`KUBE-EXT-…` 中的 `KUBE-MARK-MASQ`），並可能轉送到其他節點上的 Pod。`Local` 保留用戶端的來源 IP，因為 kube-proxy 不對外部流量做 SNAT，但沒有本機就緒端點的節點會丟棄它（`KUBE-EXT-…` → `KUBE-SVL-…`）。',
  'schema.Service.spec.internalTrafficPolicy':
    '針對叢集內部送往 ClusterIP 的流量。`Cluster`（預設）使用所有端點；`Local` 只使用傳送端所在節點上的端點（`KUBE-SVL-…`），沒有時丟棄封包（`has no local endpoints`）。',
  'schema.Service.spec.sessionAffinity':
    '`ClientIP` 把同一用戶端 IP 的所有連線送往同一個 Pod：`KUBE-SVC-…` 在隨機選擇之前加上 `-m recent --rcheck` 規則。`None`（預設）為每個新連線各自選擇端點。',
  'schema.Service.spec.sessionAffinityConfig': '`sessionAffinity: ClientIP` 的設定。',
  'schema.Service.spec.sessionAffinityConfig.clientIP': '依用戶端 IP 維持工作階段的設定。',
  'schema.Service.spec.sessionAffinityConfig.clientIP.timeoutSeconds':
    '用戶端在最後一個封包之後仍固定到同一 Pod 的時間（預設 10800，即 3 小時），也就是 `-m recent --rcheck` 規則中的 `--seconds`。',
  'schema.Service.spec.externalIPs':
    '路由到你的節點、Service 也會回應的額外 IP：`KUBE-SERVICES` 比對 `-d <externalIP> --dport <port>` 並跳到 `KUBE-EXT-…`。Kubernetes 不管理這些位址。',
  'schema.Service.spec.externalName':
    '用於 `type: ExternalName`：此 Service 作為別名所指向的 DNS 名稱。CoreDNS 對 `<svc>.<ns>.svc.cluster.local` 回傳指向它的 CNAME；沒有 ClusterIP，也沒有 kube-proxy 規則，封包直接送往該名稱解析出的位址。',
  'schema.Service.spec.loadBalancerIP':
    '向負載平衡器實作要求的外部 IP（已棄用，依實作而定）。實際配置的 IP 見 `status.loadBalancer.ingress`。',
  'schema.Service.spec.loadBalancerSourceRanges':
    '允許透過負載平衡器 IP 存取的用戶端 CIDR。kube-proxy 在 `KUBE-FW-…` 中把符合的來源送往 `KUBE-EXT-…`，其餘流量在 `KUBE-PROXY-FIREWALL` 中被丟棄。NodePort 本身不受此限制。',
  'schema.Service.spec.loadBalancerClass':
    '由哪個負載平衡器實作處理此 Service（如 `service.k8s.aws/nlb`）；預設實作會忽略指定了 class 的 Service。',
  'schema.Service.spec.healthCheckNodePort':
    '搭配 `externalTrafficPolicy: Local`：kube-proxy 在每個節點上回應健康檢查的 TCP 連接埠，只有具備本機就緒端點的節點才回報成功，負載平衡器據此避開其他節點。此連接埠在 filter 表的 `KUBE-NODEPORTS` 中被允許。',
  'schema.Service.spec.publishNotReadyAddresses':
    '即使 Pod 尚未就緒也把它列為端點。主要用於 StatefulSet 的 headless Service，讓成員在通過就緒探針之前就能在 DNS 中找到彼此。',
  'schema.Service.spec.ipFamilies': 'ClusterIP 的 IP 家族，依序：`IPv4`、`IPv6` 或兩者。',
  'schema.Service.spec.ipFamilyPolicy':
    '`SingleStack`（預設）：一個 ClusterIP。`PreferDualStack` / `RequireDualStack`：一個 IPv4 與一個 IPv6 ClusterIP，各有自己的規則（iptables 與 ip6tables）。',
  'schema.Service.spec.allocateLoadBalancerNodePorts':
    '用於 LoadBalancer Service：是否配置 NodePort（預設 true）。若負載平衡器把流量直接送到 Pod IP、從不經過 `<node IP>:<nodePort>`，可設為 false。',
  'schema.Service.status': '叢集回報的 Service 狀態：負載平衡器位址。',
  'schema.Service.status.loadBalancer': '位於 Service 前方的負載平衡器。',
  'schema.Service.status.loadBalancer.ingress':
    '負載平衡器的位址。kube-proxy 為每個 IP 在 `KUBE-SERVICES` 中加入 `-d <ip> --dport <port>` 規則，因此送往它的封包在節點上會像 NodePort 流量一樣處理（`KUBE-EXT-…`）。',
  'schema.Service.status.loadBalancer.ingress.ip': '用戶端連線的負載平衡器 IP。',
  'schema.Service.status.loadBalancer.ingress.hostname':
    '負載平衡器的 DNS 名稱（如 AWS ELB）；kube-proxy 不會為主機名稱安裝規則。',
  'schema.Service.status.loadBalancer.ingress.ipMode':
    '`VIP`（預設）：封包以負載平衡器 IP 為目的位址抵達，由 kube-proxy 在節點上 DNAT。`Proxy`：負載平衡器自行改寫目的位址，kube-proxy 不為此 IP 安裝規則。',

  // Endpoints（舊版 API）
  'schema.Endpoints.metadata.name': '必須與這些端點所屬 Service 的名稱相同：名稱是兩者之間唯一的關聯。',
  'schema.Endpoints.subsets':
    '共用同一組連接埠的位址群組。舊版 API：kube-proxy 讀取的是 EndpointSlice，對於沒有 selector 的 Service，鏡像控制器會把這裡的內容複製到 EndpointSlice。',
  'schema.Endpoints.subsets.addresses': '就緒位址：每個位址的每個連接埠對應一條 `KUBE-SEP-…` DNAT 鏈。',
  'schema.Endpoints.subsets.addresses.ip':
    '端點 IP：通常是 Pod IP；對於沒有 selector 的 Service，也可以是任何可達的 IP（如叢集外的資料庫）。',
  'schema.Endpoints.subsets.addresses.hostname':
    '端點的主機名稱；在 headless Service 後方會成為 DNS 紀錄 `<hostname>.<svc>.<ns>.svc.cluster.local`。',
  'schema.Endpoints.subsets.addresses.nodeName':
    '端點所在的節點；`Local` 流量政策據此區分本機端點與遠端端點。',
  'schema.Endpoints.subsets.notReadyAddresses':
    '尚未就緒的位址：沒有 kube-proxy 規則，也沒有 DNS 紀錄（除非設定了 `publishNotReadyAddresses`）。',
  'schema.Endpoints.subsets.ports': '這些位址的連接埠，依名稱與 Service 的連接埠對應。',
  'schema.Endpoints.subsets.ports.name': '必須與它所服務的 Service 連接埠名稱相同。',
  'schema.Endpoints.subsets.ports.port':
    '端點 IP 上的連接埠，也就是 `DNAT --to-destination ip:port` 中的 `:port`。',

  // EndpointSlice
  'schema.EndpointSlice.metadata.labels':
    '`kubernetes.io/service-name: <service>` 把這個切片關聯到它的 Service：kube-proxy 收集 Service 所在命名空間中帶有此標籤的所有切片。`endpointslice.kubernetes.io/managed-by` 表示由誰維護。',
  'schema.EndpointSlice.addressType':
    '`IPv4`、`IPv6` 或 `FQDN`。kube-proxy 會忽略 FQDN 切片，IPv4 代理只讀取 IPv4 切片。',
  'schema.EndpointSlice.endpoints':
    'Service 的後端。每個可用端點的每個連接埠對應一條 `KUBE-SEP-…` 鏈，新連線隨機分攤到它們身上。',
  'schema.EndpointSlice.endpoints.addresses': '端點的位址（使用其中一個）：Service 的封包被 DNAT 到這裡。',
  'schema.EndpointSlice.endpoints.conditions': '端點的狀態，決定 kube-proxy 是否使用它。',
  'schema.EndpointSlice.endpoints.conditions.ready':
    '可以接收流量。kube-proxy 只使用就緒端點，沒有就緒端點時改用仍在服務的終止中端點；完全沒有可用端點時，Service 會得到一條 `REJECT` 規則（`has no endpoints`），用戶端看到 "connection refused"。',
  'schema.EndpointSlice.endpoints.conditions.serving':
    'Pod 通過了就緒探針，即使正在終止。沒有就緒端點時，這類端點作為備援。',
  'schema.EndpointSlice.endpoints.conditions.terminating':
    'Pod 正在關閉。終止中的端點永遠不算就緒；只有在沒有任何就緒端點時，kube-proxy 才會使用仍在服務的終止中端點。',
  'schema.EndpointSlice.endpoints.nodeName':
    '此端點所在的節點。kube-proxy 把它與自己的節點比較，為 `Local` 流量政策建立 `KUBE-SVL-…`（本機端點）。',
  'schema.EndpointSlice.endpoints.hostname':
    '端點的主機名稱；在 headless Service 後方會取得 DNS 紀錄 `<hostname>.<svc>.<ns>.svc.cluster.local`。',
  'schema.EndpointSlice.endpoints.zone': '端點所在的可用區域；拓撲感知路由據此優先選擇與用戶端同區域的端點。',
  'schema.EndpointSlice.ports': '此切片中每個端點提供的連接埠，依名稱與 Service 的連接埠對應。',
  'schema.EndpointSlice.ports.name': '必須與 Service 連接埠的名稱相同（只有一個未命名連接埠時留空）。',
  'schema.EndpointSlice.ports.port': '端點上的連接埠，也就是 `DNAT --to-destination ip:port` 中的 `:port`。',

  // NetworkPolicy
  'schema.NetworkPolicy.spec':
    '為此命名空間中 `podSelector` 選取的 Pod 設定的允許清單。一旦某個方向上有任一政策選取了某 Pod，該方向上沒有任何政策允許的流量都會被丟棄；已允許連線的回應封包一律通過。',
  'schema.NetworkPolicy.spec.podSelector':
    '此政策套用到本命名空間中的哪些 Pod；`{}` 表示全部。沒有被任何政策選取的 Pod 不受隔離，接受所有流量。',
  'schema.NetworkPolicy.spec.policyTypes':
    '此政策隔離的方向。省略時：一律包含 `Ingress`，有 `egress` 區段時再加上 `Egress`。`[Ingress, Egress]` 且沒有規則即雙向預設拒絕，而預設拒絕輸出方向也會擋掉送往 kube-dns 53 連接埠的 DNS 查詢。',
  'schema.NetworkPolicy.spec.ingress':
    '針對抵達被選取 Pod 之封包的規則；任一規則允許即可通過。`[{}]` 允許所有流量；`policyTypes` 含 `Ingress` 而清單為空或缺少時拒絕所有流量。',
  'schema.NetworkPolicy.spec.ingress.from':
    '允許的來源。不同元素之間為 OR；同一元素內的 `podSelector` 與 `namespaceSelector` 為 AND。省略或為空：任何來源。',
  'schema.NetworkPolicy.spec.ingress.from.podSelector':
    '依標籤選取來源 Pod。單獨使用時只比對政策所在命名空間中的 Pod；與 `namespaceSelector` 在同一元素時，比對被選命名空間中的這些 Pod（AND）。',
  'schema.NetworkPolicy.spec.ingress.from.namespaceSelector':
    '依標籤選取來源命名空間（如 `kubernetes.io/metadata.name: monitoring`）；`{}` 表示所有命名空間。單獨使用時允許其中所有 Pod；與 `podSelector` 在同一元素時只允許相符的 Pod（AND）；作為獨立元素時則是 OR。',
  'schema.NetworkPolicy.spec.ingress.from.ipBlock':
    '依 CIDR 選取來源位址，用於叢集外的 IP。政策看到的是 SNAT 之前或之後的來源位址取決於 CNI：在 `externalTrafficPolicy: Cluster` 下，外部用戶端通常已被偽裝成某個節點位址。',
  'schema.NetworkPolicy.spec.ingress.from.ipBlock.cidr': '允許的來源位址範圍，如 `203.0.113.0/24`。',
  'schema.NetworkPolicy.ipBlock.except': '`cidr` 中不比對的子範圍；每一個都必須位於 `cidr` 之內。',
  'schema.NetworkPolicy.spec.ingress.ports':
    '被選取 Pod 上允許的目的連接埠；省略表示全部。政策看到的是 Service DNAT 之後的封包，所以要允許 Pod 的 `targetPort`（如 8080），而不是 Service 的 `port`（80）。',
  'schema.NetworkPolicy.spec.ingress.ports.port':
    '目的連接埠號碼，或被選取 Pod 的容器連接埠名稱（在其 `ports[].name` 中查找）。只設定 `protocol` 時允許該協定的所有連接埠。',
  'schema.NetworkPolicy.ports.protocol':
    '`TCP`（預設）、`UDP` 或 `SCTP`。允許 DNS 的規則需要 UDP 與 TCP 53 兩者。',
  'schema.NetworkPolicy.ports.endPort':
    '讓 `port`…`endPort` 成為一個範圍；需要數字的 `port` 且 `endPort >= port`。',
  'schema.NetworkPolicy.spec.egress':
    '針對離開被選取 Pod 之封包的規則；任一規則相符即允許。`[{}]` 允許所有流量；`policyTypes` 含 `Egress` 而沒有規則時什麼都出不去，連送往 kube-dns 的 DNS 查詢也不行。',
  'schema.NetworkPolicy.spec.egress.to':
    '允許的目的地。不同元素之間為 OR；同一元素內的 `podSelector` 與 `namespaceSelector` 為 AND。省略或為空：任何目的地。',
  'schema.NetworkPolicy.spec.egress.to.podSelector':
    '依標籤選取目的 Pod。政策看到的是 DNAT 之後的封包，所以要連到某個 Service，應選取它的後端 Pod，而不是它的 ClusterIP。單獨使用時只比對本命名空間；與 `namespaceSelector` 在同一元素時為 AND。',
  'schema.NetworkPolicy.spec.egress.to.namespaceSelector':
    '依標籤選取目的命名空間；`{}` 表示所有命名空間。要允許 DNS，可選取 `kubernetes.io/metadata.name: kube-system`（在同一元素中加上 `podSelector` `k8s-app: kube-dns`），連接埠為 UDP 與 TCP 53。',
  'schema.NetworkPolicy.spec.egress.to.ipBlock':
    '依 CIDR 選取目的地，用於叢集外的位址。在這裡寫 ClusterIP 範圍通常比對不到 Service 流量，因為政策看到的是 DNAT 之後的 Pod IP。',
  'schema.NetworkPolicy.spec.egress.to.ipBlock.cidr': '允許的目的位址範圍，如 `0.0.0.0/0` 表示任何位址。',
  'schema.NetworkPolicy.spec.egress.ports':
    '允許的目的連接埠；省略表示全部。比對發生在 DNAT 之後，也就是與後端 Pod 的 `targetPort` 比對；DNS 需要 UDP 與 TCP 53。',
  'schema.NetworkPolicy.spec.egress.ports.port':
    '目的連接埠號碼，或目的 Pod 的容器連接埠名稱。對 Service 要寫它的 `targetPort`：政策看到的是 DNAT 之後的封包。',

  // Ingress
  'schema.Ingress.spec':
    '給 Ingress 控制器（如 ingress-nginx 這類 Pod）使用的 HTTP 路由規則。用戶端的 TCP 連線終止於控制器，控制器再向後端 Pod 建立新連線，通常直接連到 Service 端點中的 Pod IP；後端 Pod 看到的來源位址是控制器的 IP。',
  'schema.Ingress.spec.ingressClassName':
    '由哪個 IngressClass（也就是哪個控制器）處理此 Ingress。省略時使用帶有 `ingressclass.kubernetes.io/is-default-class` 註解的類別。',
  'schema.Ingress.spec.defaultBackend':
    '不符合任何規則的請求送往何處。沒有設定時由控制器自行回應（ingress-nginx：404）。',
  'schema.Ingress.backend.service': '由其端點接收請求的 Service。',
  'schema.Ingress.backend.service.name': 'Service 名稱，位於 Ingress 所在的命名空間。',
  'schema.Ingress.backend.service.port':
    'Service 連接埠，以 `number` 或 `name` 指定。控制器找出它的 `targetPort`，並在該連接埠上連線到 Pod。',
  'schema.Ingress.backend.service.port.number': 'Service 的 `port` 號碼（不是 `targetPort`）。',
  'schema.Ingress.backend.service.port.name': 'Service 連接埠的名稱。',
  'schema.Ingress.backend.resource': '以其他物件（如儲存貯體）而非 Service 作為後端；依控制器而定。',
  'schema.Ingress.spec.rules': '主機與路徑規則，控制器依 HTTP `Host` 標頭與請求路徑進行比對。',
  'schema.Ingress.spec.rules.host':
    '此規則適用的 HTTP `Host`（或 TLS SNI 名稱），如 `shop.example.com`；開頭的 `*.` 比對一層標籤。省略：任何主機。',
  'schema.Ingress.spec.rules.http': '送往此主機之請求的路徑規則。',
  'schema.Ingress.spec.rules.http.paths':
    '路徑規則。最長相符的路徑優先；長度相同時 `Exact` 優先於 `Prefix`。',
  'schema.Ingress.spec.rules.http.paths.path': '要比對的 URL 路徑，以 `/` 開頭。',
  'schema.Ingress.spec.rules.http.paths.pathType':
    '`Exact`：路徑必須完全相同。`Prefix`：以 `/` 分隔的完整區段比對（`/foo` 符合 `/foo` 與 `/foo/bar`，不符合 `/foobar`）。`ImplementationSpecific`：由控制器決定。',
  'schema.Ingress.spec.rules.http.paths.backend': '符合此路徑的請求送往何處。',
  'schema.Ingress.spec.tls': '在控制器上終止 TLS：控制器解密後，預設以明文 HTTP 轉送給後端 Pod。',
  'schema.Ingress.spec.tls.hosts': '此憑證涵蓋的主機，與 TLS SNI 名稱比對。',
  'schema.Ingress.spec.tls.secretName':
    '存放 `tls.crt` 與 `tls.key` 的 Secret，位於 Ingress 所在的命名空間。',
  'schema.IngressClass.spec': '為一類 Ingress 命名，並指定實作它的控制器。',
  'schema.IngressClass.spec.controller':
    '處理此類別 Ingress 的控制器，如 `k8s.io/ingress-nginx`。只有該控制器的 Pod 會代理這些流量。',

  // Namespace、Node、ConfigMap
  'schema.Namespace.metadata.name':
    '命名空間的名稱。它出現在此處每個 Service 的 DNS 名稱中（`<svc>.<name>.svc.cluster.local`）、Pod 的搜尋清單中，以及自動標籤 `kubernetes.io/metadata.name` 中。',
  'schema.Namespace.metadata.labels':
    'NetworkPolicy 的 `namespaceSelector` 比對的標籤。每個命名空間還會自動帶有 `kubernetes.io/metadata.name: <name>`，這是精確選取單一命名空間的常見做法。',
  'schema.Node.metadata.name':
    '節點名稱，Pod 的 `spec.nodeName` 與端點的 `nodeName` 參照的就是它；kube-proxy 用它找出本機端點。',
  'schema.Node.metadata.labels':
    'Pod 的 `nodeSelector` 與節點親和性比對的標籤，如 `kubernetes.io/hostname`、`node-role.kubernetes.io/control-plane`。',
  'schema.Node.spec': '節點的 Pod CIDR 與污點。',
  'schema.Node.spec.podCIDR':
    '此節點配置 Pod IP 的位址範圍（如 `10.244.1.0/24`）。其他節點把它路由到這裡：flannel VXLAN 加入 `10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink`，host-gw 加入 `via <node IP>`。',
  'schema.Node.spec.podCIDRs': '節點的 Pod CIDR 清單，每個 IP 家族一個；第一個等於 `podCIDR`。',
  'schema.Node.spec.taints':
    '污點會排斥沒有對應容忍的 Pod，因此決定了哪些 Pod（也就是哪些端點）能待在此節點上。',
  'schema.Node.spec.taints.key': '污點的鍵，如 `node-role.kubernetes.io/control-plane`。',
  'schema.Node.spec.taints.value': '污點的值（可以為空）。',
  'schema.Node.spec.taints.effect':
    '`NoSchedule`：沒有容忍的新 Pod 不會排程到這裡。`PreferNoSchedule`：盡量避免。`NoExecute`：沒有容忍的執行中 Pod 也會被驅逐。',
  'schema.Node.spec.unschedulable':
    '已封鎖（cordon）：不再排程新的 Pod 到這裡。已在執行的 Pod 繼續提供服務。',
  'schema.Node.status': '節點回報的狀態：它的位址。',
  'schema.Node.status.addresses':
    '節點的位址。`InternalIP` 就是節點 IP：通道封包的外層來源與目的位址、host-gw 與 BGP 路由的下一跳，也是 NodePort 監聽的位址。',
  'schema.Node.status.addresses.type':
    '`InternalIP`、`ExternalIP`、`Hostname`、`InternalDNS` 或 `ExternalDNS`。',
  'schema.Node.status.addresses.address': '位址本身，如 `192.168.1.11`。',
  'schema.ConfigMap.data':
    '鍵值字串。有幾個常見的 ConfigMap 會改變資料平面：`kube-proxy`（`config.conf`）、`kube-flannel-cfg`（`net-conf.json`）與 `coredns`（`Corefile`）。',
  'schema.ConfigMap.data.config.conf':
    '位於 `kube-proxy` ConfigMap 中：KubeProxyConfiguration。`mode`（iptables、ipvs、nftables）、`clusterCIDR`（偽裝規則中的 `! -s`）、`iptables.masqueradeAll` 與 `ipvs.scheduler` 會改變每個節點上的規則。',
  'schema.ConfigMap.data.net-conf.json':
    '位於 `kube-flannel-cfg` ConfigMap 中：flannel 的網路設定，如 `{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan"}}`。`Backend.Type` 選擇 `vxlan`（`flannel.1`，VNI 1，UDP 8472）或 `host-gw`（經由節點 IP 的一般路由）。',
  'schema.ConfigMap.data.Corefile':
    '位於 `coredns` ConfigMap 中：CoreDNS 的設定。`kubernetes cluster.local …` 區塊回應 Service 與 Pod 名稱；`forward . /etc/resolv.conf` 把其他名稱轉送給節點的上游解析器。',

  // Calico IPPool
  'schema.IPPool.spec': 'Calico 的 Pod IP 集區，以及集區內 Pod 之間的封包如何跨節點傳送。',
  'schema.IPPool.spec.cidr':
    '集區的範圍；Pod IP 以每個節點一個區塊的方式從中配置（Calico 預設清單中為 `192.168.0.0/16`）。',
  'schema.IPPool.spec.ipipMode':
    '節點之間的 IP-in-IP：`Always`、`CrossSubnet`（僅當節點位於不同子網路時）或 `Never`。封裝後的封包從 `tunl0`（MTU 1480）送出，外層標頭為節點 IP，IP 協定號碼 4。',
  'schema.IPPool.spec.vxlanMode':
    '節點之間的 VXLAN：`Always`、`CrossSubnet` 或 `Never`，經由 `vxlan.calico`（UDP 4789，VNI 4096，MTU 1450）。兩種模式都是 `Never` 時，BGP 路由讓 Pod 流量不經封裝直接走 `eth0`（`proto bird`）。',
  'schema.IPPool.spec.natOutgoing': '把此集區中 Pod 送往所有集區以外（如網際網路）的封包偽裝成節點 IP。',
  'schema.IPPool.spec.blockSize':
    '從集區切出的每節點區塊的前綴長度（預設 26：64 個位址）。其他節點把每個區塊路由到其所屬節點；所屬節點自己為它保留一條 `blackhole` 路由。',
  'schema.IPPool.spec.disabled': '不再從此集區配置新的 Pod IP；現有 Pod 保留其 IP 與路由。',
  'schema.IPPool.spec.nodeSelector': 'Calico 選擇器（如 `all()`），選擇哪些節點從此集區配置 Pod IP。',

  // packetwalk Cluster
  'schema.Cluster.spec':
    '清單中沒有寫明的部分：位址範圍、CNI 及其模式、kube-proxy 模式、節點與外部用戶端。省略的部分採用 kubeadm + flannel 的預設值。',
  'schema.Cluster.spec.podCIDR':
    '整個叢集的 Pod 位址範圍（預設 `10.244.0.0/16`），為每個節點各切出一段。kube-proxy 會偽裝來自此範圍以外的 Service 流量（`! -s 10.244.0.0/16 -j KUBE-MARK-MASQ`）。',
  'schema.Cluster.spec.serviceCIDR':
    'ClusterIP 的配置範圍（預設 `10.96.0.0/12`）。其中 `.1` 是 `kubernetes` Service（`10.96.0.1`），`.10` 是 kube-dns（`10.96.0.10`）。',
  'schema.Cluster.spec.clusterDomain':
    'DNS 後綴（預設 `cluster.local`）：Service 為 `<svc>.<ns>.svc.cluster.local`，Pod 的搜尋清單為 `<ns>.svc.cluster.local svc.cluster.local cluster.local`。',
  'schema.Cluster.spec.nodePortRange': 'NodePort 的配置範圍，寫成 `<first>-<last>`（預設 `30000-32767`）。',
  'schema.Cluster.spec.cni': '把 Pod 接到節點上、並在節點之間傳送封包的網路外掛。',
  'schema.Cluster.spec.cni.plugin':
    '`flannel`：`cni0` 橋接器，VXLAN 或 host-gw，不支援 NetworkPolicy。`calico`：路由式 `cali…` veth，BGP、IPIP 或 VXLAN，並支援政策。`cilium`：eBPF 資料路徑與政策。`weave`：`weave` 橋接器與它自己的 overlay。`canal`：flannel 網路加上 Calico 政策。',
  'schema.Cluster.spec.cni.mode':
    '封包如何跨節點。`vxlan`：flannel 的 `flannel.1`（VNI 1，UDP 8472）、Calico 的 `vxlan.calico`（UDP 4789）或 `cilium_vxlan`（UDP 8472）。`host-gw`：flannel 經由對方節點 IP 路由（節點需在同一個 L2 網段）。`bgp`：Calico 由 BIRD 發布路由，不封裝。`ipip`：Calico 的 `tunl0`。`geneve`：`cilium_geneve`（UDP 6081）。`native`：Cilium 不使用通道。',
  'schema.Cluster.spec.kubeProxy': '每個節點上如何實作 Service。',
  'schema.Cluster.spec.kubeProxy.mode':
    '`iptables`（預設）：NAT 鏈 `KUBE-SERVICES` → `KUBE-SVC-…` → `KUBE-SEP-…`。`ipvs`：IPVS 虛擬伺服器，每個 ClusterIP 綁在 `kube-ipvs0` 上（因此 ClusterIP 會回應 ping）。`nftables`：`ip kube-proxy` 表。`none`：沒有 kube-proxy，例如由 Cilium 取代並在 socket 層做負載平衡。',
  'schema.Cluster.spec.kubeProxy.scheduler':
    '`mode: ipvs` 時的 IPVS 排程演算法（預設 `rr`，輪詢）：`lc` 最少連線，`dh` / `sh` 目的 / 來源位址雜湊，`sed`、`nq`、`wrr`、`wlc`。',
  'schema.Cluster.spec.kubeProxy.masqueradeAll':
    '對所有送往 ClusterIP 的封包做 SNAT，而不只是來自 Pod 位址範圍以外的：`KUBE-SVC-…` 中的偽裝規則拿掉了 `! -s <podCIDR>`，後端 Pod 看到的來源位址是某個節點位址，而不是用戶端 Pod。',
  'schema.Cluster.spec.nodes':
    '叢集的節點。每個節點有自己的資料平面（橋接器、規則、路由、通道裝置），未指定時從 `podCIDR` 中分得一段 Pod 位址。',
  'schema.Cluster.spec.nodes.name': '節點名稱，Pod 的 `nodeName` 與 `node/<name>` 都以此參照它。',
  'schema.Cluster.spec.nodes.ip':
    '節點的底層網路 IP（它的 `eth0`）：通道封包的外層位址、host-gw 與 BGP 路由的下一跳，也是 NodePort 監聽的位址。',
  'schema.Cluster.spec.nodes.podCIDR':
    '此節點的 Pod 位址範圍，如 `10.244.1.0/24`：其 Pod 從中取得 IP，其他節點把它路由到這裡。',
  'schema.Cluster.spec.nodes.role':
    '`control-plane` 節點帶有 `node-role.kubernetes.io/control-plane:NoSchedule` 污點，因此一般 Pod 會在 `worker` 節點上執行。',
  'schema.Cluster.spec.externalClients':
    '叢集外可作為路徑起點的機器，例如連到 NodePort 或負載平衡器 IP 的筆電。',
  'schema.Cluster.spec.externalClients.name': '用戶端名稱，顯示在來源選擇器中。',
  'schema.Cluster.spec.externalClients.ip':
    '用戶端 IP：其封包的來源位址，`externalTrafficPolicy: Local` 會保留它。',
  'schema.Cluster.spec.upstreamDNS':
    'CoreDNS 轉送非叢集名稱時使用的解析器（節點上的 `forward . /etc/resolv.conf`），如 `8.8.8.8`。',

  // List
  'schema.List.items': '`kubectl get … -o yaml` 匯出的物件；每一項都像獨立文件一樣解讀。',
};
