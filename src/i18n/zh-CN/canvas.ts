import type { canvas as en } from '../en/canvas.ts';

export const canvas: Readonly<Record<keyof typeof en, string>> = {
  'canvas.device.role.uplink': '节点上行网卡',
  'canvas.device.role.bridge': 'Linux 网桥',
  'canvas.device.role.tunnel': '隧道设备',
  'canvas.device.role.ipvs': 'IPVS Service 地址',
  'canvas.device.role.veth': 'veth 对的主机端',
  'canvas.device.role.other': 'CNI 设备',
  'canvas.device.ipvsHolds': '承载 {count} 个 Service 地址',
  'canvas.device.vethOf': '{pod} 的 veth 对端',
  'canvas.hook.title': 'netfilter 钩子 {hook}：挂在这里的链会看到经过此处的每个数据包',
  'canvas.route': '路由',
  'canvas.route.title': '路由决策：本机接收（INPUT）还是转发（FORWARD）',
  'canvas.underlay': '节点网络（underlay）：节点之间的线路，也是通往外部的出口',
  'canvas.cloudLb': '云负载均衡器',
  'canvas.upstreamDns': '上游 DNS',
  'canvas.compactPods': '{count} 个 Pod（未详细绘制）',
  'canvas.pod.title': 'Pod {pod}：拥有自己的网络命名空间；点击查看其 YAML',
  'canvas.minimap': '画布全局缩略图',
};
