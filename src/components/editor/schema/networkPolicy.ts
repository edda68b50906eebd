/**
 * NetworkPolicy in full. Ingress and egress get their own texts because the same selector means "who may
 * send" on one side and "where may it go, after DNAT" on the other.
 */
import { cidrItem, type Builders } from './builders.ts';
import { PROTOCOLS, kindDefinition, labelSelector } from './common.ts';
import type { JSONSchema, SchemaKey } from './types.ts';

interface DirectionKeys {
  readonly rules: SchemaKey;
  readonly peers: SchemaKey;
  readonly podSelector: SchemaKey;
  readonly namespaceSelector: SchemaKey;
  readonly ipBlock: SchemaKey;
  readonly cidr: SchemaKey;
  readonly ports: SchemaKey;
  readonly port: SchemaKey;
}

const INGRESS: DirectionKeys = {
  rules: 'schema.NetworkPolicy.spec.ingress',
  peers: 'schema.NetworkPolicy.spec.ingress.from',
  podSelector: 'schema.NetworkPolicy.spec.ingress.from.podSelector',
  namespaceSelector: 'schema.NetworkPolicy.spec.ingress.from.namespaceSelector',
  ipBlock: 'schema.NetworkPolicy.spec.ingress.from.ipBlock',
  cidr: 'schema.NetworkPolicy.spec.ingress.from.ipBlock.cidr',
  ports: 'schema.NetworkPolicy.spec.ingress.ports',
  port: 'schema.NetworkPolicy.spec.ingress.ports.port',
};

const EGRESS: DirectionKeys = {
  rules: 'schema.NetworkPolicy.spec.egress',
  peers: 'schema.NetworkPolicy.spec.egress.to',
  podSelector: 'schema.NetworkPolicy.spec.egress.to.podSelector',
  namespaceSelector: 'schema.NetworkPolicy.spec.egress.to.namespaceSelector',
  ipBlock: 'schema.NetworkPolicy.spec.egress.to.ipBlock',
  cidr: 'schema.NetworkPolicy.spec.egress.to.ipBlock.cidr',
  ports: 'schema.NetworkPolicy.spec.egress.ports',
  port: 'schema.NetworkPolicy.spec.egress.ports.port',
};

function rules(b: Builders, peersField: 'from' | 'to', keys: DirectionKeys): JSONSchema {
  const peer: JSONSchema = {
    type: 'object',
    properties: {
      podSelector: labelSelector(b, keys.podSelector),
      namespaceSelector: labelSelector(b, keys.namespaceSelector),
      ipBlock: b.obj(keys.ipBlock, {
        cidr: b.cidr(keys.cidr),
        except: b.list('schema.NetworkPolicy.ipBlock.except', cidrItem(b)),
      }),
    },
  };
  const port: JSONSchema = {
    type: 'object',
    properties: {
      protocol: b.choice('schema.NetworkPolicy.ports.protocol', PROTOCOLS),
      port: b.portOrName(keys.port),
      endPort: b.port('schema.NetworkPolicy.ports.endPort'),
    },
  };
  return b.list(keys.rules, {
    type: 'object',
    properties: {
      [peersField]: b.list(keys.peers, peer),
      ports: b.list(keys.ports, port),
    },
  });
}

export function networkPolicyDefinition(b: Builders): JSONSchema {
  return kindDefinition(b, 'NetworkPolicy', {
    spec: b.obj('schema.NetworkPolicy.spec', {
      podSelector: labelSelector(b, 'schema.NetworkPolicy.spec.podSelector'),
      policyTypes: b.list('schema.NetworkPolicy.spec.policyTypes', {
        type: 'string',
        enum: ['Ingress', 'Egress'],
      }),
      ingress: rules(b, 'from', INGRESS),
      egress: rules(b, 'to', EGRESS),
    }),
  });
}
