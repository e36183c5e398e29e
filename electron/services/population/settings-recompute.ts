/**
 * A population settings change recomputes only what the changed rule touches:
 * - the retirement rule or the default base for women: every person's dates are recomputed (only changed rows are
 *   written), then the episodes of the households those persons ever belonged to — no other household's episodes
 *   can change, since a household's episodes read its members' dates and its own facts only;
 * - 农村户不计零就业家庭: every household's episodes (the rule is read for each household);
 * - the 4050 ages: nothing kept is derived from them (the 4050 marks are computed when read), so nothing.
 * The result equals a full recompute (tests/unit/population-service/settings-recompute.test.ts; the bench checks
 * it on the large demo).
 */
import type { PopulationSettings } from '../../../shared/domain/population/settings';
import { householdsEverOf } from '../../../db/repositories/registry/memberships-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { recomputeAllFamilies, recomputeFamilies } from './families';
import { recomputeChangedPersonDates } from './person-dates';

/** More persons with changed dates than this: every household's episodes are recomputed in one pass instead. */
const ALL_FAMILIES_FROM = 20_000;

export interface SettingsRecompute {
  /** Persons whose dates changed. */
  persons: number;
  /** Households whose episodes were recomputed: a number, or 'all'. */
  households: number | 'all';
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Recomputes, inside the caller's transaction, what changing `before` to `after` touches. */
export function recomputeForSettingsChange(db: DeskDatabase, before: PopulationSettings, after: PopulationSettings): SettingsRecompute {
  const datesChange = !same(before.retirementRule, after.retirementRule) || before.defaultWomenRetirementBase !== after.defaultWomenRetirementBase;
  const everyFamily = before.ruralExcludedFromZeroEmployment !== after.ruralExcludedFromZeroEmployment;
  const changed = datesChange ? recomputeChangedPersonDates(db, after) : [];
  if (everyFamily || changed.length >= ALL_FAMILIES_FROM) {
    recomputeAllFamilies(db, after);
    return { persons: changed.length, households: 'all' };
  }
  const households = householdsEverOf(db, changed);
  recomputeFamilies(db, after, households);
  return { persons: changed.length, households: households.length };
}
