/**
 * Statutory retirement date (DOMAIN.md §3). Under the 2025 gradual reform, with m = months from the category's
 * start month to the birth month, the extension is min(cap, floor(m / step) + 1) months for m ≥ 0, else none.
 * The retirement date is the birth date plus the retirement age, clamped to the end of the month.
 */
import { addMonthsClamped, monthsBetweenMonths } from '../dates';
import type { PopulationSettings, RetirementRule } from './settings';
import type { IsoDate, PopulationPerson } from './types';

export type RetirementCategory = 'men' | 'women55' | 'women50';

export interface ReformSchedule {
  baseAge: number;
  /** First birth month affected, `YYYY-MM-01`. */
  startMonth: IsoDate;
  step: number;
  cap: number;
}

/** 全国人大常委会 2024 决定: the gradual reform in force from 2025-01-01. */
export const REFORM_2025_SCHEDULES: Readonly<Record<RetirementCategory, ReformSchedule>> = {
  men: { baseAge: 60, startMonth: '1965-01-01', step: 4, cap: 36 },
  women55: { baseAge: 55, startMonth: '1970-01-01', step: 4, cap: 36 },
  women50: { baseAge: 50, startMonth: '1975-01-01', step: 2, cap: 60 },
};

export type RetirementSubject = Pick<PopulationPerson, 'gender' | 'birthDate' | 'retirementBase'>;

export function retirementCategory(person: RetirementSubject, settings: PopulationSettings): RetirementCategory {
  if (person.gender === 'M') return 'men';
  return (person.retirementBase ?? settings.defaultWomenRetirementBase) === 50 ? 'women50' : 'women55';
}

/** The reform's extension in months for a birth date in a category's schedule. */
export function reformExtensionMonths(birthDate: IsoDate, schedule: ReformSchedule): number {
  const m = monthsBetweenMonths(schedule.startMonth, birthDate);
  if (m < 0) return 0;
  return Math.min(schedule.cap, Math.floor(m / schedule.step) + 1);
}

/** The statutory retirement age in whole months (60 years 1 month = 721). */
export function retirementAgeMonths(birthDate: IsoDate, category: RetirementCategory, rule: RetirementRule): number {
  if (rule.kind === 'fixed') return rule[category] * 12;
  const schedule = REFORM_2025_SCHEDULES[category];
  return schedule.baseAge * 12 + reformExtensionMonths(birthDate, schedule);
}

/**
 * The person's retirement age in whole months under the settings: the retirement date is the birth date plus it,
 * clamped to the end of the month. It reads the gender, the base and the birth month only (never the day of birth),
 * so persons born in the same month share it: a settings change computes it once per gender, base and birth month.
 */
export function retirementAgeMonthsOf(person: RetirementSubject, settings: PopulationSettings): number {
  return retirementAgeMonths(person.birthDate, retirementCategory(person, settings), settings.retirementRule);
}

/** The first day the person is past working age. */
export function retirementDate(person: RetirementSubject, settings: PopulationSettings): IsoDate {
  return addMonthsClamped(person.birthDate, retirementAgeMonthsOf(person, settings));
}
