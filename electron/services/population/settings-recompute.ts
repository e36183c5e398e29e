/**
 * A population settings change recomputes only what the changed rule touches, and writes only what changes:
 * - the retirement rule or the default base for women: every person's retirement date, set-based (the retirement
 *   age computed once per gender, base and birth month; only changed rows written); then the episodes of the
 *   households such a change can touch (below), rewritten only where they differ from those stored;
 * - 农村户不计零就业家庭: the episodes of the households that are not urban on some date (the rule reads nothing else);
 * - the 4050 ages: nothing kept is derived from them (the 4050 marks are computed when read), so nothing.
 *
 * Which households a moved retirement date can touch. A household's episodes read its members' dates only through
 * "within working age on D" (family-conditions.ts, episode-end-reason.ts). Moving a person P's retirement date from
 * R1 to R2 changes that only on the days from min(R1, R2) to the day before max(R1, R2); call that span, from the day
 * before it (the last day both rules agree P is of working age) and cut to the days P is a member and not archived,
 * P's window. The episodes cannot change when either
 * 1. P is in labour resources with a wish on no day of the window: P's LFW is then the same under both rules on
 *    every day, and the one other read of working age (the end reason 'retired', for a member in LFW the day before
 *    an episode ends) needs P in LFW on a day of the window; or
 * 2. no member (P included) is in LFW and unemployed on any day of the window or the day before it: then neither
 *    condition holds on those days under either rule, so no episode is present there, none ends in the window (it
 *    would have to hold the day before) and everything outside the window reads the same inputs; or
 * 3. neither condition can hold on any day of the window or the day before it, under either rule: zero-employment
 *    because the household has business income (or is rural, rural households excluded under both settings) on all
 *    of them, or some member E is a member, employed, with a wish and not archived on all of them, of working age
 *    from the first, and under each rule of working age on every one of them on which any other member who could be
 *    in LFW and unemployed there is (E's retirement date under that rule is past the window, or not before theirs):
 *    on a day where the condition held, some LFW member would be unemployed, so of working age, so E would be in LFW
 *    and employed; double-unemployed because P is not the head or the spouse in that period (the condition and its
 *    end reasons do not read P), or the head or the spouse is a member and employed on all of them, or no other
 *    member who is the head or a spouse there could be in LFW and unemployed on any of them (the condition needs
 *    both, and all of them). Then, as in 2, no zero-employment episode is present there, and the double-unemployed
 *    ones are not either or do not read P.
 * Each condition holds whatever the other moved persons' dates are (it reads their working age under either rule),
 * so moving them one by one changes nothing at each step.
 * Evaluating the conditions on other days than before (R2 instead of R1) changes nothing by itself: between two
 * change dates every input is constant. recompute-scope-repo.ts selects the households where none holds, with
 * looser checks (any recorded 有 wish, no single spell covering the window), so it may select more, never fewer.
 * The result equals a full recompute (tests/unit/population-service/settings-recompute.test.ts, and
 * settings-recompute-edges.test.ts on households with every date at a retirement date's edge; the bench checks it on
 * the large demo).
 */
import type { PopulationSettings } from '../../../shared/domain/population/settings';
import { householdsTouchedByRetirementChange } from '../../../db/repositories/population/recompute-scope-repo';
import { householdsEverNotUrban } from '../../../db/repositories/registry/household-flags-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { refreshFamilies } from './families';
import { recomputeRetirementDates } from './person-dates';

export interface SettingsRecompute {
  /** Persons whose stored dates changed. */
  persons: number;
  /** Households whose episodes were recomputed. */
  households: number;
  /** Of those, households whose episodes changed (and were rewritten). */
  rewritten: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Recomputes, inside the caller's transaction, what changing `before` to `after` touches. */
export function recomputeForSettingsChange(db: DeskDatabase, before: PopulationSettings, after: PopulationSettings): SettingsRecompute {
  const datesChange = !same(before.retirementRule, after.retirementRule) || before.defaultWomenRetirementBase !== after.defaultWomenRetirementBase;
  const ruralChange = before.ruralExcludedFromZeroEmployment !== after.ruralExcludedFromZeroEmployment;
  const persons = datesChange ? recomputeRetirementDates(db, after, before) : 0;
  const households = new Set<number>();
  if (datesChange) for (const id of householdsTouchedByRetirementChange(db, before.ruralExcludedFromZeroEmployment && after.ruralExcludedFromZeroEmployment)) households.add(id);
  if (ruralChange) for (const id of householdsEverNotUrban(db)) households.add(id);
  const ids = [...households].sort((a, b) => a - b);
  return { persons, households: ids.length, rewritten: refreshFamilies(db, after, ids) };
}
