/** Options the package commands share: the passphrase taken from an environment variable (never from argv). */
import { UsageError } from '../cli-io';

/** `--passphrase-env VAR`: the passphrase is VAR's value (so it shows in no process list or shell history). */
export function passphraseFromEnv(variable: string | undefined): string | undefined {
  if (variable === undefined) return undefined;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) throw new UsageError(`--passphrase-env 需要一个环境变量名（如 DESK_PASSPHRASE），不是口令本身`);
  const value = process.env[variable];
  if (value === undefined || value === '') throw new UsageError(`环境变量 ${variable} 没有设置（--passphrase-env 从它读取口令）`);
  return value;
}
