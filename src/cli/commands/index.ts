import { check } from './check.ts';
import type { Command } from './command.ts';
import { model } from './model.ts';
import { reach } from './reach.ts';
import { rules } from './rules.ts';
import { traceCommand } from './trace.ts';

/** Every subcommand, in the order the usage lists them. A new one is a file here and a line below. */
export const COMMANDS: readonly Command[] = [check, traceCommand, rules, reach, model];
