/**
 * Dated household membership (DOMAIN.md §2): a person belongs to a household, with a relation to its head, from one
 * date to another. `from: null` = since before any record (entered with the household); `to: null` = still a
 * member; both ends inclusive. A move closes the old period the day before the move date and opens the new one on
 * it; 迁出 closes it the day before the archive date. On any D a household has the members it had then, and a
 * community the people of its households then.
 */
import { addDays } from '../dates';
import type { IsoDate, Relation } from './types';

/** `H`: how the household is named — its row id in the database, its 户编号 in a workbook. */
export interface MembershipPeriod<H = number> {
  householdId: H;
  relation: Relation;
  /** First day in the household; null = since before any record. */
  from: IsoDate | null;
  /** Last day in the household; null = still a member. */
  to: IsoDate | null;
}

/** Whether a period (from/to, both inclusive, null = open) contains the date. */
export function periodContains(period: { from: IsoDate | null; to: IsoDate | null }, date: IsoDate): boolean {
  return (period.from === null || period.from <= date) && (period.to === null || period.to >= date);
}

/** Whether two periods share at least one day. */
export function periodsOverlap(a: { from: IsoDate | null; to: IsoDate | null }, b: { from: IsoDate | null; to: IsoDate | null }): boolean {
  const aStartsBeforeBEnds = a.from === null || b.to === null || a.from <= b.to;
  const bStartsBeforeAEnds = b.from === null || a.to === null || b.from <= a.to;
  return aStartsBeforeBEnds && bStartsBeforeAEnds;
}

/** The period in force on D, or null when the person belongs to no household of the street that day. */
export function membershipOn<P extends { from: IsoDate | null; to: IsoDate | null }>(periods: readonly P[], date: IsoDate): P | null {
  for (const p of periods) if (periodContains(p, date)) return p;
  return null;
}

/** The day before a move or an archive date: the last day of the period it closes. */
export function lastDayBefore(date: IsoDate): IsoDate {
  return addDays(date, -1);
}

/** The dates on which membership can change: every period's first day and the day after its last. */
export function membershipChangeDates(periods: readonly { from: IsoDate | null; to: IsoDate | null }[]): IsoDate[] {
  const dates: IsoDate[] = [];
  for (const p of periods) {
    if (p.from !== null) dates.push(p.from);
    if (p.to !== null) dates.push(addDays(p.to, 1));
  }
  return dates;
}

/** Periods in date order (an open start first). */
export function sortPeriods<P extends { from: IsoDate | null }>(periods: readonly P[]): P[] {
  return [...periods].sort((a, b) => (a.from === b.from ? 0 : a.from === null ? -1 : b.from === null ? 1 : a.from < b.from ? -1 : 1));
}

export interface MoveStep<H = number> {
  /** The first day in the new household. */
  date: IsoDate;
  fromHouseholdId: H;
  /** Relation in the old household, when known (only the first move's is needed: later ones repeat the previous move's). */
  fromRelation: Relation | null;
  toHouseholdId: H;
  toRelation: Relation;
}

export type ChainProblem<H = number> =
  | { kind: 'same_day'; index: number; date: IsoDate }
  | { kind: 'same_household'; index: number }
  | { kind: 'broken_chain'; index: number; expected: H }
  | { kind: 'wrong_end'; index: number; expected: H }
  | { kind: 'wrong_end_relation'; index: number; expected: Relation }
  | { kind: 'before_birth'; index: number; birthDate: IsoDate }
  | { kind: 'after_archive'; index: number; archivedOn: IsoDate };

/**
 * A person's whole membership history from their moves in date order (WORKBOOK.md 移户记录): before the first move
 * the person belongs to its 原户编号; each move's 原户编号 must be the previous move's 新户编号; the last 新户编号
 * (and its relation) must be the person's household now. Returns the periods, or the problems (move indexes refer
 * to `moves` as given, sorted by the caller).
 */
export function periodsFromMoves<H>(
  moves: readonly MoveStep<H>[],
  current: { householdId: H; relation: Relation; birthDate: IsoDate; archivedOn: IsoDate | null },
): { ok: true; periods: MembershipPeriod<H>[] } | { ok: false; problems: ChainProblem<H>[] } {
  const closeAt = current.archivedOn === null ? null : lastDayBefore(current.archivedOn);
  if (moves.length === 0) {
    return { ok: true, periods: [{ householdId: current.householdId, relation: current.relation, from: null, to: closeAt }] };
  }
  const problems: ChainProblem<H>[] = [];
  moves.forEach((move, i) => {
    const previous = moves[i - 1];
    if (move.fromHouseholdId === move.toHouseholdId) problems.push({ kind: 'same_household', index: i });
    if (previous !== undefined && previous.date === move.date) problems.push({ kind: 'same_day', index: i, date: move.date });
    if (previous !== undefined && previous.toHouseholdId !== move.fromHouseholdId) {
      problems.push({ kind: 'broken_chain', index: i, expected: previous.toHouseholdId });
    }
    if (move.date <= current.birthDate) problems.push({ kind: 'before_birth', index: i, birthDate: current.birthDate });
    if (current.archivedOn !== null && move.date >= current.archivedOn) problems.push({ kind: 'after_archive', index: i, archivedOn: current.archivedOn });
  });
  const last = moves.length - 1;
  const lastMove = moves[last];
  if (lastMove !== undefined && lastMove.toHouseholdId !== current.householdId) {
    problems.push({ kind: 'wrong_end', index: last, expected: current.householdId });
  } else if (lastMove !== undefined && lastMove.toRelation !== current.relation) {
    problems.push({ kind: 'wrong_end_relation', index: last, expected: current.relation });
  }
  if (problems.length > 0) return { ok: false, problems };
  const first = moves[0] as MoveStep<H>;
  // The relation in the first household is the first move's 原与户主关系; unrecorded, it is 其他 (never a guessed 户主).
  const periods: MembershipPeriod<H>[] = [
    { householdId: first.fromHouseholdId, relation: first.fromRelation ?? 'other', from: null, to: lastDayBefore(first.date) },
  ];
  moves.forEach((move, i) => {
    const next = moves[i + 1];
    periods.push({ householdId: move.toHouseholdId, relation: move.toRelation, from: move.date, to: next === undefined ? closeAt : lastDayBefore(next.date) });
  });
  return { ok: true, periods };
}

/** The moves a history of periods records: one per pair of consecutive periods (the reverse of periodsFromMoves). */
export function movesOfPeriods<H>(periods: readonly MembershipPeriod<H>[]): MoveStep<H>[] {
  const sorted = sortPeriods(periods);
  const moves: MoveStep<H>[] = [];
  for (let i = 1; i < sorted.length; i += 1) {
    const before = sorted[i - 1] as MembershipPeriod<H>;
    const after = sorted[i] as MembershipPeriod<H>;
    if (after.from === null) continue;
    moves.push({ date: after.from, fromHouseholdId: before.householdId, fromRelation: before.relation, toHouseholdId: after.householdId, toRelation: after.relation });
  }
  return moves;
}
