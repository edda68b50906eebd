/** Diagnostic codes raised while building the cluster model (PW1xx). Texts: `src/i18n/<locale>/diagCluster.ts`. */
export const CLUSTER_CODES = {
  PW101: 'selector-matches-no-pods',
} as const;
