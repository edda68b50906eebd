/** Messages of the canvas area (see ../index.ts for the rules every catalogue follows). */
export const canvas = {
  'canvas.device.role.uplink': "node's uplink",
  'canvas.device.role.bridge': 'Linux bridge',
  'canvas.device.role.tunnel': 'tunnel device',
  'canvas.device.role.ipvs': 'IPVS Service addresses',
  'canvas.device.role.veth': 'host end of a veth pair',
  'canvas.device.role.other': 'CNI device',
  'canvas.device.ipvsHolds': 'holds {count} Service addresses',
  'canvas.device.vethOf': 'veth peer of {pod}',
  'canvas.hook.title':
    'netfilter hook {hook}: the chains registered here see every packet passing this point',
  'canvas.route': 'routing',
  'canvas.route.title': 'routing decision: deliver locally (INPUT) or forward (FORWARD)',
  'canvas.underlay': 'node network (underlay): the wire between the nodes and the way out',
  'canvas.cloudLb': 'cloud load balancer',
  'canvas.upstreamDns': 'upstream DNS',
  'canvas.compactPods': '{count} pods (not drawn in detail)',
  'canvas.pod.title': 'pod {pod}: its own network namespace; click to show its YAML',
  'canvas.minimap': 'Overview map of the canvas',
} as const;
