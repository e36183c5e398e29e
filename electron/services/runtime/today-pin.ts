/**
 * Pinning "today" for a process (CLI, browser mode, the Electron shell): `--today YYYY-MM-DD`, else the DESK_TODAY
 * environment variable, else the real date. Tests and demonstrations use it to make dated results reproducible.
 */
import { pinToday } from '../../../shared/clock';
import { isValidIsoDate } from '../../../shared/domain/dates';

export const TODAY_ENV = 'DESK_TODAY';

/** A `--today` or DESK_TODAY value that is not a date: a usage error (the CLI exits 2). */
export class InvalidTodayError extends Error {
  override readonly name = 'InvalidTodayError';
}

/**
 * The date to pin: the `--today` value when given, else a non-empty DESK_TODAY, else null (the real clock).
 * Throws InvalidTodayError, with a Chinese message naming where the value came from, when it is not a valid date.
 */
export function resolvePinnedToday(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): string | null {
  if (flag !== undefined) {
    if (!isValidIsoDate(flag)) throw new InvalidTodayError(`--today 必须是 YYYY-MM-DD 格式的有效日期：${flag}`);
    return flag;
  }
  const fromEnv = env[TODAY_ENV];
  if (fromEnv === undefined || fromEnv === '') return null;
  if (!isValidIsoDate(fromEnv)) throw new InvalidTodayError(`环境变量 ${TODAY_ENV} 必须是 YYYY-MM-DD 格式的有效日期：${fromEnv}`);
  return fromEnv;
}

/**
 * Sets this process's clock from `--today` / DESK_TODAY (and unpins it when neither is given); returns the pinned
 * date or null. On an invalid value the clock is left as it was and InvalidTodayError is thrown.
 */
export function applyTodayPin(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): string | null {
  const today = resolvePinnedToday(flag, env);
  pinToday(today);
  return today;
}
