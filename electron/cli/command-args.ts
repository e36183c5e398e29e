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

/** A command's options when it takes no positionals (strict: anything else is a usage error): their values. */
export function optionValues<const O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  return parseArgs({ args: argv, options, strict: true }).values;
}

/** A command's options and the one file it names (see onePath: `missing` when there is not exactly one). */
export function fileArgs<const O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O, missing: string) {
  const { values, positionals } = commandArgs(argv, options);
  return { values, path: onePath(positionals, missing) };
}

/** A usage error naming the positionals given to a command that takes none. */
export function noPositionals(positionals: string[]): void {
  if (positionals.length > 0) throw new UsageError(`多余的参数：${positionals.join(' ')}`);
}
