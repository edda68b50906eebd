/**
 * The program: runs the command line on this process's arguments and streams. This is the bundle's entry
 * (scripts/build-cli.mjs -> dist-cli/packetwalk.mjs, started by bin/packetwalk).
 */
import type { CliIO } from './io.ts';
import { run } from './run.ts';

// `packetwalk check . | head` closes stdout early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

const io: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};
process.exitCode = await run(process.argv.slice(2), io);
