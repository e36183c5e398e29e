/** Reading the population settings (DOMAIN §3 choices), stored as JSON in `settings` under one key. */
import { PopulationSettings as PopulationSettingsSchema } from '../../../shared/contract/population';
import { DEFAULT_POPULATION_SETTINGS } from '../../../shared/domain/population/settings';
import type { PopulationSettings } from '../../../shared/domain/population/settings';
import { readSetting } from '../../../db/repositories/system/settings-repo';
import type { DeskDatabase } from '../../../db/open-database';

export const POPULATION_SETTINGS_KEY = 'population';

function parseStored(text: string): PopulationSettings | null {
  try {
    const parsed = PopulationSettingsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The settings in force: the stored ones, or the defaults when none (or none valid) are stored. */
export function readPopulationSettings(db: DeskDatabase): PopulationSettings {
  const text = readSetting(db, POPULATION_SETTINGS_KEY);
  return (text === null ? null : parseStored(text)) ?? DEFAULT_POPULATION_SETTINGS;
}
