/** Messages of the playback area (see ../index.ts for the rules every catalogue follows). */
export const playback = {} as const;
