/** The worklist's settings (shared/domain/worklist/settings.ts), stored as JSON in `settings` under one key. */
import { WorklistSettings as WorklistSettingsSchema } from '../../../shared/contract/worklist';
import { DEFAULT_WORKLIST_SETTINGS } from '../../../shared/domain/worklist/settings';
import type { WorklistSettings } from '../../../shared/domain/worklist/settings';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { writeSetting } from '../../../db/repositories/system/settings-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { readStoredSetting } from './stored-setting';

export const WORKLIST_SETTINGS_KEY = 'worklist';

/** The settings in force: the stored ones, or the defaults when none (or none valid) are stored. */
export function readWorklistSettings(db: DeskDatabase): WorklistSettings {
  return readStoredSetting(db, WORKLIST_SETTINGS_KEY, WorklistSettingsSchema) ?? DEFAULT_WORKLIST_SETTINGS;
}

export function setWorklistSettings(db: DeskDatabase, ctx: CallerContext, input: WorklistSettings): WorklistSettings {
  return inTransaction(db, () => {
    const before = readWorklistSettings(db);
    writeSetting(db, WORKLIST_SETTINGS_KEY, JSON.stringify(input));
    recordAudit(db, { username: ctx.username, action: 'update', entity: 'settings', entityKey: WORKLIST_SETTINGS_KEY, before, after: input });
    return readWorklistSettings(db);
  });
}
