/** The population methods (shared/contract/population.ts): settings, badges, household view, street snapshot. */
import type { DeskDatabase } from '../../../db/open-database';
import type { Handler } from '../handlers';
import { readPopulationSettings } from './population-settings';
import { householdPopulation, personBadges, streetSnapshot } from './queries';
import { setPopulationSettings } from './settings-service';

export interface PopulationHandlers {
  'settings.population.get': Handler<'settings.population.get'>;
  'settings.population.set': Handler<'settings.population.set'>;
  'population.person': Handler<'population.person'>;
  'population.household': Handler<'population.household'>;
  'population.snapshot': Handler<'population.snapshot'>;
}

export function populationHandlers(db: DeskDatabase): PopulationHandlers {
  return {
    'settings.population.get': () => readPopulationSettings(db),
    'settings.population.set': (ctx, input) => setPopulationSettings(db, ctx, input),
    'population.person': (_ctx, input) => personBadges(db, input.personId, input.asOf),
    'population.household': (_ctx, input) => householdPopulation(db, input.householdId, input.asOf),
    'population.snapshot': (_ctx, input) => streetSnapshot(db, input.asOf, input.communityId ?? null),
  };
}
