/** The population methods (shared/contract/population.ts): badges, household view, street snapshot (settings: settings-handlers.ts). */
import type { DeskDatabase } from '../../../db/open-database';
import type { Handler } from '../handlers';
import { householdPopulation, personBadges, streetSnapshot } from './queries';

export interface PopulationHandlers {
  'population.person': Handler<'population.person'>;
  'population.household': Handler<'population.household'>;
  'population.snapshot': Handler<'population.snapshot'>;
}

export function populationHandlers(db: DeskDatabase): PopulationHandlers {
  return {
    'population.person': (_ctx, input) => personBadges(db, input.personId, input.asOf),
    'population.household': (_ctx, input) => householdPopulation(db, input.householdId, input.asOf),
    'population.snapshot': (_ctx, input) => streetSnapshot(db, input.asOf, input.communityId ?? null),
  };
}
