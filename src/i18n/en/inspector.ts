/** Messages of the inspector area (see ../index.ts for the rules every catalogue follows). */
export const inspector = {} as const;
