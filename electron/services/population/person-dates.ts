/** Each person's derived dates (persons.working_age_from / retirement_on) from the pure rules of DOMAIN §3. */
import { addMonthsClamped } from '../../../shared/domain/dates';
import { retirementAgeMonthsOf, retirementDate } from '../../../shared/domain/population/retirement';
import type { PopulationSettings } from '../../../shared/domain/population/settings';
import { workingAgeStart } from '../../../shared/domain/population/working-age';
import { applyDatesByKey, applyRetirementMonths, birthMonthRange, listDateKeys, listDateSubjects, writePersonDates } from '../../../db/repositories/registry/person-dates-repo';
import type { DateSubject, RetirementMonths } from '../../../db/repositories/registry/person-dates-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';

export interface PersonDates {
  workingAgeFrom: string;
  retirementOn: string;
}

type Subject = Pick<DateSubject, 'gender' | 'birthDate' | 'retirementBase'>;

function retirementOf(subject: Subject, settings: PopulationSettings): string {
  const retirementBase = subject.retirementBase === 50 || subject.retirementBase === 55 ? subject.retirementBase : null;
  return retirementDate({ gender: subject.gender, birthDate: subject.birthDate, retirementBase }, settings);
}

export function personDates(subject: Subject, settings: PopulationSettings): PersonDates {
  return { workingAgeFrom: workingAgeStart(subject.birthDate), retirementOn: retirementOf(subject, settings) };
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
  return personIds === undefined ? recomputeEveryonesDates(db, settings) : recomputeChangedPersonDates(db, settings, personIds).length;
}

/**
 * Every person's dates, set-based: the dates are computed once per distinct (gender, birth date, recorded base) and
 * written by one UPDATE joining them, to the rows whose value changes only; returns how many rows were written.
 */
export function recomputeEveryonesDates(db: DeskDatabase, settings: PopulationSettings): number {
  return inTransaction(db, () => applyDatesByKey(db, listDateKeys(db).map((key) => ({ ...key, ...personDates(key, settings) }))));
}

/**
 * After the settings changed from `before` to `settings`: every person's retirement date (the start of working age
 * does not depend on the settings), set-based: the retirement age is computed once per gender, recorded base and
 * birth month (retirementAgeMonthsOf reads nothing else), under both settings, and the dates are added in one pass
 * over the persons (person-dates-repo applyRetirementMonths), which also marks whose retirement date the change
 * moves, and how (temp.retirement_windows: made, empty, on a street without persons too). Returns how many rows
 * were written.
 */
export function recomputeRetirementDates(db: DeskDatabase, settings: PopulationSettings, before: PopulationSettings): number {
  return inTransaction(db, () => {
    const range = birthMonthRange(db) ?? { first: '9999-12', last: '' };
    const months: RetirementMonths[] = [];
    for (let first = `${range.first}-01`; first.slice(0, 7) <= range.last; first = addMonthsClamped(first, 1)) {
      for (const gender of ['M', 'F'] as const) {
        for (const base of [null, 50, 55] as const) {
          const subject = { gender, birthDate: first, retirementBase: base };
          months.push({ gender, base, month: first.slice(0, 7), now: retirementAgeMonthsOf(subject, settings), before: retirementAgeMonthsOf(subject, before) });
        }
      }
    }
    return applyRetirementMonths(db, months);
  });
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
