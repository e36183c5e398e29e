/** The worklist's settings (shared/domain/worklist/settings.ts), stored as JSON in `settings` under one key. */
import { WorklistSettings as WorklistSettingsSchema } from '../../../shared/contract/worklist';
import { DEFAULT_WORKLIST_SETTINGS } from '../../../shared/domain/worklist/settings';
import type { WorklistSettings } from '../../../shared/domain/worklist/settings';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { readStoredSetting, saveStoredSetting } from './stored-setting';

export const WORKLIST_SETTINGS_KEY = 'worklist';

/** The settings in force: the stored ones, or the defaults when none (or none valid) are stored. */
export function readWorklistSettings(db: DeskDatabase): WorklistSettings {
  return readStoredSetting(db, WORKLIST_SETTINGS_KEY, WorklistSettingsSchema) ?? DEFAULT_WORKLIST_SETTINGS;
}

export function setWorklistSettings(db: DeskDatabase, ctx: CallerContext, input: WorklistSettings): WorklistSettings {
  return saveStoredSetting(db, ctx, WORKLIST_SETTINGS_KEY, input, readWorklistSettings);
}
