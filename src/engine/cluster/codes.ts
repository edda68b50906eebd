/**
 * Diagnostic codes raised while building the cluster model (PW1xx). Texts: `src/i18n/<locale>/diagCluster.ts`.
 * A code never changes meaning once released; retire it instead.
 */
export const CLUSTER_CODES = {
  PW101: 'selector-matches-no-pods',
  PW102: 'setting-conflict',
  PW103: 'invalid-setting',
  PW104: 'pod-service-cidr-overlap',
  PW105: 'pod-node-network-overlap',
  PW106: 'service-node-network-overlap',
  PW107: 'service-ip-outside-cidr',
  PW108: 'node-port-outside-range',
  PW109: 'duplicate-ip',
  PW110: 'pod-node-missing',
  PW111: 'pod-unschedulable',
  PW112: 'pod-ip-exhausted',
  PW113: 'target-port-name-not-found',
  PW114: 'target-port-protocol-mismatch',
  PW115: 'target-port-not-declared',
  PW116: 'ingress-class-not-served',
  PW117: 'ingress-without-class',
  PW118: 'network-policy-not-enforced',
  PW119: 'namespace-created',
  PW120: 'selector-near-miss',
  PW121: 'selector-matches-other-namespace',
  PW122: 'invalid-address',
  PW123: 'node-cidr-outside-pod-cidr',
  PW124: 'node-cidr-exhausted',
  PW125: 'node-cidr-overlap',
  PW126: 'pod-ip-outside-node-cidr',
  PW127: 'duplicate-node-port',
  PW128: 'selector-does-not-match-template',
  PW129: 'endpointslice-unknown-service',
  PW130: 'service-without-endpoints-source',
  PW131: 'statefulset-service-missing',
  PW132: 'cni-mode-unsupported',
  PW133: 'node-address-assigned',
  PW134: 'ingress-backend-missing',
  PW135: 'duplicate-node',
  PW136: 'host-network-dns-fallback',
} as const;

export type ClusterCode = keyof typeof CLUSTER_CODES;
