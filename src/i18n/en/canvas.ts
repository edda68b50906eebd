/** Messages of the canvas area (see ../index.ts for the rules every catalogue follows). */
export const canvas = {} as const;
