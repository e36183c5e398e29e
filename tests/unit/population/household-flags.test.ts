import { describe, expect, it } from 'vitest';
import { householdFlagOn, householdFlagsOn } from '../../../shared/domain/population/household-flags';
import type { HouseholdFlagEntry, HouseholdFlagName } from '../../../shared/domain/population/types';
import { flag } from './builders';

describe('householdFlagOn', () => {
  it.each<[string, HouseholdFlagEntry[], HouseholdFlagName, string, boolean]>([
    ['default dibao is false', [], 'dibao', '2025-06-15', false],
    ['default urban is true', [], 'urban', '2025-06-15', true],
    ['default business income is false', [], 'business_income', '2025-06-15', false],
    ['an undated row holds for every date', [flag('urban', false)], 'urban', '1990-01-01', false],
    ['a dated row holds from its date', [flag('dibao', true, '2025-06-15')], 'dibao', '2025-06-15', true],
    ['a dated row does not hold the day before', [flag('dibao', true, '2025-06-15')], 'dibao', '2025-06-14', false],
    ['before a dated row, the undated one', [flag('urban', false), flag('urban', true, '2025-01-01')], 'urban', '2024-12-31', false],
    ['from a dated row, it overrides the undated one', [flag('urban', false), flag('urban', true, '2025-01-01')], 'urban', '2025-01-01', true],
    [
      'the greatest date on or before D wins, in any order',
      [
        flag('business_income', false, '2025-03-01'),
        flag('business_income', true, '2024-01-01'),
        flag('business_income', true, '2025-07-01'),
      ],
      'business_income',
      '2025-06-15',
      false,
    ],
    ['other flags do not interfere', [flag('dibao', true), flag('urban', false)], 'business_income', '2025-06-15', false],
  ])('%s', (_label, flags, name, on, expected) => {
    expect(householdFlagOn(flags, name, on)).toBe(expected);
  });

  it('householdFlagsOn reads all three', () => {
    expect(householdFlagsOn([flag('dibao', true, '2025-01-01'), flag('business_income', true)], '2025-06-15')).toEqual({
      dibao: true,
      urban: true,
      businessIncome: true,
    });
  });
});
