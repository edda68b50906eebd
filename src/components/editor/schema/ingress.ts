/**
 * Ingress and IngressClass: L7 routing done by a controller pod, which ends the client's connection and opens
 * its own to a backend pod.
 */
import type { Builders } from './builders.ts';
import { kindDefinition, metadata } from './common.ts';
import type { JSONSchema, SchemaKey } from './types.ts';

function backend(b: Builders, key: SchemaKey): JSONSchema {
  return b.obj(key, {
    service: b.obj('schema.Ingress.backend.service', {
      name: b.str('schema.Ingress.backend.service.name'),
      port: b.obj('schema.Ingress.backend.service.port', {
        number: b.port('schema.Ingress.backend.service.port.number'),
        name: b.str('schema.Ingress.backend.service.port.name'),
      }),
    }),
    resource: b.opaque('schema.Ingress.backend.resource'),
  });
}

export function ingressDefinition(b: Builders): JSONSchema {
  return kindDefinition(b, 'Ingress', {
    spec: b.obj('schema.Ingress.spec', {
      ingressClassName: b.str('schema.Ingress.spec.ingressClassName'),
      defaultBackend: backend(b, 'schema.Ingress.spec.defaultBackend'),
      rules: b.list('schema.Ingress.spec.rules', {
        type: 'object',
        properties: {
          host: b.str('schema.Ingress.spec.rules.host'),
          http: b.obj('schema.Ingress.spec.rules.http', {
            paths: b.list('schema.Ingress.spec.rules.http.paths', {
              type: 'object',
              properties: {
                path: b.str('schema.Ingress.spec.rules.http.paths.path'),
                pathType: b.choice('schema.Ingress.spec.rules.http.paths.pathType', [
                  'Exact',
                  'Prefix',
                  'ImplementationSpecific',
                ]),
                backend: backend(b, 'schema.Ingress.spec.rules.http.paths.backend'),
              },
            }),
          }),
        },
      }),
      tls: b.list('schema.Ingress.spec.tls', {
        type: 'object',
        properties: {
          hosts: b.strings('schema.Ingress.spec.tls.hosts'),
          secretName: b.str('schema.Ingress.spec.tls.secretName'),
        },
      }),
    }),
  });
}

export function ingressClassDefinition(b: Builders): JSONSchema {
  return kindDefinition(
    b,
    'IngressClass',
    {
      spec: b.obj('schema.IngressClass.spec', {
        controller: b.str('schema.IngressClass.spec.controller'),
      }),
    },
    metadata(b, { clusterScoped: true }),
  );
}
