/** A setting stored as JSON in `settings`, read back through its contract. */
import type { z } from 'zod';
import { readSetting } from '../../../db/repositories/system/settings-repo';
import type { DeskDatabase } from '../../../db/open-database';

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
