/** Hover and completion text for the editor's schema, keyed `schema.<Kind>.<field path>`. */
export const schema = {
  'schema.title': 'packetwalk manifests',
} as const;
