import { check } from './check.ts';
import type { Command } from './command.ts';
import { model } from './model.ts';
import { rules } from './rules.ts';
import { notYet } from './notYet.ts';

/** Every subcommand, in the order the usage lists them. A new one is a file here and a line below. */
export const COMMANDS: readonly Command[] = [
  check,
  notYet(
    'trace',
    '<files|dirs...> --from <src> --to <dst> [--protocol tcp|udp|icmp] [--seed N] [--format text|json]',
    'walk one packet from a source to a destination',
  ),
  rules,
  notYet(
    'reach',
    '<files|dirs...> [--port N] [--protocol tcp|udp] [--format text|json]',
    'which pods can reach which',
  ),
  model,
];
