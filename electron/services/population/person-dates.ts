/** Each person's derived dates (persons.working_age_from / retirement_on) from the pure rules of DOMAIN §3. */
import { retirementDate } from '../../../shared/domain/population/retirement';
import type { PopulationSettings } from '../../../shared/domain/population/settings';
import { workingAgeStart } from '../../../shared/domain/population/working-age';
import { listDateSubjects, writePersonDates } from '../../../db/repositories/registry/person-dates-repo';
import type { DateSubject } from '../../../db/repositories/registry/person-dates-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';

export interface PersonDates {
  workingAgeFrom: string;
  retirementOn: string;
}

export function personDates(subject: Pick<DateSubject, 'gender' | 'birthDate' | 'retirementBase'>, settings: PopulationSettings): PersonDates {
  const retirementBase = subject.retirementBase === 50 || subject.retirementBase === 55 ? subject.retirementBase : null;
  return {
    workingAgeFrom: workingAgeStart(subject.birthDate),
    retirementOn: retirementDate({ gender: subject.gender, birthDate: subject.birthDate, retirementBase }, settings),
  };
}

/** `personDates` remembered per birth date, gender and base (they repeat across a street): for one write or recompute. */
export function personDatesMemo(settings: PopulationSettings): (subject: Pick<DateSubject, 'gender' | 'birthDate' | 'retirementBase'>) => PersonDates {
  const memo = new Map<string, PersonDates>();
  return (subject) => {
    const key = `${subject.birthDate}|${subject.gender}|${subject.retirementBase ?? ''}`;
    let dates = memo.get(key);
    if (dates === undefined) {
      dates = personDates(subject, settings);
      memo.set(key, dates);
    }
    return dates;
  };
}

/**
 * Fills working_age_from / retirement_on for `personIds` (everyone when omitted), writing only rows that change.
 * Returns how many rows were written. Birth dates repeat across a street, so results are memoised per call.
 */
export function recomputePersonDates(db: DeskDatabase, settings: PopulationSettings, personIds?: readonly number[]): number {
  return recomputeChangedPersonDates(db, settings, personIds).length;
}

/** As recomputePersonDates; returns the ids of the persons whose dates changed (and were written). */
export function recomputeChangedPersonDates(db: DeskDatabase, settings: PopulationSettings, personIds?: readonly number[]): number[] {
  return inTransaction(db, () => {
    const datesOf = personDatesMemo(settings);
    const changed: ({ id: number } & PersonDates)[] = [];
    for (const subject of listDateSubjects(db, personIds ?? null)) {
      const dates = datesOf(subject);
      if (dates.workingAgeFrom !== subject.workingAgeFrom || dates.retirementOn !== subject.retirementOn) changed.push({ id: subject.id, ...dates });
    }
    writePersonDates(db, changed);
    return changed.map((row) => row.id);
  });
}
