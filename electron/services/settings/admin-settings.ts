/** The admin's settings: auto-lock minutes and how many automatic backups to keep, stored as JSON under one key. */
import { AdminSettings as AdminSettingsSchema } from '../../../shared/contract/admin';
import type { AdminSettings } from '../../../shared/contract/admin';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { readStoredSetting, saveStoredSetting } from './stored-setting';

export const ADMIN_SETTINGS_KEY = 'admin';

export const DEFAULT_ADMIN_SETTINGS: AdminSettings = { autoLockMinutes: 15, backupKeep: 10 };

export function readAdminSettings(db: DeskDatabase): AdminSettings {
  return readStoredSetting(db, ADMIN_SETTINGS_KEY, AdminSettingsSchema) ?? DEFAULT_ADMIN_SETTINGS;
}

export function setAdminSettings(db: DeskDatabase, ctx: CallerContext, input: AdminSettings): AdminSettings {
  return saveStoredSetting(db, ctx, ADMIN_SETTINGS_KEY, input, readAdminSettings);
}
