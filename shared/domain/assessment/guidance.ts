/**
 * Guidance within N working days of an unemployment registration (DOMAIN.md §4, Chongqing item 4): the deadline is
 * the N-th working day after the registration day (day 0). As of D:
 * - on time: a 职业指导 record dated from the registration day to the deadline (and not after D);
 * - excluded: cancelled on or before its deadline (and not after D) without such guidance — neither on time nor late;
 * - pending: no guidance yet and the deadline is D or later — listed, not in the denominator;
 * - late: the first guidance on or after the registration day came after the deadline, or there is none and the
 *   deadline is before D.
 */
export type GuidanceStatus = 'on_time' | 'late' | 'pending' | 'excluded';

export interface GuidanceCase {
  registeredOn: string;
  cancelledOn: string | null;
  /** The first guidance dated on or after the registration day and on or before D, if any. */
  firstGuidanceOn: string | null;
  deadline: string;
}

export function guidanceStatus(c: GuidanceCase, asOf: string): GuidanceStatus {
  if (c.firstGuidanceOn !== null && c.firstGuidanceOn <= c.deadline) return 'on_time';
  if (c.cancelledOn !== null && c.cancelledOn <= asOf && c.cancelledOn <= c.deadline) return 'excluded';
  if (c.deadline >= asOf) return 'pending';
  return 'late';
}

/**
 * The same rule for a deadline in calendar days (the 72-hour commitment of seed 003: a 即时就业承诺 record from the
 * recognition day to that day + N days).
 */
export function commitmentStatus(recognisedOn: string, firstCommitmentOn: string | null, deadline: string, asOf: string): Exclude<GuidanceStatus, 'excluded'> {
  if (firstCommitmentOn !== null && firstCommitmentOn >= recognisedOn && firstCommitmentOn <= deadline) return 'on_time';
  if (deadline >= asOf) return 'pending';
  return 'late';
}
