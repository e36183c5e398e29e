/** The admin's settings: auto-lock minutes and how many automatic backups to keep, stored as JSON under one key. */
import { AdminSettings as AdminSettingsSchema } from '../../../shared/contract/admin';
import type { AdminSettings } from '../../../shared/contract/admin';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { readSetting, writeSetting } from '../../../db/repositories/system/settings-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';

export const ADMIN_SETTINGS_KEY = 'admin';

export const DEFAULT_ADMIN_SETTINGS: AdminSettings = { autoLockMinutes: 15, backupKeep: 10 };

export function readAdminSettings(db: DeskDatabase): AdminSettings {
  const text = readSetting(db, ADMIN_SETTINGS_KEY);
  if (text === null) return DEFAULT_ADMIN_SETTINGS;
  try {
    const parsed = AdminSettingsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_ADMIN_SETTINGS;
  } catch {
    return DEFAULT_ADMIN_SETTINGS;
  }
}

export function setAdminSettings(db: DeskDatabase, ctx: CallerContext, input: AdminSettings): AdminSettings {
  return inTransaction(db, () => {
    const before = readAdminSettings(db);
    writeSetting(db, ADMIN_SETTINGS_KEY, JSON.stringify(input));
    recordAudit(db, { username: ctx.username, action: 'update', entity: 'settings', entityKey: ADMIN_SETTINGS_KEY, before, after: input });
    return readAdminSettings(db);
  });
}
