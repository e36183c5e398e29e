import { describe, expect, it } from 'vitest';
import { DEFAULT_POPULATION_SETTINGS, FIXED_RETIREMENT_AGES } from '../../../shared/domain/population/settings';
import type { Gender, RetirementBase } from '../../../shared/domain/population/types';
import { ageOn, isWorkingAgeOn, workingAgeStart } from '../../../shared/domain/population/working-age';

const REFORM = DEFAULT_POPULATION_SETTINGS;
const FIXED = { ...DEFAULT_POPULATION_SETTINGS, retirementRule: FIXED_RETIREMENT_AGES };

function subject(gender: Gender, birthDate: string, retirementBase: RetirementBase | null = null) {
  return { gender, birthDate, retirementBase };
}

describe('working age starts on the 16th birthday', () => {
  it.each([
    ['2010-06-15', '2026-06-14', false],
    ['2010-06-15', '2026-06-15', true],
    ['2008-02-29', '2024-02-28', false],
    ['2008-02-29', '2024-02-29', true],
    ['2008-02-29', '2024-03-01', true],
  ])('born %s, on %s: %s', (birth, on, expected) => {
    expect(isWorkingAgeOn(subject('M', birth), on, REFORM)).toBe(expected);
  });

  it('the start date is the 16th birthday', () => {
    expect(workingAgeStart('2010-06-15')).toBe('2026-06-15');
    expect(workingAgeStart('2008-02-29')).toBe('2024-02-29');
  });
});

describe('working age ends the day before the retirement date', () => {
  it.each([
    // label, gender, base, birth, on, reform, fixed
    ['man 60y1m: day before', 'M', null, '1965-03-15', '2025-04-14', true, false],
    ['man 60y1m: the date', 'M', null, '1965-03-15', '2025-04-15', false, false],
    ['man fixed 60: day before', 'M', null, '1965-03-15', '2025-03-14', true, true],
    ['man fixed 60: the date', 'M', null, '1965-03-15', '2025-03-15', true, false],
    ['man born 1964-12: day before', 'M', null, '1964-12-20', '2024-12-19', true, true],
    ['man born 1964-12: the date', 'M', null, '1964-12-20', '2024-12-20', false, false],
    ['woman 55-base 29 Feb: day before', 'F', 55, '1968-02-29', '2023-02-27', true, true],
    ['woman 55-base 29 Feb: the date', 'F', 55, '1968-02-29', '2023-02-28', false, false],
    ['woman 50-base 50y2m: day before', 'F', 50, '1975-03-05', '2025-05-04', true, false],
    ['woman 50-base 50y2m: the date', 'F', 50, '1975-03-05', '2025-05-05', false, false],
    ['woman 50-base fixed: day before', 'F', 50, '1975-03-05', '2025-03-04', true, true],
  ] as const)('%s (%s base %s born %s on %s)', (_label, gender, base, birth, on, reform, fixed) => {
    expect(isWorkingAgeOn(subject(gender, birth, base), on, REFORM)).toBe(reform);
    expect(isWorkingAgeOn(subject(gender, birth, base), on, FIXED)).toBe(fixed);
  });
});

describe('ageOn', () => {
  it.each([
    ['2008-02-29', '2025-02-27', 16],
    ['2008-02-29', '2025-02-28', 17],
    ['1975-06-16', '2025-06-15', 49],
    ['1975-06-16', '2025-06-16', 50],
  ])('born %s, on %s: %i', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });
});
