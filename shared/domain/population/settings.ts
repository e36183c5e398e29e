/** The (choice) rules of DOMAIN.md §3 as settings: nothing here is a constant anywhere else. */
import type { RetirementBase } from './types';

/** Statutory retirement: the 2025 gradual reform (default) or fixed ages. */
export type FixedRetirementRule = { kind: 'fixed'; men: number; women55: number; women50: number };
export type RetirementRule = { kind: 'reform2025' } | FixedRetirementRule;

export interface PopulationSettings {
  retirementRule: RetirementRule;
  /** The base used for a woman whose `retirementBase` is not recorded. */
  defaultWomenRetirementBase: RetirementBase;
  /** 4050: women from this age, men from this age (within working age). */
  age4050: { women: number; men: number };
  /** Rural households can never be zero-employment families when true. */
  ruralExcludedFromZeroEmployment: boolean;
}

export const DEFAULT_POPULATION_SETTINGS: PopulationSettings = {
  retirementRule: { kind: 'reform2025' },
  defaultWomenRetirementBase: 55,
  age4050: { women: 40, men: 50 },
  ruralExcludedFromZeroEmployment: true,
};

/** The classic fixed ages (before the 2025 reform), for a `{ kind: 'fixed' }` rule. */
export const FIXED_RETIREMENT_AGES: FixedRetirementRule = { kind: 'fixed', men: 60, women55: 55, women50: 50 };
