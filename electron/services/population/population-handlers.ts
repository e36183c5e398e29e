/** The population methods (shared/contract/population.ts): badges, household view, street snapshot (settings: settings-handlers.ts). */
import type { DeskDatabase } from '../../../db/open-database';
import type { HandlersOf } from '../handlers';
import { householdPopulation, personBadges, streetSnapshot } from './queries';

export type PopulationHandlers = Omit<HandlersOf<'population'>, 'population.settings' | 'population.setSettings'>;

export function populationHandlers(db: DeskDatabase): PopulationHandlers {
  return {
    'population.person': (_ctx, input) => personBadges(db, input.personId, input.asOf),
    'population.household': (_ctx, input) => householdPopulation(db, input.householdId, input.asOf),
    'population.snapshot': (_ctx, input) => streetSnapshot(db, input.asOf, input.communityId ?? null),
  };
}
