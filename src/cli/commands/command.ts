import type { CliIO } from '../io.ts';

/** One subcommand: `packetwalk <name> ...`. Each lives in its own file under commands/. */
export interface Command {
  readonly name: string;
  /** One line for the top-level usage. */
  readonly summary: string;
  /** The command's own usage, printed for `--help` and after a usage error. */
  readonly usage: string;
  /** Runs with the arguments after the command name; returns the exit status. */
  run(args: readonly string[], io: CliIO): number | Promise<number>;
}
