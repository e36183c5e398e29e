import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { resolve } from 'node:path';
import { UsageError } from './cli-io';

/** A command's arguments: the `options` given, any positionals (the command checks them), nothing unknown (strict). */
export function commandArgs<const O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
}

/** The one file a command names (its only positional), as an absolute path; else a usage error saying `missing`. */
export function onePath(positionals: string[], missing: string): string {
  const [file] = positionals;
  if (positionals.length !== 1 || !file) throw new UsageError(missing);
  return resolve(file);
}
