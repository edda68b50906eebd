import type { inspector as en } from '../en/inspector.ts';

export const inspector: Readonly<Record<keyof typeof en, string>> = {};
