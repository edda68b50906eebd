/**
 * Argument parsing shared by the subcommands: node:util's parseArgs, with its errors turned into short usage
 * messages, `--help`, `--format` checked against the command's formats, and at least one file or directory.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../io.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util's parseArgs messages, shortened to what a person needs. */
function argumentProblem(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  const option = /'([^']+)'/.exec(text)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) return `unknown option "${option}"`;
  return text;
}

export interface ParsedCommand<F extends string> {
  readonly help: boolean;
  readonly format: F;
  readonly paths: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
}

export function parseCommand<F extends string>(
  args: readonly string[],
  formats: readonly [F, ...F[]],
  extra: Options = {},
): ParsedCommand<F> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        ...extra,
        format: { type: 'string', short: 'f', default: formats[0] },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(argumentProblem(error));
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const help = values['help'] === true;
  const format = String(values['format']);
  if (!(formats as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}" (use ${formats.join(' or ')})`);
  }
  if (!help && parsed.positionals.length === 0) throw new UsageError('no files or directories given');
  return { help, format: format as F, paths: parsed.positionals, values };
}
