import { describe, expect, it } from 'vitest';
import {
  REFORM_2025_SCHEDULES,
  reformExtensionMonths,
  retirementAgeMonths,
  retirementAgeMonthsOf,
  retirementCategory,
  retirementDate,
} from '../../../shared/domain/population/retirement';
import {
  DEFAULT_POPULATION_SETTINGS,
  FIXED_RETIREMENT_AGES,
  type PopulationSettings,
} from '../../../shared/domain/population/settings';
import { addMonthsClamped } from '../../../shared/domain/dates';
import type { Gender, RetirementBase } from '../../../shared/domain/population/types';

const REFORM = DEFAULT_POPULATION_SETTINGS;
const FIXED: PopulationSettings = { ...DEFAULT_POPULATION_SETTINGS, retirementRule: FIXED_RETIREMENT_AGES };

function subject(gender: Gender, birthDate: string, retirementBase: RetirementBase | null = null) {
  return { gender, birthDate, retirementBase };
}

describe('the default rule is the 2025 reform', () => {
  it('is selected by default', () => {
    expect(DEFAULT_POPULATION_SETTINGS.retirementRule).toEqual({ kind: 'reform2025' });
  });
});

describe('retirement age under the 2025 reform (years, months)', () => {
  it.each([
    // gender, base, birth, years, months
    ['M', null, '1964-12-20', 60, 0],
    ['M', null, '1965-01-01', 60, 1],
    ['M', null, '1965-03-15', 60, 1],
    ['M', null, '1965-04-30', 60, 1],
    ['M', null, '1965-05-10', 60, 2],
    ['M', null, '1976-08-01', 62, 11],
    ['M', null, '1976-12-01', 63, 0],
    ['M', null, '1980-01-01', 63, 0],
    ['F', 55, '1969-12-31', 55, 0],
    ['F', 55, '1970-01-10', 55, 1],
    ['F', null, '1970-01-10', 55, 1],
    ['F', 55, '1981-01-01', 57, 10],
    ['F', 55, '1982-01-01', 58, 0],
    ['F', 50, '1974-12-31', 50, 0],
    ['F', 50, '1975-01-05', 50, 1],
    ['F', 50, '1975-03-05', 50, 2],
    ['F', 50, '1984-10-01', 54, 11],
    ['F', 50, '1984-12-01', 55, 0],
    ['F', 50, '1990-06-01', 55, 0],
  ] as const)('%s base %s born %s: %i y %i m', (gender, base, birth, years, months) => {
    const s = subject(gender, birth, base);
    expect(retirementAgeMonths(birth, retirementCategory(s, REFORM), REFORM.retirementRule)).toBe(years * 12 + months);
  });
});

describe('retirement date (birth date + retirement age, clamped)', () => {
  it.each([
    // gender, base, birth, reform date, fixed date
    ['M', null, '1964-12-20', '2024-12-20', '2024-12-20'],
    ['M', null, '1965-03-15', '2025-04-15', '2025-03-15'],
    ['M', null, '1965-03-31', '2025-04-30', '2025-03-31'],
    ['M', null, '1965-05-10', '2025-07-10', '2025-05-10'],
    ['M', null, '1980-01-01', '2043-01-01', '2040-01-01'],
    ['F', 55, '1970-01-10', '2025-02-10', '2025-01-10'],
    ['F', 55, '1968-02-29', '2023-02-28', '2023-02-28'],
    ['F', 50, '1975-01-05', '2025-02-05', '2025-01-05'],
    ['F', 50, '1975-03-05', '2025-05-05', '2025-03-05'],
    ['F', 50, '1985-01-20', '2040-01-20', '2035-01-20'],
  ] as const)('%s base %s born %s: %s (reform), %s (fixed)', (gender, base, birth, reform, fixed) => {
    expect(retirementDate(subject(gender, birth, base), REFORM)).toBe(reform);
    expect(retirementDate(subject(gender, birth, base), FIXED)).toBe(fixed);
  });

  it('a man ignores a recorded retirement base', () => {
    expect(retirementDate(subject('M', '1975-03-05', 50), REFORM)).toBe(retirementDate(subject('M', '1975-03-05'), REFORM));
  });

  it('a woman without a recorded base takes the settings default', () => {
    const fifty: PopulationSettings = { ...REFORM, defaultWomenRetirementBase: 50 };
    expect(retirementCategory(subject('F', '1975-03-05'), REFORM)).toBe('women55');
    expect(retirementCategory(subject('F', '1975-03-05'), fifty)).toBe('women50');
    expect(retirementDate(subject('F', '1975-03-05'), fifty)).toBe('2025-05-05');
    expect(retirementCategory(subject('F', '1975-03-05', 55), fifty)).toBe('women55');
  });

  it('fixed ages are settings, not constants', () => {
    const custom: PopulationSettings = { ...REFORM, retirementRule: { kind: 'fixed', men: 65, women55: 60, women50: 55 } };
    expect(retirementDate(subject('M', '1970-07-01'), custom)).toBe('2035-07-01');
    expect(retirementDate(subject('F', '1970-07-01', 55), custom)).toBe('2030-07-01');
    expect(retirementDate(subject('F', '1970-07-01', 50), custom)).toBe('2025-07-01');
  });
});

describe('reformExtensionMonths', () => {
  it.each([
    ['1964-12-31', 0],
    ['1965-01-01', 1],
    ['1965-04-01', 1],
    ['1965-05-01', 2],
    ['2000-01-01', 36],
  ])('men born %s: %i months', (birth, months) => {
    expect(reformExtensionMonths(birth, REFORM_2025_SCHEDULES.men)).toBe(months);
  });
});

describe('retirementAgeMonthsOf reads the birth month only (a settings change computes it per birth month)', () => {
  const days = (month: string) => Array.from({ length: new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate() }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
  const months = Array.from({ length: 12 * 70 }, (_, i) => `${1940 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  const rules: PopulationSettings[] = [REFORM, FIXED, { ...REFORM, defaultWomenRetirementBase: 50 }];
  it.each(rules.map((settings, i) => [i, settings] as const))('every day of a month gives its first day’s age, and the date is the birth date plus it (rule %i)', (_i, settings) => {
    const differing: string[] = [];
    for (const month of months) {
      for (const s of [subject('M', `${month}-01`), subject('F', `${month}-01`), subject('F', `${month}-01`, 50), subject('F', `${month}-01`, 55)]) {
        const age = retirementAgeMonthsOf(s, settings);
        for (const day of days(month)) {
          const person = { ...s, birthDate: day };
          if (retirementAgeMonthsOf(person, settings) !== age || retirementDate(person, settings) !== addMonthsClamped(day, age)) differing.push(`${s.gender}${s.retirementBase ?? ''} ${day}`);
        }
      }
    }
    expect(differing).toEqual([]);
  });
});
