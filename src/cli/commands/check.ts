/**
 * `packetwalk check <files|dirs...> [--format text|json]`: analyse the manifests (loading, the cluster model,
 * the dataplane) and print every diagnostic,
 * one per line as `file:line:column: severity code message`, or as JSON. Exits 1 when any is an error.
 */
import { diagnosticMessageKey, type Diagnostic } from '../../engine/diagnostics.ts';
import { analyze } from '../../engine/index.ts';
import { translate } from '../../i18n/index.ts';
import { readManifestFiles } from '../inputs.ts';
import { EXIT, type CliIO } from '../io.ts';
import { parseCommand } from './options.ts';
import type { Command } from './command.ts';

const FORMATS = ['text', 'json'] as const;

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
    const { help, format, paths } = parseCommand(args, FORMATS);
    if (help) {
      io.stdout(check.usage);
      return EXIT.ok;
    }
    const { diagnostics } = analyze(readManifestFiles(paths));
    io.stdout(format === 'json' ? formatJson(diagnostics) : formatText(diagnostics));
    return diagnostics.some((d) => d.severity === 'error') ? EXIT.findings : EXIT.ok;
  },
};
