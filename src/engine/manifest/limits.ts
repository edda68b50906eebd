/**
 * Bounds on the work one load may do, so that no paste, hostile or accidental, can hang the engine. Measured
 * with `node scripts/bench-load.mjs` on the development VM (2 vCPU AMD EPYC, Node 20), warm / cold:
 *
 * - typical manifests (Deployments and Services) at the 1 MiB limit: 0.51 s / 0.52-0.94 s (about 4,400 objects);
 * - 10,000 minimal Services in one file (0.81 MiB): 0.57 s / 0.65 s, so the document cap stays at 10,000;
 * - the worst shape found, 1 MiB of one flow sequence (`[12, 12, ...]`, a token every character or so):
 *   1.5-1.7 s. Parsing time follows the number of YAML tokens, not characters; this shape has 2.5 times the
 *   tokens of typical YAML per character;
 * - a "billion laughs" alias bomb: 2 ms; a 20 MiB paste: refused in under 1 ms.
 *
 * The `yaml` parser itself takes about 80% of that time: on this machine it reads 1.5-2 MB of typical YAML a
 * second, so a larger limit cannot keep a load near a second.
 */

/** The largest file read, in characters (UTF-16 code units, what an editor holds); a larger one is PW009. */
export const MAX_FILE_CHARS = 1024 * 1024;

/** Documents read per file; the rest are skipped with PW010. */
export const MAX_DOCUMENTS_PER_FILE = 10_000;

/**
 * How many values aliases and merge keys may add to one file beyond what is written out literally. A
 * "billion laughs" document runs through this at once (PW011); real manifests use a few thousand at most.
 */
export const MAX_ALIAS_EXPANSION = 100_000;

/** How deeply collections may nest in a document (real manifests stay under 20 levels); deeper is PW019. */
export const MAX_NESTING_DEPTH = 128;

/** Schema diagnostics reported per object: after this many, the first ones are the ones worth fixing. */
export const MAX_SCHEMA_DIAGNOSTICS_PER_OBJECT = 10;

/** Diagnostics kept per file; beyond this one PW023 says how many more there were. */
export const MAX_DIAGNOSTICS_PER_FILE = 1_000;
