/**
 * Services: every field kube-proxy turns into rules (ClusterIP, ports, NodePorts, traffic policies, session
 * affinity, external and load balancer IPs), and the load balancer status a cluster dump carries.
 */
import type { Builders } from './builders.ts';
import { PROTOCOLS, kindDefinition } from './common.ts';
import type { JSONSchema } from './types.ts';

function servicePort(b: Builders): JSONSchema {
  return {
    type: 'object',
    properties: {
      name: b.str('schema.Service.spec.ports.name'),
      protocol: b.choice('schema.Service.spec.ports.protocol', PROTOCOLS),
      port: b.port('schema.Service.spec.ports.port'),
      targetPort: b.portOrName('schema.Service.spec.ports.targetPort'),
      nodePort: b.port('schema.Service.spec.ports.nodePort'),
      appProtocol: b.str('schema.common.appProtocol'),
    },
  };
}

function serviceSpec(b: Builders): JSONSchema {
  const trafficPolicy = ['Cluster', 'Local'];
  return b.obj('schema.Service.spec', {
    type: b.choice('schema.Service.spec.type', ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']),
    clusterIP: b.str('schema.Service.spec.clusterIP', { examples: ['None'] }),
    clusterIPs: b.strings('schema.Service.spec.clusterIPs'),
    ports: b.list('schema.Service.spec.ports', servicePort(b)),
    selector: b.strMap('schema.Service.spec.selector'),
    externalTrafficPolicy: b.choice('schema.Service.spec.externalTrafficPolicy', trafficPolicy),
    internalTrafficPolicy: b.choice('schema.Service.spec.internalTrafficPolicy', trafficPolicy),
    sessionAffinity: b.choice('schema.Service.spec.sessionAffinity', ['None', 'ClientIP']),
    sessionAffinityConfig: b.obj('schema.Service.spec.sessionAffinityConfig', {
      clientIP: b.obj('schema.Service.spec.sessionAffinityConfig.clientIP', {
        timeoutSeconds: b.int('schema.Service.spec.sessionAffinityConfig.clientIP.timeoutSeconds', {
          minimum: 1,
          maximum: 86400,
        }),
      }),
    }),
    externalIPs: b.strings('schema.Service.spec.externalIPs'),
    externalName: b.str('schema.Service.spec.externalName'),
    loadBalancerIP: b.str('schema.Service.spec.loadBalancerIP'),
    loadBalancerSourceRanges: b.strings('schema.Service.spec.loadBalancerSourceRanges'),
    loadBalancerClass: b.str('schema.Service.spec.loadBalancerClass'),
    healthCheckNodePort: b.port('schema.Service.spec.healthCheckNodePort'),
    publishNotReadyAddresses: b.bool('schema.Service.spec.publishNotReadyAddresses'),
    ipFamilies: b.list('schema.Service.spec.ipFamilies', { type: 'string', enum: ['IPv4', 'IPv6'] }),
    ipFamilyPolicy: b.choice('schema.Service.spec.ipFamilyPolicy', [
      'SingleStack',
      'PreferDualStack',
      'RequireDualStack',
    ]),
    allocateLoadBalancerNodePorts: b.bool('schema.Service.spec.allocateLoadBalancerNodePorts'),
  });
}

function serviceStatus(b: Builders): JSONSchema {
  return b.obj('schema.Service.status', {
    loadBalancer: b.obj('schema.Service.status.loadBalancer', {
      ingress: b.list('schema.Service.status.loadBalancer.ingress', {
        type: 'object',
        properties: {
          ip: b.ip('schema.Service.status.loadBalancer.ingress.ip'),
          hostname: b.str('schema.Service.status.loadBalancer.ingress.hostname'),
          ipMode: b.choice('schema.Service.status.loadBalancer.ingress.ipMode', ['VIP', 'Proxy']),
        },
      }),
    }),
  });
}

export function serviceDefinition(b: Builders): JSONSchema {
  return kindDefinition(b, 'Service', { spec: serviceSpec(b), status: serviceStatus(b) });
}
