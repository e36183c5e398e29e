/** Changing the population settings: saved (audited) and everything derived from them recomputed, all or nothing. */
import type { PopulationSettings } from '../../../shared/domain/population/settings';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { writeSetting } from '../../../db/repositories/system/settings-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { POPULATION_SETTINGS_KEY, readPopulationSettings } from '../settings/population-settings';
import { recomputeForSettingsChange } from './settings-recompute';

export function setPopulationSettings(db: DeskDatabase, ctx: CallerContext, input: PopulationSettings): PopulationSettings {
  return inTransaction(db, () => {
    const before = readPopulationSettings(db);
    writeSetting(db, POPULATION_SETTINGS_KEY, JSON.stringify(input));
    recordAudit(db, { username: ctx.username, action: 'update', entity: 'settings', entityKey: POPULATION_SETTINGS_KEY, before, after: input });
    recomputeForSettingsChange(db, before, input);
    return readPopulationSettings(db);
  });
}
