import type { schema as en } from '../en/schema.ts';

export const schema: Readonly<Record<keyof typeof en, string>> = {
  'schema.title': 'packetwalk 清单',
};
