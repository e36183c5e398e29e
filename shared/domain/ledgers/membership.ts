/**
 * Who is in each ledger on a date D (DOMAIN §7's table), as pure rules over the facts of D. The period of the record
 * ledgers is 1 January of D's year to D, both ends included. The population facts themselves (labour force, wish in
 * force, open spell, 4050, 低保 household) come from the street population on D (electron/services/population).
 */
import { yearStart } from '../dates';
import type { DifficultGroupSection, LedgerKind } from './kinds';

export interface DateSpan {
  from: string;
  to: string;
}

/** 1 January of D's year … D. */
export function ledgerPeriod(asOf: string): DateSpan {
  return { from: yearStart(asOf), to: asOf };
}

export function inPeriod(date: string, period: DateSpan): boolean {
  return date >= period.from && date <= period.to;
}

/** A person's facts on D, as the person ledgers read them. */
export interface PersonFactsOn {
  /** In labour resources (LF) on D. */
  labourForce: boolean;
  /** The wish in force on D says yes. */
  wish: boolean;
  /** An employment spell open on D. */
  employed: boolean;
  /** An unemployment registration open on D (registered on or before D, not cancelled by D). */
  registered: boolean;
  /** 高校毕业生: a graduation year recorded, in D's year or before. */
  graduate: boolean;
  veteran: boolean;
  migrant: boolean;
  /** In the 4050 ages on D (women ≥ 40, men ≥ 50 by default: the population settings). */
  age4050: boolean;
  /** Their household on D holds 低保 on D. */
  dibaoHousehold: boolean;
  /** Their household on D has a zero-employment episode present on D. */
  zeroEmploymentFamily: boolean;
}

/** U: in LF, wishing to work, not employed. */
export function isUnemployed(f: PersonFactsOn): boolean {
  return f.labourForce && f.wish && !f.employed;
}

export type PersonLedgerKind = 'labour-resources' | 'unemployed' | 'graduates' | 'veterans' | 'migrant-workers';

/** Whether the person is a row of the ledger on D. */
export const PERSON_LEDGER_RULES: Record<PersonLedgerKind, (f: PersonFactsOn) => boolean> = {
  'labour-resources': (f) => f.labourForce,
  unemployed: isUnemployed,
  graduates: (f) => f.registered && f.graduate,
  veterans: (f) => f.labourForce && f.veteran,
  'migrant-workers': (f) => f.labourForce && f.migrant,
};

/** 高校毕业生 on D: a graduation year recorded and not after D's year. */
export function isGraduateOn(graduationYear: number | null, asOf: string): boolean {
  return graduationYear !== null && graduationYear <= Number(asOf.slice(0, 4));
}

/**
 * The sections of 就业困难群体 the person is listed in on D: every member on D of a zero-employment family present on
 * D; the LF members of a household holding 低保 on D; the 4050 persons in U on D.
 */
export function difficultGroupSections(f: PersonFactsOn): DifficultGroupSection[] {
  const sections: DifficultGroupSection[] = [];
  if (f.zeroEmploymentFamily) sections.push('zero-employment');
  if (f.dibaoHousehold && f.labourForce) sections.push('dibao');
  if (f.age4050 && isUnemployed(f)) sections.push('age-4050');
  return sections;
}

/** The person's state on D as the ledgers print it. */
export type StateOn = 'employed' | 'unemployed' | 'no_wish' | 'not_labour_force';

export const STATE_LABEL: Record<StateOn, string> = { employed: '已就业', unemployed: '未就业', no_wish: '无就业愿望', not_labour_force: '非劳动力' };

export function stateOn(f: Pick<PersonFactsOn, 'labourForce' | 'wish' | 'employed'>): StateOn {
  if (f.employed) return 'employed';
  if (!f.labourForce) return 'not_labour_force';
  return f.wish ? 'unemployed' : 'no_wish';
}

/** An episode (zero-employment, double-unemployed family) present on D: appeared on or before D, not ended by D. */
export function episodePresentOn(episode: { appeared: string; ended: string | null }, asOf: string): boolean {
  return episode.appeared <= asOf && (episode.ended === null || episode.ended > asOf);
}

/** A difficulty recognition in force on D: recognised on or before D, not exited by D. */
export function recognitionInForceOn(r: { recognisedOn: string | null; exitedOn: string | null }, asOf: string): boolean {
  return r.recognisedOn !== null && r.recognisedOn <= asOf && (r.exitedOn === null || r.exitedOn > asOf);
}

/** A registration open on D. */
export function registrationOpenOn(r: { registeredOn: string; cancelledOn: string | null }, asOf: string): boolean {
  return r.registeredOn <= asOf && (r.cancelledOn === null || r.cancelledOn > asOf);
}

/** A vacancy open on some day of the period: opened by its end, not filled before its start. */
export function vacancyOpenDuring(v: { openedOn: string; filledOn: string | null }, period: DateSpan): boolean {
  return v.openedOn <= period.to && (v.filledOn === null || v.filledOn >= period.from);
}

/** A vacancy's state on D: filled when its filled date is D or earlier. */
export function vacancyStatusOn(v: { filledOn: string | null }, asOf: string): '招聘中' | '已招满' {
  return v.filledOn !== null && v.filledOn <= asOf ? '已招满' : '招聘中';
}

/**
 * Since when an unemployed person has been unemployed (失业时间): the day after their last spell ended, when they
 * had one; else the first day of their open registration; else unknown (null).
 */
export function unemployedSince(lastSpellEnd: string | null, openRegistrationOn: string | null, dayAfter: (d: string) => string): string | null {
  if (lastSpellEnd !== null) return dayAfter(lastSpellEnd);
  return openRegistrationOn;
}

/** The service kinds each record ledger lists. */
export const RECORD_LEDGER_SERVICE_KINDS = {
  training: ['training'],
  services: ['guidance', 'referral'],
  policies: ['policy_benefit', 'public_welfare_post'],
} as const satisfies Partial<Record<LedgerKind, readonly string[]>>;
