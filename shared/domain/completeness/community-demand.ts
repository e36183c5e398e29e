/**
 * 辖区单位用工需求清 (seed 001, the tenth item, per community): employers' demand — a vacancy of the community, or
 * of an employer paired with it (结对) — recorded with an opening date within the last `months` months of D
 * (D − months + 1 day … D; "the last quarter" with the default of 3).
 */
import { addDays, addMonthsClamped } from '../dates';
import type { ItemCheck, TenClearCommunityItem } from './items';
import { missing, present, TEN_CLEAR_COMMUNITY_ITEM, TEN_CLEAR_LABEL, TEN_CLEAR_TO_RECORD } from './items';

export interface DateWindow {
  from: string;
  to: string;
}

export function demandWindow(asOf: string, months: number): DateWindow {
  return { from: addDays(addMonthsClamped(asOf, -months), 1), to: asOf };
}

/** `latestOpenedOn`: the latest opening date of the community's vacancies on or before D, if any. */
export function employerDemandCheck(latestOpenedOn: string | null, window: DateWindow): ItemCheck<TenClearCommunityItem> {
  const item = TEN_CLEAR_COMMUNITY_ITEM;
  const label = TEN_CLEAR_LABEL[item];
  if (latestOpenedOn !== null && latestOpenedOn >= window.from && latestOpenedOn <= window.to) {
    return present(item, label, `最近一次登记岗位需求：${latestOpenedOn}`);
  }
  const last = latestOpenedOn === null ? '从未登记岗位需求' : `最近一次登记岗位需求在 ${latestOpenedOn}`;
  return missing(item, label, TEN_CLEAR_TO_RECORD[item], `${window.from} 至 ${window.to} 没有登记；${last}`);
}

/** Persons complete / persons concerned, or null when nobody is concerned (no division by zero). */
export function completenessRate(complete: number, concerned: number): number | null {
  return concerned === 0 ? null : complete / concerned;
}

/** How a community's employers' demand enters a "computerised dynamic management" ratio. */
export type DemandShare = 'recorded' | 'missing' | 'not_counted';

/**
 * One community's numerator and denominator of the "computerised dynamic management" item (DOMAIN §4–§5): its persons
 * with every item recorded out of those concerned, plus — when the rule counts the tenth item — one share for its
 * employers' demand, won only when that demand is recorded in the window. So a community without it stays below 100%
 * however complete its persons are, and one with nobody concerned is judged on its demand alone.
 */
export function ledgerShares(persons: { complete: number; concerned: number }, demand: DemandShare): { numerator: number; denominator: number } {
  return {
    numerator: persons.complete + (demand === 'recorded' ? 1 : 0),
    denominator: persons.concerned + (demand === 'not_counted' ? 0 : 1),
  };
}
