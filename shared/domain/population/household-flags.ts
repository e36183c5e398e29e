/** Household flags on a date (DOMAIN.md §2–§3): 低保, urban hukou, business or investment income. */
import { entryInForceOn } from './dated-values';
import type { HouseholdFlagEntry, HouseholdFlagName, IsoDate } from './types';

/** The value of a flag never recorded. */
export const HOUSEHOLD_FLAG_DEFAULTS: Readonly<Record<HouseholdFlagName, boolean>> = {
  dibao: false,
  urban: true,
  business_income: false,
};

export function householdFlagOn(flags: readonly HouseholdFlagEntry[], flag: HouseholdFlagName, date: IsoDate): boolean {
  const entry = entryInForceOn(
    flags.filter((f) => f.flag === flag),
    (f) => f.effectiveFrom,
    date,
  );
  return entry === null ? HOUSEHOLD_FLAG_DEFAULTS[flag] : entry.value;
}

export interface HouseholdFlagsOn {
  dibao: boolean;
  urban: boolean;
  businessIncome: boolean;
}

export function householdFlagsOn(flags: readonly HouseholdFlagEntry[], date: IsoDate): HouseholdFlagsOn {
  return {
    dibao: householdFlagOn(flags, 'dibao', date),
    urban: householdFlagOn(flags, 'urban', date),
    businessIncome: householdFlagOn(flags, 'business_income', date),
  };
}
