import type { canvas as en } from '../en/canvas.ts';

export const canvas: Readonly<Record<keyof typeof en, string>> = {
  'canvas.device.role.uplink': '節點上行網卡',
  'canvas.device.role.bridge': 'Linux 橋接器',
  'canvas.device.role.tunnel': '隧道裝置',
  'canvas.device.role.ipvs': 'IPVS Service 位址',
  'canvas.device.role.veth': 'veth 對的主機端',
  'canvas.device.role.other': 'CNI 裝置',
  'canvas.device.ipvsHolds': '承載 {count} 個 Service 位址',
  'canvas.device.vethOf': '{pod} 的 veth 對端',
  'canvas.hook.title': 'netfilter 鉤子 {hook}：掛在這裡的鏈會看到經過此處的每個封包',
  'canvas.route': '路由',
  'canvas.route.title': '路由決策：本機接收（INPUT）還是轉送（FORWARD）',
  'canvas.underlay': '節點網路（underlay）：節點之間的線路，也是通往外部的出口',
  'canvas.cloudLb': '雲端負載平衡器',
  'canvas.upstreamDns': '上游 DNS',
  'canvas.compactPods': '{count} 個 Pod（未詳細繪製）',
  'canvas.pod.title': 'Pod {pod}：擁有自己的網路命名空間；點擊檢視其 YAML',
  'canvas.minimap': '畫布全域縮圖',
};
