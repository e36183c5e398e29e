/**
 * The worklist's day counts and intervals (DOMAIN.md §6): settings, never constants. The defaults follow the seeds:
 * guidance within 3 working days (seed 001), zero-employment families cleared within one month (seed 001), the
 * 72-hour commitment (seed 003), monthly follow-up visits (a choice), yearly re-check of passed communities (seed 001).
 */
export interface WorklistSettings {
  /** Guidance is due by this working day after registration (registration day = day 0). */
  guidanceWorkingDays: number;
  /** A zero-employment family is due for elimination this many months after it appeared. */
  zeroFamilyMonths: number;
  /** Especially difficult persons: the immediate-employment commitment within this many hours of recognition. */
  commitmentHours: number;
  /** Open registrations are flagged at these months (nearing one year), ascending. */
  registrationReminderMonths: [number, number];
  /** Recognised difficult persons and zero-employment families are visited at this interval. */
  followUpIntervalMonths: number;
  /** A follow-up visit shows this many days before it falls due. */
  followUpLeadDays: number;
  /** People entering 4050 or reaching retirement in the next this many days (D … D + n − 1) are listed. */
  upcomingDays: number;
  /** Passed communities are re-checked at this interval … */
  recheckIntervalMonths: number;
  /** … and shown this many days before. */
  recheckLeadDays: number;
  /** 十清: employers' demand counts when recorded within this many months of the date. */
  demandWindowMonths: number;
}

export const DEFAULT_WORKLIST_SETTINGS: WorklistSettings = {
  guidanceWorkingDays: 3,
  zeroFamilyMonths: 1,
  commitmentHours: 72,
  registrationReminderMonths: [9, 11],
  followUpIntervalMonths: 1,
  followUpLeadDays: 7,
  upcomingDays: 30,
  recheckIntervalMonths: 12,
  recheckLeadDays: 30,
  demandWindowMonths: 3,
};

/** The commitment's calendar days: 72 hours from the day of recognition = 3 days later. */
export function commitmentDays(settings: Pick<WorklistSettings, 'commitmentHours'>): number {
  return Math.ceil(settings.commitmentHours / 24);
}
