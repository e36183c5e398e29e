/** A setting stored as JSON in `settings`, read back through its contract, saved with an audit row. */
import type { z } from 'zod';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { readSetting, writeSetting } from '../../../db/repositories/system/settings-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';

/** The stored value, or null when the key was never set or its value is unreadable or no longer valid. */
export function readStoredSetting<S extends z.ZodType>(db: DeskDatabase, key: string, schema: S): z.output<S> | null {
  const text = readSetting(db, key);
  if (text === null) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Stores `input` under `key` in one transaction with an audit row (before: the settings in force, as `read` gives
 * them), and returns the settings now in force.
 */
export function saveStoredSetting<T>(db: DeskDatabase, ctx: CallerContext, key: string, input: T, read: (db: DeskDatabase) => T): T {
  return inTransaction(db, () => {
    const before = read(db);
    writeSetting(db, key, JSON.stringify(input));
    recordAudit(db, { username: ctx.username, action: 'update', entity: 'settings', entityKey: key, before, after: input });
    return read(db);
  });
}
