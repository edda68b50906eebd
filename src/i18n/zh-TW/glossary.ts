import type { glossary as en } from '../en/glossary.ts';

export const glossary: Readonly<Record<keyof typeof en, string>> = {};
