/** Reading the population settings (DOMAIN §3 choices), stored as JSON in `settings` under one key. */
import { PopulationSettings as PopulationSettingsSchema } from '../../../shared/contract/population';
import { DEFAULT_POPULATION_SETTINGS } from '../../../shared/domain/population/settings';
import type { PopulationSettings } from '../../../shared/domain/population/settings';
import type { DeskDatabase } from '../../../db/open-database';
import { readStoredSetting } from './stored-setting';

export const POPULATION_SETTINGS_KEY = 'population';

/** The settings in force: the stored ones, or the defaults when none (or none valid) are stored. */
export function readPopulationSettings(db: DeskDatabase): PopulationSettings {
  return readStoredSetting(db, POPULATION_SETTINGS_KEY, PopulationSettingsSchema) ?? DEFAULT_POPULATION_SETTINGS;
}
