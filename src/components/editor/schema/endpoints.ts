/**
 * Endpoints and EndpointSlices: the list of backends kube-proxy turns into one `KUBE-SEP-…` DNAT chain each.
 * Given explicitly (a cluster dump, a Service without a selector) they replace what packetwalk would derive.
 */
import type { Builders } from './builders.ts';
import { PROTOCOLS, kindDefinition, metadata, targetRef } from './common.ts';
import type { JSONSchema } from './types.ts';

function endpointAddress(b: Builders): JSONSchema {
  return {
    type: 'object',
    properties: {
      ip: b.ip('schema.Endpoints.subsets.addresses.ip'),
      hostname: b.str('schema.Endpoints.subsets.addresses.hostname'),
      nodeName: b.str('schema.Endpoints.subsets.addresses.nodeName'),
      targetRef: targetRef(b),
    },
  };
}

export function endpointsDefinition(b: Builders): JSONSchema {
  return kindDefinition(
    b,
    'Endpoints',
    {
      subsets: b.list('schema.Endpoints.subsets', {
        type: 'object',
        properties: {
          addresses: b.list('schema.Endpoints.subsets.addresses', endpointAddress(b)),
          notReadyAddresses: b.list('schema.Endpoints.subsets.notReadyAddresses', endpointAddress(b)),
          ports: b.list('schema.Endpoints.subsets.ports', {
            type: 'object',
            properties: {
              name: b.str('schema.Endpoints.subsets.ports.name'),
              port: b.port('schema.Endpoints.subsets.ports.port'),
              protocol: b.choice('schema.common.protocol', PROTOCOLS),
              appProtocol: b.str('schema.common.appProtocol'),
            },
          }),
        },
      }),
    },
    metadata(b, { name: 'schema.Endpoints.metadata.name' }),
  );
}

export function endpointSliceDefinition(b: Builders): JSONSchema {
  return kindDefinition(
    b,
    'EndpointSlice',
    {
      addressType: b.choice('schema.EndpointSlice.addressType', ['IPv4', 'IPv6', 'FQDN']),
      endpoints: b.list('schema.EndpointSlice.endpoints', {
        type: 'object',
        properties: {
          addresses: b.strings('schema.EndpointSlice.endpoints.addresses'),
          conditions: b.obj('schema.EndpointSlice.endpoints.conditions', {
            ready: b.bool('schema.EndpointSlice.endpoints.conditions.ready'),
            serving: b.bool('schema.EndpointSlice.endpoints.conditions.serving'),
            terminating: b.bool('schema.EndpointSlice.endpoints.conditions.terminating'),
          }),
          nodeName: b.str('schema.EndpointSlice.endpoints.nodeName'),
          hostname: b.str('schema.EndpointSlice.endpoints.hostname'),
          zone: b.str('schema.EndpointSlice.endpoints.zone'),
          targetRef: targetRef(b),
        },
      }),
      ports: b.list('schema.EndpointSlice.ports', {
        type: 'object',
        properties: {
          name: b.str('schema.EndpointSlice.ports.name'),
          port: b.port('schema.EndpointSlice.ports.port'),
          protocol: b.choice('schema.common.protocol', PROTOCOLS),
          appProtocol: b.str('schema.common.appProtocol'),
        },
      }),
    },
    metadata(b, { labels: 'schema.EndpointSlice.metadata.labels' }),
  );
}
