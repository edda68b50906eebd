import type { ui as en } from '../en/ui.ts';

export const ui: Readonly<Record<keyof typeof en, string>> = {
  'app.title': 'packetwalk',
  'app.tagline': '封包如何在 Kubernetes 中流動',
};
