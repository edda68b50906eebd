import type { diagCluster as en } from '../en/diagCluster.ts';

export const diagCluster: Readonly<Record<keyof typeof en, string>> = {
  'diag.PW101': 'Service "{name}" 的選擇器是 {selector}，但沒有任何 Pod 帶有這些標籤',
  'diag.PW102':
    '{setting}：{other} 的值是 {otherValue}，但 {winner} 的值是 {winnerValue}。packetwalk 使用 {winnerValue}（{winner} 優先）',
  'diag.PW103': '{setting} 的值 "{value}" 無法解析，因此改用預設值',
  'diag.PW104':
    'Pod 網段 {podCIDR} 與 Service 網段 {serviceCIDR} 重疊：送往這類位址的封包可能指向 Pod 也可能指向 Service，路由會出錯。請選擇互不重疊的網段',
  'diag.PW105':
    'Pod 網段 {podCIDR} 與節點網路 {nodeNetwork} 重疊：節點和 Pod 會爭用同一批位址。請把 Pod 網段放在節點網路之外',
  'diag.PW106':
    'Service 網段 {serviceCIDR} 與節點網路 {nodeNetwork} 重疊：kube-proxy 會攔截原本要送給真實機器的流量。請把 Service 網段放在節點網路之外',
  'diag.PW107':
    'Service "{name}" 指定的 clusterIP {ip} 不在 Service 網段 {cidr} 內，真實的 API Server 會拒絕它。packetwalk 保留該位址，方便你觀察效果',
  'diag.PW108':
    'Service "{name}" 使用的 nodePort {nodePort} 不在 NodePort 範圍 {range} 內，除非修改範圍，否則真實的 API Server 會拒絕它。packetwalk 保留該連接埠',
  'diag.PW109': '位址 {ip} 被使用了兩次：{first} 和 {second}。每個節點、Pod 和 Service 都需要自己的位址',
  'diag.PW110': 'Pod "{pod}" 被固定到節點 "{node}"，但該節點不存在，因此 Pod 永遠不會啟動，也拿不到 IP',
  'diag.PW111':
    '{pod} 無法排程：沒有節點接受它（{detail}）。它的 Pod 會一直處於 Pending 且沒有 IP。請加上容忍（toleration）、修正 nodeSelector 或增加節點',
  'diag.PW112': 'Pod "{pod}" 拿不到 IP：節點 "{node}" 的 Pod 網段 {cidr} 已沒有空閒位址',
  'diag.PW113':
    'Service "{name}" 的連接埠 {port} 指向名為 "{targetPort}"（{protocol}）的容器連接埠，但被選中的容器都沒有宣告這個名稱的連接埠，因此該連接埠沒有任何後端',
  'diag.PW114':
    'Service "{name}" 的連接埠 {port} 以 {protocol} 送往 {targetPort}，但被選中的容器把這個連接埠宣告為 {containerProtocol}；具名連接埠只有在協定也一致時才會匹配',
  'diag.PW115':
    'Service "{name}" 的連接埠 {port} 把流量送往連接埠 {targetPort}，但被選中的容器只宣告了 {declared}。除非應用程式也在監聽 {targetPort}，否則連線會被拒絕',
  'diag.PW116':
    'Ingress "{name}" 要求的 class 是 "{className}"，但沒有正在執行的 Ingress 控制器服務這個 class，因此沒有人轉送它的流量',
  'diag.PW117':
    'Ingress "{name}" 沒有寫 ingressClassName，叢集裡也沒有預設的 IngressClass，因此沒有控制器會處理它',
  'diag.PW118':
    'NetworkPolicy "{name}" 不會生效：這裡的 CNI（{cni}）不執行 NetworkPolicy，所有流量仍然放行。要讓它生效，請使用 Calico、Cilium 或 Canal',
  'diag.PW119':
    '命名空間 "{namespace}" 被使用但從未宣告；packetwalk 會建立它（真實的 API Server 會拒絕不存在的命名空間中的物件）',
  'diag.PW120': 'Service "{name}" 最接近的匹配：Pod "{pod}" 的標籤是 {has}，而選擇器要求 {missing}',
  'diag.PW121':
    '帶這些標籤的 Pod 位於命名空間 "{otherNamespace}"，但 Service 只會選擇它自己命名空間（"{namespace}"）中的 Pod',
  'diag.PW122': '{object}：{field} 的值 "{value}" 不是合法的 IPv4 位址或網段，已忽略',
  'diag.PW123': '節點 "{node}" 的 Pod 網段 {cidr} 不在叢集 Pod 網路 {podCIDR} 之內',
  'diag.PW124':
    '節點 "{node}" 分不到 Pod 網段：Pod 網路 {podCIDR} 已沒有空閒的 /24，因此該節點上的 Pod 拿不到 IP',
  'diag.PW125': '節點 "{node}" 的 Pod 網段 {cidr} 與節點 "{other}" 的網段重疊',
  'diag.PW126': 'Pod "{pod}" 回報的 IP {ip} 不在其所在節點 "{node}" 的 Pod 網段 {cidr} 內',
  'diag.PW127':
    'NodePort {nodePort}/{protocol} 同時被 {first} 和 {second} 使用；一個 NodePort 只能屬於一個 Service',
  'diag.PW128':
    '{kind} "{name}"：選擇器與 Pod 範本的標籤不匹配，真實的 API Server 會拒絕它，因此不會建立任何 Pod',
  'diag.PW129':
    'EndpointSlice "{name}" 屬於 Service "{service}"，但該 Service 不存在，因此 kube-proxy 會忽略它',
  'diag.PW130':
    'Service "{name}" 沒有選擇器，也沒有 EndpointSlice 或 Endpoints，所以沒有任何後端：在補上之前，連線到它都會失敗',
  'diag.PW131':
    'StatefulSet "{name}" 的 serviceName 是 "{serviceName}"，但不存在同名的 Headless Service（clusterIP: None），因此它的 Pod 沒有穩定的 DNS 名稱',
  'diag.PW132': '{plugin} 沒有 packetwalk 可以模擬的模式 "{mode}"，改用 {fallback}',
  'diag.PW133': '節點 "{node}" 沒有列出 InternalIP，packetwalk 為它分配 {ip}',
  'diag.PW134': 'Ingress "{name}" 把流量轉送給 Service "{service}"，但該 Service 不存在，這些請求會得到 503',
  'diag.PW135': '節點 "{node}" 被宣告了兩次，第二個宣告被忽略',
  'diag.PW136':
    '{pod} 使用 hostNetwork 且 dnsPolicy 為 ClusterFirst，因此它用節點的解析器而不是叢集 DNS 來解析名稱。設定 dnsPolicy: ClusterFirstWithHostNet 才會使用叢集 DNS',
};
