import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';

/** A command's arguments: the `options` given, any positionals (the command checks them), nothing unknown (strict). */
export function commandArgs<const O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
}
