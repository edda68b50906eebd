import type { canvas as en } from '../en/canvas.ts';

export const canvas: Readonly<Record<keyof typeof en, string>> = {};
