import type { playback as en } from '../en/playback.ts';

export const playback: Readonly<Record<keyof typeof en, string>> = {};
