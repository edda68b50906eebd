/**
 * `packetwalk check <files|dirs...> [--format text|json]`: load the manifests and print every diagnostic,
 * one per line as `file:line:column: severity code message`, or as JSON. Exits 1 when any is an error.
 */
import { parseArgs } from 'node:util';
import { diagnosticMessageKey, type Diagnostic } from '../../engine/diagnostics.ts';
import { loadManifests } from '../../engine/manifest/load.ts';
import { translate } from '../../i18n/index.ts';
import { readManifestFiles } from '../inputs.ts';
import { EXIT, UsageError, type CliIO } from '../io.ts';
import type { Command } from './command.ts';

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];

function message(d: Diagnostic): string {
  return translate('en', diagnosticMessageKey(d.code), d.params);
}

export function formatText(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code} ${message(d)}\n`)
    .join('');
}

export function formatJson(diagnostics: readonly Diagnostic[]): string {
  const out = diagnostics.map((d) => ({
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    severity: d.severity,
    code: d.code,
    message: message(d),
    params: d.params,
  }));
  return `${JSON.stringify({ diagnostics: out }, null, 2)}\n`;
}

/** node:util's parseArgs messages, shortened to what a person needs. */
function argumentProblem(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  const option = /'([^']+)'/.exec(text)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) return `unknown option "${option}"`;
  return text;
}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

export const check: Command = {
  name: 'check',
  summary: 'load manifests and report problems, each at its file, line and column',
  usage: `usage: packetwalk check <files|dirs...> [--format text|json]

Loads the manifests (directories are searched recursively for *.yaml, *.yml and *.json)
and prints each problem found as

  file:line:column: severity code message

Options:
  -f, --format text|json   output format (default: text)
  -h, --help               show this help

Exit status: 0 no errors (warnings and infos allowed), 1 errors found, 2 usage or input error.
`,
  run(args: readonly string[], io: CliIO): number {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...args],
        options: {
          format: { type: 'string', short: 'f', default: 'text' },
          help: { type: 'boolean', short: 'h', default: false },
        },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw new UsageError(argumentProblem(error));
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.stdout(check.usage);
      return EXIT.ok;
    }
    if (!isFormat(values.format))
      throw new UsageError(`unknown format "${values.format}" (use text or json)`);
    if (positionals.length === 0) throw new UsageError('no files or directories given');
    const result = loadManifests(readManifestFiles(positionals));
    io.stdout(values.format === 'json' ? formatJson(result.diagnostics) : formatText(result.diagnostics));
    return result.diagnostics.some((d) => d.severity === 'error') ? EXIT.findings : EXIT.ok;
  },
};
