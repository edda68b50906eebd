import type { Severity } from '../diagnostics.ts';

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
  PW016: 'value-not-allowed',
  PW017: 'missing-required-field',
  PW018: 'invalid-format',
  PW019: 'nesting-too-deep',
  PW020: 'unresolved-alias',
  PW021: 'invalid-merge',
  PW022: 'duplicate-key',
  PW023: 'diagnostics-truncated',
} as const;

export type ManifestCode = keyof typeof MANIFEST_CODES;

/**
 * Each code's one severity. An `error` means the document or object it sits on was not loaded (and makes
 * `packetwalk check` exit 1); a `warning` or `info` never drops anything.
 */
export const MANIFEST_SEVERITIES: Readonly<Record<ManifestCode, Severity>> = {
  PW001: 'error',
  PW002: 'error',
  PW003: 'error',
  PW004: 'error',
  PW005: 'error',
  PW006: 'error',
  PW007: 'warning',
  PW008: 'info',
  PW009: 'error',
  PW010: 'warning',
  PW011: 'error',
  PW012: 'warning',
  PW013: 'error',
  PW014: 'warning',
  PW015: 'warning',
  PW016: 'error',
  PW017: 'error',
  PW018: 'error',
  PW019: 'error',
  PW020: 'error',
  PW021: 'error',
  PW022: 'error',
  PW023: 'info',
};
