/**
 * The `packetwalk` command line, host-independent: `run` dispatches to one command per file under commands/.
 * Nothing reaches the user as a stack trace: every failure is one line and an exit status (DESIGN.md,
 * "Command line").
 */
import { COMMANDS } from './commands/index.ts';
import { EXIT, InputError, UsageError, type CliIO } from './io.ts';

export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `usage: packetwalk <command> [options] <files|dirs...>

Commands:
${lines.join('\n')}

Run "packetwalk <command> --help" for a command's options.
`;
}

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.stderr(usage());
    return EXIT.failure;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = COMMANDS.find((c) => c.name === args[0]);
    io.stdout(topic === undefined ? usage() : topic.usage);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    const what = name.startsWith('-') ? `unknown option "${name}"` : `unknown command "${name}"`;
    io.stderr(`packetwalk: ${what}\n\n${usage()}`);
    return EXIT.failure;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError)
      io.stderr(`packetwalk ${command.name}: ${error.message}\n\n${command.usage}`);
    else if (error instanceof InputError) io.stderr(`packetwalk ${command.name}: ${error.message}\n`);
    else
      io.stderr(
        `packetwalk ${command.name}: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    return EXIT.failure;
  }
}
