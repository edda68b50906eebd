import type { dnsIngress as en } from '../en/dnsIngress.ts';

export const dnsIngress: Readonly<Record<keyof typeof en, string>> = {
  'dns.resolve.answered':
    '"{name}" 在第 {tries} 次嘗試時以 {candidate} 解析為 {addresses}。Pod 的解析器依 /etc/resolv.conf 中搜尋網域的順序逐一嘗試，遇到第一個有位址的名稱就停止',
  'dns.resolve.nxdomain':
    '"{name}" 無法解析：解析器嘗試的全部 {tries} 個名稱（先是各搜尋網域，最後是名稱本身）都回傳 NXDOMAIN。請檢查拼寫與命名空間，或在名稱結尾加上點以略過搜尋清單',
  'dns.resolve.nodata':
    '"{name}" 無法解析：嘗試了 {tries} 次，有些名稱存在，但都沒有 IPv4 位址（NOERROR 且無回應）。沒有就緒 Pod 的無頭 Service，或只有其他類型紀錄的名稱，就是這種情況',
  'dns.resolve.servfail':
    '"{name}" 無法解析：某個 DNS 伺服器出錯（SERVFAIL），搜尋清單中的其他名稱（共嘗試 {tries} 個）也都沒有位址',
  'dns.coredns.answer':
    '{name} 位於叢集網域 {zone} 內，CoreDNS 依據 API Server 中的資訊直接回應：{type} {answers}',
  'dns.coredns.nodata':
    '{name} 在叢集網域中存在（有 {types} 紀錄），但沒有 {type} 紀錄：CoreDNS 回傳 NOERROR 與空回應（NODATA），解析器繼續嘗試下一個名稱',
  'dns.coredns.cname':
    '{name} 是 ExternalName 類型的 Service：CoreDNS 回傳指向 {target} 的 CNAME，並繼續查詢該名稱，得到 {answers}。這裡不涉及 ClusterIP，也沒有 kube-proxy 規則：用戶端直接連線到該位址',
  'dns.coredns.cnameUnresolved':
    '{name} 是指向 {target} 的 ExternalName Service，但 {target} 沒有 {type} 紀錄，因此回應中只有 CNAME，用戶端拿不到位址。請把 externalName 指向一個能解析的名稱',
  'dns.coredns.nodataApex':
    '{name} 是叢集網域 {zone} 中的結構性名稱：它存在但不含紀錄，因此 CoreDNS 回傳 NOERROR 與空回應',
  'dns.coredns.nxdomainNotKubernetes':
    '{name} 位於叢集網域 {zone} 內，但既不是 Service 名稱（…svc.{zone}）也不是 Pod 名稱（…pod.{zone}），因此 CoreDNS 直接回傳 NXDOMAIN，而不會轉送。點數少於 5 個的外部名稱經過搜尋清單時就會產生這樣的查詢',
  'dns.coredns.nxdomainNamespace': '{name} 查詢的命名空間 "{namespace}" 不存在，因此 CoreDNS 回傳 NXDOMAIN',
  'dns.coredns.nodataNamespace':
    '{name} 指向命名空間 "{namespace}"，但沒有指明其中的 Service 或 Pod，因此 CoreDNS 回傳 NOERROR 與空回應',
  'dns.coredns.nxdomainPod':
    '{name} 不是 CoreDNS 能辨識的 Pod 名稱：Pod 名稱是以連字號連接的 IP，例如 10-244-1-5.{namespace}.pod.{zone}',
  'dns.coredns.podInsecure':
    '{name} 是 Pod 形式的名稱：在 "pods insecure" 模式下（kubeadm 的 Corefile），CoreDNS 把連字號還原為 {ip} 並直接回應，不檢查這樣的 Pod 是否存在',
  'dns.coredns.nxdomainService':
    '命名空間 "{namespace}" 中沒有名為 "{service}" 的 Service，因此 {name} 回傳 NXDOMAIN。如果該 Service 在其他命名空間，請查詢 {service}.<命名空間>',
  'dns.coredns.nxdomainHeadless':
    '"{namespace}" 中的 Service "{service}" 是無頭 Service（clusterIP: None），其名稱解析為就緒的 Pod，而它一個也沒有：依照 DNS 規格，回應為 NXDOMAIN。請讓它的 Pod 進入 Ready 狀態，或檢查其選擇器',
  'dns.coredns.nxdomainName':
    '"{namespace}" 中存在 Service "{service}"，但 {name} 並不對應它的任何端點或具名連接埠，因此 CoreDNS 回傳 NXDOMAIN',
  'dns.forward.answer': '{name} 不在叢集網域內，CoreDNS 將它轉送給上游解析器 {upstream}，由其回應 {type}',
  'dns.forward.nodata': '{name} 不在叢集網域內；上游解析器 {upstream} 認得這個名稱，但它沒有 {type} 紀錄',
  'dns.forward.nxdomain':
    '{name} 不在叢集網域內；CoreDNS 把它轉送給上游解析器 {upstream}，後者表示該名稱不存在（NXDOMAIN）。packetwalk 模擬的網際網路只認得文件專用名稱 example.com、example.net 與 example.org',
  'ingress.noController':
    '叢集中沒有執行 Ingress 控制器，因此沒有人回應 {host} 的 HTTP 請求。新增一個 Ingress（packetwalk 隨後會加入 ingress-nginx），或部署一個控制器',
  'ingress.backend':
    'ingress-nginx 將 {host}{path} 比對到 Ingress {ingress} 的 {pathType} 路徑 "{rulePath}"（spec.rules[{rule}].http.paths[{index}]），並以 {rewrittenPath} 代理到 Service {service} 的連接埠 {port}：直接送往它的 {endpoints} 個就緒端點，不經過 ClusterIP',
  'ingress.noEndpoints':
    'Ingress {ingress} 把 {host}{path} 送往 Service {service} 的連接埠 {port}，但該 Service 沒有就緒端點，因此 ingress-nginx 回傳 503 Service Unavailable。請確認該 Service 選到了正在執行且 Ready 的 Pod',
  'ingress.serviceMissing':
    'Ingress {ingress} 把 {host}{path} 送往 Service {service}，但它不存在，因此 ingress-nginx 回傳 503。請建立該 Service 或修正後端名稱',
  'ingress.portMissing':
    'Ingress {ingress} 把 {host}{path} 送往 Service {service} 的連接埠 {port}，但該 Service 沒有這個連接埠，因此 ingress-nginx 回傳 503。請使用該 Service 的某個連接埠號碼或名稱',
  'ingress.externalName':
    'Ingress {ingress} 把 {host}{path} 送往 ExternalName 類型的 Service {service}：ingress-nginx 以 {rewrittenPath} 代理到 {externalName}',
  'ingress.defaultBackendOfIngress':
    '{host} 的所有路徑都不符合 {path}，因此請求交給 Ingress {ingress} 的 defaultBackend：Service {service} 的連接埠 {port}',
  'ingress.sslRedirect':
    '{host} 在某個 Ingress 中設定了 TLS 憑證，因此 ingress-nginx 把明文 HTTP 重新導向到 {location}（308）。在 Ingress {ingress} 上設定 nginx.ingress.kubernetes.io/ssl-redirect: "false" 即可同時提供 HTTP',
  'ingress.noPathMatch':
    '有 Ingress 為 {host} 定義了規則，但其中沒有路徑符合 {path}，也沒有設定 defaultBackend：由控制器的預設後端回傳 404。注意 Prefix 依完整的路徑區段比對，Exact 只比對完全相同的路徑',
  'ingress.noHostMatch':
    '控制器所服務的 Ingress 中，既沒有針對主機 {host} 的規則，也沒有不帶主機的規則，因此由控制器的預設後端回傳 404。請把該主機加入某條規則，或新增一條不帶主機的規則',
  'ingress.unservedClass':
    'Ingress {ingress} 有針對 {host} 的規則，但它的類別 "{className}" 不由這裡執行的任何控制器處理，因此被忽略，請求得到 404。請使用正在執行的控制器的類別',
};
