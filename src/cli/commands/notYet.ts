import { EXIT } from '../io.ts';
import type { Command } from './command.ts';

/** A command the contract (DESIGN.md) names but this version does not have yet: it says so and exits 2. */
export function notYet(name: string, synopsis: string, summary: string): Command {
  return {
    name,
    summary,
    usage: `usage: packetwalk ${name} ${synopsis}\n\n${summary} (not available yet in this version).\n`,
    run(_args, io) {
      io.stderr(`packetwalk ${name}: not available yet in this version\n`);
      return EXIT.failure;
    },
  };
}
