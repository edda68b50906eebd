/** Messages of the glossary area (see ../index.ts for the rules every catalogue follows). */
export const glossary = {} as const;
