/** Diagnostic codes raised while loading manifests (PW0xx). Texts: `src/i18n/<locale>/diag.ts`. */
export const MANIFEST_CODES = {
  PW001: 'yaml-syntax',
  PW002: 'not-a-mapping',
  PW003: 'missing-api-version',
  PW004: 'missing-kind',
  PW005: 'missing-name',
  PW006: 'schema-violation',
  PW007: 'duplicate-object',
  PW008: 'kind-not-simulated',
  PW009: 'input-too-large',
  PW010: 'too-many-documents',
  PW011: 'alias-limit',
  PW012: 'yaml-warning',
  PW013: 'list-item-invalid',
  PW014: 'unknown-api-version',
  PW015: 'configmap-payload-invalid',
} as const;
