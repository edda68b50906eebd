/** Interface texts. */
export const ui = {
  'app.title': 'packetwalk',
  'app.tagline': 'How packets move through Kubernetes',
} as const;
