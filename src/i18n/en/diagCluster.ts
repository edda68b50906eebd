/** Cluster-model diagnostic texts, keyed `diag.<code>`. */
export const diagCluster = {
  'diag.PW101': 'Service "{name}" selects {selector}, but no pod carries those labels',
} as const;
