/**
 * What a command needs from its host: two output streams. Commands never touch `process` themselves, so the
 * tests can run them and read what they print.
 */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit statuses, as the command line contract (DESIGN.md) fixes them. */
export const EXIT = {
  /** Done; nothing wrong (warnings and infos do not count). */
  ok: 0,
  /** Done; the manifests have errors. */
  findings: 1,
  /** Not done: bad usage, an unreadable input, or a command this version does not have yet. */
  failure: 2,
} as const;

/** The command line itself is wrong: the message is printed with the command's usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** An input cannot be read: the message is printed on one line. */
export class InputError extends Error {
  override readonly name = 'InputError';
}
