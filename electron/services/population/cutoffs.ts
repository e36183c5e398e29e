/**
 * The date thresholds the SQL snapshot compares with, found from the pure rules themselves (so the clamping of
 * 29 February stays in one place): "aged ≥ A on D" is "born on or before X", "long-term on D" is "open registration
 * from Y or earlier". Both rules are monotone in the date, so the threshold is the latest date that satisfies them.
 */
import { addDays, addYears } from '../../../shared/domain/dates';
import { isLongTermRegisteredOn } from '../../../shared/domain/population/history-facts';
import type { IsoDate } from '../../../shared/domain/population/types';
import { ageOn } from '../../../shared/domain/population/working-age';

/** The latest date satisfying a rule that holds up to some date and not after it, searched from a close guess. */
function latestSatisfying(holds: (date: IsoDate) => boolean, guess: IsoDate): IsoDate {
  let date = guess;
  for (let step = 0; step < 10; step += 1) {
    if (!holds(date)) date = addDays(date, -1);
    else if (holds(addDays(date, 1))) date = addDays(date, 1);
    else return date;
  }
  throw new Error(`找不到满足条件的日期（从 ${guess} 起）`);
}

/** Persons born on or before this date are at least `age` years old on `asOf`. */
export function bornByForAge(asOf: IsoDate, age: number): IsoDate {
  return latestSatisfying((birth) => ageOn(birth, asOf) >= age, addYears(asOf, -age));
}

/** An open registration that began on or before this date is long-term on `asOf`. */
export function longTermRegisteredBy(asOf: IsoDate): IsoDate {
  return latestSatisfying((on) => isLongTermRegisteredOn([{ registeredOn: on, cancelledOn: null }], asOf), addYears(asOf, -1));
}
