/**
 * Who prepared a print (制表人) and the street it names: the preparer set for the street's prints (settings key
 * `prints.preparer`, a JSON string — the street details page writes it), else the signed-in clerk's name.
 */
import { readSetting } from '../../../db/repositories/settings-repo';
import { getStreet } from '../../../db/repositories/street-repo';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';

export const PREPARER_SETTING = 'prints.preparer';

export function defaultPreparer(db: DeskDatabase, ctx: CallerContext): string {
  const stored = readSetting(db, PREPARER_SETTING);
  if (stored !== null) {
    try {
      const value: unknown = JSON.parse(stored);
      if (typeof value === 'string' && value.trim() !== '') return value.trim();
    } catch {
      // A value that is not JSON text is ignored: the clerk's name is printed instead.
    }
  }
  return ctx.displayName;
}

export function streetForPrint(db: DeskDatabase): { name: string; code: string } {
  const street = getStreet(db);
  return { name: street?.name ?? '（未设置街道）', code: street?.code ?? '' };
}
