/**
 * Working age under DOMAIN §3's default rule: from the 16th birthday (inclusive) to the day before the statutory
 * retirement date; men 60, women 55 (50-base women 50), each raised by the 2025 gradual reform.
 */
import { addMonths, addYears, ymdOf } from './day-dates';

interface ReformRule {
  baseAge: number;
  startYear: number;
  step: number;
  cap: number;
}

const MEN: ReformRule = { baseAge: 60, startYear: 1965, step: 4, cap: 36 };
const WOMEN_55: ReformRule = { baseAge: 55, startYear: 1970, step: 4, cap: 36 };
const WOMEN_50: ReformRule = { baseAge: 50, startYear: 1975, step: 2, cap: 60 };

function ruleFor(gender: 'M' | 'F', base: 50 | 55 | null): ReformRule {
  if (gender === 'M') return MEN;
  return base === 50 ? WOMEN_50 : WOMEN_55;
}

/** Months added to the base retirement age for someone born in the given month. */
export function retirementExtensionMonths(gender: 'M' | 'F', base: 50 | 55 | null, birthDay: number): number {
  const rule = ruleFor(gender, base);
  const { y, m } = ymdOf(birthDay);
  const months = (y - rule.startYear) * 12 + (m - 1);
  return months < 0 ? 0 : Math.min(rule.cap, Math.floor(months / rule.step) + 1);
}

/** The statutory retirement date (the first day no longer of working age). A null base means the default, 55. */
export function retirementDay(gender: 'M' | 'F', base: 50 | 55 | null, birthDay: number): number {
  const rule = ruleFor(gender, base);
  return addMonths(birthDay, rule.baseAge * 12 + retirementExtensionMonths(gender, base, birthDay));
}

export function sixteenthBirthday(birthDay: number): number {
  return addYears(birthDay, 16);
}

/** Working age on `day`: 16th birthday ≤ day < retirement date. */
export function isWorkingAge(gender: 'M' | 'F', base: 50 | 55 | null, birthDay: number, day: number): boolean {
  return sixteenthBirthday(birthDay) <= day && day < retirementDay(gender, base, birthDay);
}
